package org.atelier.tensors;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.common.AtomicFiles;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a safetensors file as a stream: the header (known from the tensors' names, types and shapes) first,
 * then each tensor's bytes as they come, in the declared order, never all in memory. The file is written
 * under a temporary name beside the target and renamed into place by {@link #close()} once every tensor is
 * there; {@link #abort()} (or a close with tensors missing) deletes it, so no half-written file is left.
 * <p>
 * The header starts with <code>{"</code> (AUTOMATIC1111 checks this), holds {@code __metadata__} first, and is
 * padded with spaces so that the data starts at a multiple of 8.
 */
public final class SafetensorsWriter implements AutoCloseable {

    /** A tensor to write: its name, element type and shape. */
    public record Spec(String name, DType dtype, long[] shape) {
        public Spec {
            shape = shape.clone();
        }

        public long byteSize() {
            return Math.multiplyExact(TensorInfo.numel(shape), dtype.bytes());
        }
    }

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final List<Spec> specs;
    private final ByteBuffer staging = ByteBuffer.allocateDirect(8 << 20);
    /** False only in the benchmark, which compares the writer's own work with a plain write, both unsynced. */
    boolean sync = true;
    private int next;
    private long written;
    private boolean closed;

    private SafetensorsWriter(Path target, Path temp, FileChannel channel, List<Spec> specs) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.specs = specs;
    }

    /** Starts a file with these tensors, written afterwards in this order. */
    public static SafetensorsWriter create(Path target, Map<String, String> metadata, List<Spec> specs) throws IOException {
        Set<String> names = new HashSet<>();
        for (Spec spec : specs) {
            if (spec.name().equals("__metadata__") || !names.add(spec.name())) {
                throw new TensorFileException(target, "cannot write two tensors named '" + spec.name() + "'");
            }
        }
        byte[] header = header(metadata, specs);
        Path temp = AtomicFiles.temporaryBeside(target);
        // Just made and empty: no truncation (ext4 would treat a truncated file as a replace and flush it at close)
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        try {
            ByteBuffer start = ByteBuffer.allocate(8 + header.length).order(ByteOrder.LITTLE_ENDIAN);
            start.putLong(header.length).put(header).flip();
            writeFully(channel, start);
        } catch (IOException e) {
            channel.close();
            Files.deleteIfExists(temp);
            throw e;
        }
        return new SafetensorsWriter(target, temp, channel, List.copyOf(specs));
    }

    static byte[] header(Map<String, String> metadata, List<Spec> specs) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setHtmlSafe(false);
            json.beginObject();
            if (metadata != null && !metadata.isEmpty()) {
                json.name("__metadata__").beginObject();
                for (Map.Entry<String, String> e : metadata.entrySet()) {
                    json.name(e.getKey()).value(e.getValue());
                }
                json.endObject();
            }
            long offset = 0;
            for (Spec spec : specs) {
                long end = offset + spec.byteSize();
                json.name(spec.name()).beginObject();
                json.name("dtype").value(spec.dtype().name());
                json.name("shape").beginArray();
                for (long d : spec.shape()) {
                    json.value(d);
                }
                json.endArray();
                json.name("data_offsets").beginArray().value(offset).value(end).endArray();
                json.endObject();
                offset = end;
            }
            json.endObject();
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        int padded = (bytes.length + 7) / 8 * 8;
        byte[] header = new byte[padded];
        System.arraycopy(bytes, 0, header, 0, bytes.length);
        for (int i = bytes.length; i < padded; i++) {
            header[i] = ' ';
        }
        return header;
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** The next tensor to write, or null when all are written. */
    public Spec next() {
        return next < specs.size() ? specs.get(next) : null;
    }

    /** Writes the next tensor's bytes (little-endian, its declared dtype); the name must be the next one's. */
    public void write(String name, ByteBuffer data) throws IOException {
        Spec spec = expect(name);
        if (written != 0 || data.remaining() != spec.byteSize()) {
            throw new TensorFileException(target, "tensor '" + name + "': " + data.remaining() + " bytes given, "
                    + spec.byteSize() + " expected for " + spec.dtype() + " " + java.util.Arrays.toString(spec.shape()));
        }
        append(name, data);
    }

    /**
     * Writes part of the next tensor's bytes; the tensor is done once its parts add up to its size. Lets a
     * tensor be made and written chunk by chunk.
     */
    public void append(String name, ByteBuffer data) throws IOException {
        Spec spec = expect(name);
        if (written + data.remaining() > spec.byteSize()) {
            throw new TensorFileException(target, "tensor '" + name + "': " + (written + data.remaining())
                    + " bytes given, " + spec.byteSize() + " expected");
        }
        written += data.remaining();
        if (data.isDirect()) {
            writeFully(channel, data.duplicate());
        } else {
            // Through one direct buffer of our own: the JDK would otherwise make a temporary direct buffer as large
            // as each tensor, and a new one whenever a larger tensor comes.
            ByteBuffer in = data.duplicate();
            while (in.hasRemaining()) {
                ByteBuffer slice = in.duplicate();
                slice.limit(slice.position() + Math.min(slice.remaining(), staging.capacity()));
                staging.clear();
                staging.put(slice);
                staging.flip();
                writeFully(channel, staging);
                in.position(slice.position());
            }
        }
        if (written == spec.byteSize()) {
            next++;
            written = 0;
        }
    }

    private Spec expect(String name) throws TensorFileException {
        Spec spec = next();
        if (spec == null || !spec.name().equals(name)) {
            throw new TensorFileException(target, "tensor '" + name + "' written out of order: expected "
                    + (spec == null ? "no more tensors" : "'" + spec.name() + "'"));
        }
        return spec;
    }

    /** A float32 tensor to write whole: its shape and values. */
    public record FloatTensor(long[] shape, float[] values) {
        public FloatTensor {
            shape = shape.clone();
        }
    }

    /** Writes {@code tensors} as float32, in the map's order, to {@code target} (under a temporary name, renamed). */
    public static void write(Path target, Map<String, String> metadata, Map<String, FloatTensor> tensors) throws IOException {
        List<Spec> specs = new java.util.ArrayList<>();
        tensors.forEach((name, t) -> specs.add(new Spec(name, DType.F32, t.shape())));
        try (SafetensorsWriter writer = create(target, metadata, specs)) {
            for (Map.Entry<String, FloatTensor> e : tensors.entrySet()) {
                writer.writeFloats(e.getKey(), e.getValue().values());
            }
        }
    }

    /** Writes the next tensor from float32 values, converted to its declared dtype. */
    public void writeFloats(String name, float[] values) throws IOException {
        Spec spec = next();
        write(name, Tensors.fromFloats(values, spec == null ? DType.F32 : spec.dtype()));
    }

    /** Deletes what was written: the target is left as it was. */
    public void abort() throws IOException {
        if (!closed) {
            closed = true;
            channel.close();
            Files.deleteIfExists(temp);
        }
    }

    /** Finishes the file and renames it into place; fails (and deletes it) when tensors are missing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        if (next < specs.size()) {
            abort();
            throw new TensorFileException(target, "not written: only " + next + " of " + specs.size()
                    + " tensors were given (next: '" + specs.get(next).name() + "')");
        }
        closed = true;
        try {
            if (sync) {
                channel.force(true);
            }
            channel.close();
            AtomicFiles.moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
