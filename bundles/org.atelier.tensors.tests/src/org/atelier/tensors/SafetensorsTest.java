package org.atelier.tensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsTest {

    @TempDir
    Path folder;

    private static final float[] VALUES = { 0f, 1f, -2.5f, 0.1f, 1000f, -0.000123f };

    private Path writeAllTypes() throws IOException {
        Path file = folder.resolve("all.safetensors");
        List<SafetensorsWriter.Spec> specs = Stream.of(DType.values())
                .map(t -> new SafetensorsWriter.Spec("t." + t.name(), t, new long[] { 2, 3 })).toList();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "pt");
        metadata.put("note", "ünïcode \"quoted\" <tag>");
        try (SafetensorsWriter writer = SafetensorsWriter.create(file, metadata, specs)) {
            for (SafetensorsWriter.Spec spec : specs) {
                float[] values = spec.dtype().isFloatingPoint() ? VALUES : new float[] { 0, 1, 2, 3, 4, 5 };
                if (spec.dtype() == DType.BOOL) {
                    values = new float[] { 0, 1, 1, 0, 1, 0 };
                }
                writer.writeFloats(spec.name(), values);
            }
        }
        return file;
    }

    @Test
    void everyDtypeRoundTrips() throws IOException {
        Path file = writeAllTypes();
        try (SafetensorsReader reader = SafetensorsReader.open(file)) {
            assertEquals("pt", reader.metadata().get("format"));
            assertEquals("ünïcode \"quoted\" <tag>", reader.metadata().get("note"));
            assertEquals(DType.values().length, reader.tensors().size());
            assertEquals(0, reader.dataStart() % 8, "the data starts at a multiple of 8");
            for (TensorInfo t : reader.tensors()) {
                assertArrayEquals(new long[] { 2, 3 }, t.shape());
                float[] read = reader.floats(t);
                switch (t.dtype()) {
                case F32, F64 -> assertArrayEquals(VALUES, read, t.name());
                case F16 -> assertArrayEquals(VALUES, read, 1000f * 0x1p-11f, t.name());
                case BF16 -> assertArrayEquals(VALUES, read, 1000f * 0x1p-8f, t.name());
                case F8_E4M3 -> {
                    assertEquals(-2.5f, read[2], t.name());
                    assertTrue(Float.isNaN(read[4]), "1000 is beyond e4m3's 448, which has no infinity");
                }
                case F8_E5M2 -> assertEquals(1000f, read[4], 64f, t.name());
                case BOOL -> assertArrayEquals(new float[] { 0, 1, 1, 0, 1, 0 }, read, t.name());
                default -> assertArrayEquals(new float[] { 0, 1, 2, 3, 4, 5 }, read, t.name());
                }
            }
        }
    }

    @Test
    void theHeaderIsWhatOtherToolsExpect() throws IOException {
        Path file = folder.resolve("one.safetensors");
        try (SafetensorsWriter writer = SafetensorsWriter.create(file, Map.of(),
                List.of(new SafetensorsWriter.Spec("a", DType.F32, new long[] { 2 })))) {
            writer.writeFloats("a", new float[] { 1, 2 });
        }
        byte[] bytes = Files.readAllBytes(file);
        long headerSize = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
        String header = new String(bytes, 8, (int) headerSize, StandardCharsets.UTF_8);
        assertEquals("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", header.strip());
        assertEquals(0, headerSize % 8);
        assertTrue(header.startsWith("{\""), "AUTOMATIC1111 checks the first two characters");
        assertEquals(8 + headerSize + 8, bytes.length);
        assertEquals(1f, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getFloat((int) (8 + headerSize)));
    }

    @Test
    void anIncompleteWriteLeavesNothing() throws IOException {
        Path file = folder.resolve("partial.safetensors");
        SafetensorsWriter writer = SafetensorsWriter.create(file, Map.of(), List.of(
                new SafetensorsWriter.Spec("a", DType.F32, new long[] { 1 }),
                new SafetensorsWriter.Spec("b", DType.F32, new long[] { 1 })));
        writer.writeFloats("a", new float[] { 1 });
        TensorFileException e = assertThrows(TensorFileException.class, writer::close);
        assertTrue(e.getMessage().contains("only 1 of 2 tensors were given (next: 'b')"), e.getMessage());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.toList(), "neither the file nor its temporary");
        }
    }

    @Test
    void misuseOfTheWriterIsAnError() throws IOException {
        Path file = folder.resolve("misuse.safetensors");
        try (SafetensorsWriter writer = SafetensorsWriter.create(file, Map.of(), List.of(
                new SafetensorsWriter.Spec("a", DType.F16, new long[] { 2 })))) {
            assertTrue(assertThrows(TensorFileException.class, () -> writer.writeFloats("b", new float[2])).getMessage()
                    .contains("written out of order: expected 'a'"));
            assertTrue(assertThrows(TensorFileException.class, () -> writer.write("a", ByteBuffer.allocate(3))).getMessage()
                    .contains("3 bytes given, 4 expected"));
            writer.writeFloats("a", new float[] { 1, 2 });
        }
        assertThrows(TensorFileException.class, () -> SafetensorsWriter.create(file, Map.of(), List.of(
                new SafetensorsWriter.Spec("x", DType.F32, new long[] { 1 }),
                new SafetensorsWriter.Spec("x", DType.F32, new long[] { 1 }))));
    }

    // ---- bad input

    private Path raw(String header, int dataBytes) throws IOException {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + h.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(h.length).put(h);
        Path file = folder.resolve("bad.safetensors");
        Files.write(file, b.array());
        return file;
    }

    private String error(Path file) {
        return assertThrows(TensorFileException.class, () -> SafetensorsReader.open(file).close()).getMessage();
    }

    @Test
    void badFilesGetClearErrors() throws IOException {
        String ok = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
        assertTrue(error(raw(ok, 4)).contains("tensor 'a': its data ends at 8, outside the file's 4 bytes of data (truncated?)"));
        assertTrue(error(raw(ok, 12)).contains("the tensors cover 8 of the 12 bytes"));
        assertTrue(error(raw(ok.replace("F32", "F33"), 8)).contains("tensor 'a': unknown dtype 'F33'"));
        assertTrue(error(raw(ok.replace("[2]", "[3]"), 8)).contains("tensor 'a': 8 bytes do not hold [3] of F32 (12 bytes)"));
        assertTrue(error(raw("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                + "\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", 8)).contains("the key 'a' twice"));
        assertTrue(error(raw("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", 8)).contains("overlaps"));
        assertTrue(error(raw("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", 8))
                .contains("tensor 'a': its data starts at 4 but the one before ends at 0"));
        assertTrue(error(raw("[1,2]", 0)).contains("does not start with '{'"));
        assertTrue(error(raw("{\"a\":", 0)).contains("not valid JSON"));
        assertTrue(error(raw("{\"a\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,0]}}", 0)).contains("negative"));

        Path wrongMagic = folder.resolve("photo.safetensors");
        Files.write(wrongMagic, new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 });
        assertTrue(error(wrongMagic).contains("not a safetensors file: header size"), error(wrongMagic));

        Path tooShort = folder.resolve("short.safetensors");
        Files.write(tooShort, new byte[] { 1, 2, 3 });
        assertTrue(error(tooShort).contains("too short"));

        Path headerTooLong = folder.resolve("long.safetensors");
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(1000).put("{}      ".getBytes());
        Files.write(headerTooLong, b.array());
        assertTrue(error(headerTooLong).contains("truncated: the header needs 1000 bytes but the file has 8"));

        byte[] latin = "{\"\u00e9\":1}".getBytes(StandardCharsets.ISO_8859_1);
        Path notUtf8 = folder.resolve("latin.safetensors");
        Files.write(notUtf8, ByteBuffer.allocate(8 + latin.length).order(ByteOrder.LITTLE_ENDIAN).putLong(latin.length)
                .put(latin).array());
        assertTrue(error(notUtf8).contains("not UTF-8"));
    }

    @Test
    void aTruncatedRealFileIsRefused() throws IOException {
        Path file = writeAllTypes();
        byte[] bytes = Files.readAllBytes(file);
        Path cut = folder.resolve("cut.safetensors");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 5));
        assertTrue(error(cut).contains("outside the file"), error(cut));
    }

    @Test
    void hashesMatchAnIndependentComputation() throws Exception {
        Path file = folder.resolve("big.safetensors");
        int n = 400_000; // 1.6 MB: past the legacy hash's window at 1 MiB + 64 KiB
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) Math.sin(i);
        }
        try (SafetensorsWriter writer = SafetensorsWriter.create(file, Map.of("k", "v"),
                List.of(new SafetensorsWriter.Spec("w", DType.F32, new long[] { n })))) {
            writer.writeFloats("w", values);
        }
        byte[] bytes = Files.readAllBytes(file);
        HexFormat hex = HexFormat.of();
        String full = hex.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(full, Hashes.sha256(file));
        assertEquals(full.substring(0, 10), Hashes.shortHash(full));
        String legacy = hex.formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Arrays.copyOfRange(bytes, 0x100000, 0x110000))).substring(0, 8);
        assertEquals(legacy, Hashes.legacyModelHash(file));
        try (SafetensorsReader reader = SafetensorsReader.open(file)) {
            String afterHeader = hex.formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Arrays.copyOfRange(bytes, (int) reader.dataStart(), bytes.length)));
            assertEquals(afterHeader, Hashes.kohyaModelHash(file, reader.dataStart()));
            assertFalse(afterHeader.equals(full));
        }
    }
}
