package org.atelier.tensors;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A file (or folder) of named tensors, read lazily one tensor at a time. */
public interface TensorSource extends Closeable {

    /** The file or folder read. */
    Path file();

    /** String metadata (safetensors {@code __metadata__}); empty when the format has none. */
    Map<String, String> metadata();

    /** The tensors, in the file's order. */
    List<TensorInfo> tensors();

    /** The tensor of that name, or null. */
    TensorInfo tensor(String name);

    /** The tensor's elements, contiguous and little-endian, in its own dtype. */
    ByteBuffer bytes(TensorInfo tensor) throws IOException;

    /** The tensor's elements converted to float32. */
    default float[] floats(TensorInfo tensor) throws IOException {
        return Tensors.toFloats(tensor.dtype(), bytes(tensor), tensor.numel());
    }

    /**
     * Elements {@code [first, first + count)} of the tensor (row-major) as float32 into {@code out} from
     * {@code offset}: what streaming, chunk by chunk, reads.
     */
    default void floats(TensorInfo tensor, long first, float[] out, int offset, int count) throws IOException {
        java.nio.ByteBuffer all = bytes(tensor).duplicate();
        int size = tensor.dtype().bytes();
        all.position(all.position() + Math.toIntExact(first * size));
        Tensors.toFloats(tensor.dtype(), all.slice().order(java.nio.ByteOrder.LITTLE_ENDIAN), out, offset, count);
    }

    /**
     * The bytes of elements {@code [first, first + count)} of the tensor, as stored, put into {@code out}: what a
     * streaming copy reads.
     */
    default void read(TensorInfo tensor, long first, int count, ByteBuffer out) throws IOException {
        ByteBuffer all = bytes(tensor).duplicate();
        int size = tensor.dtype().bytes();
        all.position(all.position() + Math.toIntExact(first * size));
        all.limit(all.position() + count * size);
        out.put(all);
    }

    /** The tensor's elements converted to float32 into {@code out} (at least numel long): no allocation. */
    default void floats(TensorInfo tensor, float[] out) throws IOException {
        Tensors.toFloats(tensor.dtype(), bytes(tensor), out, 0, Math.toIntExact(tensor.numel()));
    }
}
