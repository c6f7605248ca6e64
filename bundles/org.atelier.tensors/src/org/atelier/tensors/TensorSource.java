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

    /** The tensor's elements converted to float32 into {@code out} (at least numel long): no allocation. */
    default void floats(TensorInfo tensor, float[] out) throws IOException {
        Tensors.toFloats(tensor.dtype(), bytes(tensor), out, 0, Math.toIntExact(tensor.numel()));
    }
}
