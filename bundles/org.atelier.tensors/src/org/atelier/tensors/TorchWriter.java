package org.atelier.tensors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.atelier.common.AtomicFiles;

/**
 * Writes a PyTorch zip file ({@code .pt}, {@code .ckpt}) that {@code torch.load(weights_only=True)} and
 * AUTOMATIC1111's restricted unpickler accept: pickle protocol 2 using only {@code collections.OrderedDict},
 * {@code torch._utils._rebuild_tensor_v2} and {@code torch.*Storage}; entries {@code archive/data.pkl},
 * {@code archive/data/<n>}, {@code archive/byteorder} and {@code archive/version}, stored uncompressed.
 * <p>
 * Values: {@link Map} (a dict; {@link Ordered} for an OrderedDict), {@link List} (a list), {@link Pickle.Tuple},
 * String, Long/Integer, Double/Float, Boolean, null, and {@link Data} (a tensor).
 */
public final class TorchWriter {

    /** A tensor to write: its type, shape and little-endian bytes. */
    public record Data(DType dtype, long[] shape, ByteBuffer bytes) {
        public Data {
            shape = shape.clone();
            if (dtype.torchStorage() == null) {
                throw new IllegalArgumentException("PyTorch has no storage for " + dtype);
            }
            if (bytes.remaining() != TensorInfo.numel(shape) * dtype.bytes()) {
                throw new IllegalArgumentException(bytes.remaining() + " bytes for " + java.util.Arrays.toString(shape)
                        + " of " + dtype);
            }
        }

        public static Data ofFloats(float[] values, long[] shape, DType dtype) {
            return new Data(dtype, shape, Tensors.fromFloats(values, dtype));
        }
    }

    /** A dict written as {@code collections.OrderedDict} (what {@code state_dict()} returns). */
    public record Ordered(Map<?, ?> map) {
    }

    private static final String ARCHIVE = "archive";

    private final ByteArrayOutputStream pickle = new ByteArrayOutputStream();
    private final List<Data> storages = new ArrayList<>();

    private TorchWriter() {
    }

    /** Writes {@code root} to {@code target} (under a temporary name, renamed into place). */
    public static void write(Path target, Object root) throws IOException {
        TorchWriter writer = new TorchWriter();
        writer.pickle.write(0x80);
        writer.pickle.write(2);
        writer.value(root);
        writer.pickle.write('.');
        Path temp = AtomicFiles.temporaryBeside(target);
        try {
            try (ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(
                    Files.newOutputStream(temp, java.nio.file.StandardOpenOption.WRITE), 1 << 20))) {
                stored(zip, ARCHIVE + "/data.pkl", writer.pickle.toByteArray());
                stored(zip, ARCHIVE + "/byteorder", "little".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < writer.storages.size(); i++) {
                    ByteBuffer bytes = writer.storages.get(i).bytes().duplicate();
                    byte[] array = new byte[bytes.remaining()];
                    bytes.get(array);
                    stored(zip, ARCHIVE + "/data/" + i, array);
                }
                stored(zip, ARCHIVE + "/version", "3\n".getBytes(StandardCharsets.US_ASCII));
            }
            AtomicFiles.moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private void value(Object v) throws IOException {
        OutputStream out = pickle;
        if (v == null) {
            out.write('N');
        } else if (v instanceof Boolean b) {
            out.write(b ? 0x88 : 0x89);
        } else if (v instanceof Integer || v instanceof Long) {
            integer(((Number) v).longValue());
        } else if (v instanceof Float || v instanceof Double) {
            out.write('G');
            long bits = Double.doubleToLongBits(((Number) v).doubleValue());
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (bits >>> shift) & 0xff);
            }
        } else if (v instanceof String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.write('X');
            int32(utf8.length);
            out.write(utf8);
        } else if (v instanceof Data data) {
            tensor(data);
        } else if (v instanceof Ordered ordered) {
            global("collections", "OrderedDict");
            out.write(')');
            out.write('R');
            items(ordered.map());
        } else if (v instanceof Map<?, ?> map) {
            out.write('}');
            items(map);
        } else if (v instanceof Pickle.Tuple tuple) {
            tuple(tuple.items());
        } else if (v instanceof List<?> list) {
            out.write(']');
            if (!list.isEmpty()) {
                out.write('(');
                for (Object item : list) {
                    value(item);
                }
                out.write('e');
            }
        } else {
            throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " to a torch file");
        }
    }

    private void items(Map<?, ?> map) throws IOException {
        if (map.isEmpty()) {
            return;
        }
        pickle.write('(');
        for (Map.Entry<?, ?> e : map.entrySet()) {
            value(e.getKey());
            value(e.getValue());
        }
        pickle.write('u');
    }

    private void tuple(List<?> items) throws IOException {
        if (items.isEmpty()) {
            pickle.write(')');
            return;
        }
        pickle.write('(');
        for (Object item : items) {
            value(item);
        }
        pickle.write('t');
    }

    private void tensor(Data data) throws IOException {
        int key = storages.size();
        storages.add(data);
        long numel = TensorInfo.numel(data.shape());
        global("torch._utils", "_rebuild_tensor_v2");
        pickle.write('(');
        // the storage, as a persistent id: ('storage', torch.FloatStorage, '<key>', 'cpu', numel)
        pickle.write('(');
        value("storage");
        global("torch", data.dtype().torchStorage());
        value(String.valueOf(key));
        value("cpu");
        integer(numel);
        pickle.write('t');
        pickle.write('Q');
        integer(0);
        List<Object> size = new ArrayList<>();
        List<Object> stride = new ArrayList<>();
        long step = 1;
        long[] shape = data.shape();
        long[] strides = new long[shape.length];
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = step;
            step *= shape[i];
        }
        for (int i = 0; i < shape.length; i++) {
            size.add(shape[i]);
            stride.add(strides[i]);
        }
        tuple(size);
        tuple(stride);
        pickle.write(0x89); // requires_grad False
        global("collections", "OrderedDict");
        pickle.write(')');
        pickle.write('R'); // backward hooks: an empty OrderedDict
        pickle.write('t');
        pickle.write('R');
    }

    private void global(String module, String name) throws IOException {
        pickle.write('c');
        pickle.write((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    private void integer(long v) throws IOException {
        if (v >= 0 && v < 256) {
            pickle.write('K');
            pickle.write((int) v);
        } else if (v >= 0 && v < 65536) {
            pickle.write('M');
            pickle.write((int) v & 0xff);
            pickle.write((int) (v >>> 8) & 0xff);
        } else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            pickle.write('J');
            int32((int) v);
        } else {
            pickle.write(0x8a); // LONG1: 8 bytes, little-endian two's complement
            pickle.write(8);
            for (int i = 0; i < 8; i++) {
                pickle.write((int) (v >>> (8 * i)) & 0xff);
            }
        }
    }

    private void int32(int v) {
        pickle.write(v & 0xff);
        pickle.write((v >>> 8) & 0xff);
        pickle.write((v >>> 16) & 0xff);
        pickle.write((v >>> 24) & 0xff);
    }
}
