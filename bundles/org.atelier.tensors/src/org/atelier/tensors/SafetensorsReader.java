package org.atelier.tensors;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads a safetensors file: the header is read and checked when the file is opened, the tensors' bytes are
 * memory-mapped one tensor at a time when asked for. Files of any size work; one tensor must be under 2 GiB.
 * <p>
 * The checks are those of the format: a header of at most 100 MB inside the file, UTF-8 JSON starting with
 * '{', no duplicate keys, known dtypes, offsets inside the data, sizes matching shape and dtype, and the data
 * fully covered by the tensors without holes or overlaps.
 */
public final class SafetensorsReader implements TensorSource {

    /** The largest header the format allows. */
    public static final long MAX_HEADER = 100_000_000;

    private final Path file;
    private final FileChannel channel;
    private final long headerSize;
    private final long dataStart;
    private final Map<String, String> metadata;
    private final Map<String, TensorInfo> tensors;

    private SafetensorsReader(Path file, FileChannel channel, long headerSize, Map<String, String> metadata,
            Map<String, TensorInfo> tensors) {
        this.file = file;
        this.channel = channel;
        this.headerSize = headerSize;
        this.dataStart = 8 + headerSize;
        this.metadata = metadata;
        this.tensors = tensors;
    }

    /** Opens and checks a safetensors file. */
    public static SafetensorsReader open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            if (size < 8) {
                throw new TensorFileException(file, "not a safetensors file: " + size + " bytes, too short for the header size");
            }
            ByteBuffer lengthBytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(channel, lengthBytes, 0);
            long headerSize = lengthBytes.getLong(0);
            if (headerSize < 2 || headerSize > MAX_HEADER) {
                throw new TensorFileException(file, "not a safetensors file: header size " + Long.toUnsignedString(headerSize)
                        + " is outside 2.." + MAX_HEADER);
            }
            if (8 + headerSize > size) {
                throw new TensorFileException(file, "truncated: the header needs " + headerSize + " bytes but the file has "
                        + (size - 8) + " after the size");
            }
            ByteBuffer header = ByteBuffer.allocate((int) headerSize);
            readFully(channel, header, 8);
            header.flip();
            String json;
            try {
                json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(header).toString();
            } catch (CharacterCodingException e) {
                throw new TensorFileException(file, "the header is not UTF-8", e);
            }
            if (!json.startsWith("{")) {
                throw new TensorFileException(file, "not a safetensors file: the header does not start with '{'");
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            Map<String, TensorInfo> tensors = parseHeader(file, json, metadata);
            checkLayout(file, tensors, size - 8 - headerSize);
            return new SafetensorsReader(file, channel, headerSize, metadata, tensors);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException("unexpected end of file at byte " + at);
            }
            at += n;
        }
    }

    private static Map<String, TensorInfo> parseHeader(Path file, String json, Map<String, String> metadata)
            throws TensorFileException {
        Map<String, TensorInfo> tensors = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(com.google.gson.Strictness.STRICT);
            reader.beginObject();
            while (reader.hasNext()) {
                String name = reader.nextName();
                if (!keys.add(name)) {
                    throw new TensorFileException(file, "the header has the key '" + name + "' twice");
                }
                if (name.equals("__metadata__")) {
                    reader.beginObject();
                    while (reader.hasNext()) {
                        String key = reader.nextName();
                        if (reader.peek() != JsonToken.STRING) {
                            throw new TensorFileException(file, "metadata '" + key + "' is not a string");
                        }
                        if (metadata.put(key, reader.nextString()) != null) {
                            throw new TensorFileException(file, "the metadata has the key '" + key + "' twice");
                        }
                    }
                    reader.endObject();
                } else {
                    tensors.put(name, parseTensor(file, name, reader));
                }
            }
            reader.endObject();
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new TensorFileException(file, "the header has more after its JSON object");
            }
        } catch (TensorFileException e) {
            throw e;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new TensorFileException(file, "the header is not valid JSON: " + e.getMessage(), e);
        }
        return tensors;
    }

    private static TensorInfo parseTensor(Path file, String name, JsonReader reader) throws IOException {
        DType dtype = null;
        long[] shape = null;
        long[] offsets = null;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
            case "dtype" -> {
                String type = reader.nextString();
                dtype = DType.ofName(type);
                if (dtype == null) {
                    throw new TensorFileException(file, "tensor '" + name + "': unknown dtype '" + type + "'");
                }
            }
            case "shape" -> shape = longs(file, name, "shape", reader);
            case "data_offsets" -> offsets = longs(file, name, "data_offsets", reader);
            default -> reader.skipValue();
            }
        }
        reader.endObject();
        if (dtype == null || shape == null || offsets == null) {
            throw new TensorFileException(file, "tensor '" + name + "': "
                    + (dtype == null ? "dtype" : shape == null ? "shape" : "data_offsets") + " is missing");
        }
        if (offsets.length != 2) {
            throw new TensorFileException(file, "tensor '" + name + "': data_offsets must hold 2 numbers, not " + offsets.length);
        }
        return new TensorInfo(name, dtype, shape, offsets[0], offsets[1]);
    }

    private static long[] longs(Path file, String name, String field, JsonReader reader) throws IOException {
        List<Long> values = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
            long v = reader.nextLong();
            if (v < 0) {
                throw new TensorFileException(file, "tensor '" + name + "': " + field + " holds a negative number");
            }
            values.add(v);
        }
        reader.endArray();
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static void checkLayout(Path file, Map<String, TensorInfo> tensors, long dataSize) throws TensorFileException {
        List<TensorInfo> byOffset = new ArrayList<>(tensors.values());
        byOffset.sort(Comparator.comparingLong(TensorInfo::begin).thenComparingLong(TensorInfo::end));
        long expected = 0;
        for (TensorInfo t : byOffset) {
            long numel;
            try {
                numel = t.numel();
            } catch (ArithmeticException e) {
                throw new TensorFileException(file, "tensor '" + t.name() + "': shape " + t.shapeText() + " is too large");
            }
            if (t.end() < t.begin()) {
                throw new TensorFileException(file, "tensor '" + t.name() + "': data_offsets end before they begin");
            }
            if (t.begin() != expected) {
                throw new TensorFileException(file, "tensor '" + t.name() + "': its data starts at " + t.begin() + " but "
                        + (t.begin() < expected ? "overlaps the tensor before it, which ends at " : "the one before ends at ")
                        + expected);
            }
            if (t.end() > dataSize) {
                throw new TensorFileException(file, "tensor '" + t.name() + "': its data ends at " + t.end()
                        + ", outside the file's " + dataSize + " bytes of data (truncated?)");
            }
            if (numel > Long.MAX_VALUE / t.dtype().bytes() || t.byteSize() != numel * t.dtype().bytes()) {
                throw new TensorFileException(file, "tensor '" + t.name() + "': " + t.byteSize() + " bytes do not hold "
                        + t.shapeText() + " of " + t.dtype() + " (" + numel * t.dtype().bytes() + " bytes)");
            }
            expected = t.end();
        }
        if (expected != dataSize) {
            throw new TensorFileException(file, "the tensors cover " + expected + " of the " + dataSize
                    + " bytes of data after the header");
        }
    }

    @Override
    public Path file() {
        return file;
    }

    /** The size of the JSON header in bytes (the data starts 8 bytes later). */
    public long headerSize() {
        return headerSize;
    }

    /** The offset of the first data byte in the file. */
    public long dataStart() {
        return dataStart;
    }

    @Override
    public Map<String, String> metadata() {
        return Collections.unmodifiableMap(metadata);
    }

    /** The tensors in the order of the header. */
    @Override
    public List<TensorInfo> tensors() {
        return List.copyOf(tensors.values());
    }

    @Override
    public TensorInfo tensor(String name) {
        return tensors.get(name);
    }

    /** The tensor's bytes, little-endian, memory-mapped (read-only). */
    @Override
    public ByteBuffer bytes(TensorInfo tensor) throws IOException {
        if (tensor.byteSize() > Integer.MAX_VALUE) {
            throw new TensorFileException(file, "tensor '" + tensor.name() + "' is larger than 2 GiB: not supported");
        }
        if (tensor.byteSize() == 0) {
            return ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN);
        }
        return channel.map(FileChannel.MapMode.READ_ONLY, dataStart + tensor.begin(), tensor.byteSize())
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A 512 KiB direct buffer per thread for the positional reads: small enough to stay in the core's cache. */
    private static final ThreadLocal<ByteBuffer> CHUNK = ThreadLocal
            .withInitial(() -> ByteBuffer.allocateDirect(512 << 10).order(ByteOrder.LITTLE_ENDIAN));

    /**
     * Reads a tensor as float32 into {@code out} with positional reads through a small buffer: no page faults
     * of a mapping, no allocation. Safe to call from several threads at once.
     */
    @Override
    public void floats(TensorInfo tensor, float[] out) throws IOException {
        long numel = tensor.numel();
        if (out.length < numel) {
            throw new IllegalArgumentException("an array of " + out.length + " for " + numel + " elements");
        }
        int perChunk = CHUNK.get().capacity() / tensor.dtype().bytes();
        for (long done = 0; done < numel; done += perChunk) {
            int n = (int) Math.min(perChunk, numel - done);
            Tensors.toFloats(tensor.dtype(), readElements(tensor, done, n), out, (int) done, n);
        }
    }

    @Override
    public void floats(TensorInfo tensor, long first, float[] out, int offset, int count) throws IOException {
        int perChunk = CHUNK.get().capacity() / tensor.dtype().bytes();
        for (int done = 0; done < count; done += perChunk) {
            int n = Math.min(perChunk, count - done);
            Tensors.toFloats(tensor.dtype(), readElements(tensor, first + done, n), out, offset + done, n);
        }
    }

    /** Positional reads straight into {@code out}: no mapping, no copy. Safe to call from several threads at once. */
    @Override
    public void read(TensorInfo tensor, long first, int count, ByteBuffer out) throws IOException {
        int size = tensor.dtype().bytes();
        long position = dataStart + tensor.begin() + first * size;
        ByteBuffer target = out.duplicate();
        target.limit(target.position() + count * size);
        int start = target.position();
        while (target.hasRemaining()) {
            if (channel.read(target, position + target.position() - start) < 0) {
                throw new TensorFileException(file, "tensor '" + tensor.name() + "': the file ends early");
            }
        }
        out.position(target.position());
    }

    /** Receives a tensor's values one chunk at a time. */
    @FunctionalInterface
    public interface ChunkConsumer {
        /** {@code count} values in {@code values[0..count)}, starting at element {@code first} of the tensor. */
        void accept(float[] values, long first, int count) throws IOException;
    }

    /**
     * Streams a tensor as float32 in chunks of up to {@code chunk.length} elements, reusing {@code chunk}: the
     * way to read a model whole in little memory (merging is element-wise).
     */
    public void floatChunks(TensorInfo tensor, float[] chunk, ChunkConsumer consumer) throws IOException {
        int perChunk = Math.min(chunk.length, CHUNK.get().capacity() / tensor.dtype().bytes());
        long numel = tensor.numel();
        for (long done = 0; done < numel; done += perChunk) {
            int n = (int) Math.min(perChunk, numel - done);
            Tensors.toFloats(tensor.dtype(), readElements(tensor, done, n), chunk, 0, n);
            consumer.accept(chunk, done, n);
        }
    }

    /** Elements {@code [first, first + count)} of a tensor, read into this thread's buffer (valid until the next read). */
    private ByteBuffer readElements(TensorInfo tensor, long first, int count) throws IOException {
        ByteBuffer bytes = CHUNK.get();
        int size = tensor.dtype().bytes();
        long position = dataStart + tensor.begin() + first * size;
        bytes.clear().limit(count * size);
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, position + bytes.position()) < 0) {
                throw new TensorFileException(file, "tensor '" + tensor.name() + "': the file ends early");
            }
        }
        return bytes.flip();
    }

    @Override
    public float[] floats(TensorInfo tensor) throws IOException {
        float[] out = new float[Math.toIntExact(tensor.numel())];
        floats(tensor, out);
        return out;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
