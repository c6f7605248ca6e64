package org.atelier.tensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TorchFileTest {

    @TempDir
    Path folder;

    /** AUTOMATIC1111's modules/safe.py: the only entry names its loader accepts. */
    private static final Pattern A1111_ENTRIES = Pattern
            .compile("^([^/]+)/((data/\\d+)|version|byteorder|(.data/serialization_id)|(data.pkl))$");

    /** The globals AUTOMATIC1111's RestrictedUnpickler allows for tensors and containers. */
    private static final Set<String> A1111_GLOBALS = Set.of("collections.OrderedDict", "torch._utils._rebuild_tensor_v2",
            "torch.FloatStorage", "torch.HalfStorage", "torch.BFloat16Storage", "torch.IntStorage", "torch.LongStorage");

    private static float[] ramp(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = i * 0.25f - 3;
        }
        return v;
    }

    private Path writeEmbedding() throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("string_to_token", Map.of("*", 265L));
        root.put("string_to_param", Map.of("*", TorchWriter.Data.ofFloats(ramp(2 * 768), new long[] { 2, 768 }, DType.F32)));
        root.put("name", "shapes");
        root.put("step", 1500L);
        root.put("sd_checkpoint", "6ce0161689");
        root.put("sd_checkpoint_name", "v1-5-pruned-emaonly");
        Path file = folder.resolve("shapes.pt");
        TorchWriter.write(file, root);
        return file;
    }

    @Test
    void anA1111EmbeddingRoundTrips() throws IOException {
        Path file = writeEmbedding();
        try (TorchFile torch = TorchFile.open(file)) {
            Map<?, ?> root = assertInstanceOf(Map.class, torch.root());
            assertEquals(Map.of("*", 265L), root.get("string_to_token"));
            assertEquals("shapes", root.get("name"));
            assertEquals(1500L, root.get("step"));
            TensorInfo param = torch.tensor("string_to_param.*");
            assertArrayEquals(new long[] { 2, 768 }, param.shape());
            assertEquals(DType.F32, param.dtype());
            assertArrayEquals(ramp(2 * 768), torch.floats(param));
        }
    }

    @Test
    void theFileIsWhatTheRestrictedLoadersAccept() throws IOException {
        Path file = writeEmbedding();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertEquals(List.of("archive/data.pkl", "archive/byteorder", "archive/data/0", "archive/version"), names);
            for (String name : names) {
                assertTrue(A1111_ENTRIES.matcher(name).matches(), name);
                assertEquals(ZipEntry.STORED, zip.getEntry(name).getMethod(), "stored, as torch writes: " + name);
            }
            byte[] pickle;
            try (InputStream in = zip.getInputStream(zip.getEntry("archive/data.pkl"))) {
                pickle = in.readAllBytes();
            }
            assertEquals(0x80, pickle[0] & 0xff);
            assertEquals(2, pickle[1], "protocol 2");
            Set<String> globals = globals(pickle);
            assertTrue(A1111_GLOBALS.containsAll(globals), "only allowed globals: " + globals);
            assertEquals("3\n", new String(zip.getInputStream(zip.getEntry("archive/version")).readAllBytes(),
                    StandardCharsets.US_ASCII));
        }
    }

    /** The GLOBAL instructions of a pickle written by TorchWriter (text arguments, no binary data before them). */
    private static Set<String> globals(byte[] pickle) {
        Set<String> found = new TreeSet<>();
        String text = new String(pickle, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = Pattern.compile("c([A-Za-z_][\\w.]*)\n([A-Za-z_]\\w*)\n").matcher(text);
        while (m.find()) {
            found.add(m.group(1) + "." + m.group(2));
        }
        return found;
    }

    @Test
    void aStateDictWrapperIsUnwrappedAndHalvesRead() throws IOException {
        Map<String, Object> stateDict = new LinkedHashMap<>();
        stateDict.put("model.diffusion_model.out.2.bias", TorchWriter.Data.ofFloats(new float[] { 1, 2, 3, 4 }, new long[] { 4 }, DType.F16));
        stateDict.put("first_stage_model.encoder.conv_in.weight",
                TorchWriter.Data.ofFloats(ramp(8), new long[] { 2, 4, 1, 1 }, DType.BF16));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("global_step", 470000L);
        root.put("state_dict", new TorchWriter.Ordered(stateDict));
        Path file = folder.resolve("model.ckpt");
        TorchWriter.write(file, root);
        try (TorchFile torch = TorchFile.open(file)) {
            assertEquals(List.of("model.diffusion_model.out.2.bias", "first_stage_model.encoder.conv_in.weight"),
                    torch.tensors().stream().map(TensorInfo::name).toList());
            assertArrayEquals(new float[] { 1, 2, 3, 4 }, torch.floats(torch.tensor("model.diffusion_model.out.2.bias")));
            assertArrayEquals(ramp(8), torch.floats(torch.tensor("first_stage_model.encoder.conv_in.weight")));
        }
    }

    /** A pickle as torch.save writes it (memo instructions, a transposed view), built byte by byte. */
    @Test
    void aPickleInTorchsOwnStyleWithAStridedView() throws IOException {
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.write(new byte[] { (byte) 0x80, 2, '}', 'q', 0, '(' });
        binunicode(p, "weight");
        p.write(new byte[] { 'q', 1 });
        p.write("ctorch._utils\n_rebuild_tensor_v2\n".getBytes(StandardCharsets.US_ASCII));
        p.write(new byte[] { 'q', 2, '(', '(' });
        binunicode(p, "storage");
        p.write(new byte[] { 'q', 3 });
        p.write("ctorch\nFloatStorage\n".getBytes(StandardCharsets.US_ASCII));
        p.write(new byte[] { 'q', 4 });
        binunicode(p, "0");
        p.write(new byte[] { 'q', 5 });
        binunicode(p, "cpu");
        p.write(new byte[] { 'q', 6, 'K', 6, 't', 'q', 7, 'Q', 'K', 0 });
        p.write(new byte[] { 'K', 3, 'K', 2, (byte) 0x86, 'q', 8 }); // size (3, 2)
        p.write(new byte[] { 'K', 1, 'K', 3, (byte) 0x86, 'q', 9 }); // stride (1, 3): a transposed 2x3
        p.write(new byte[] { (byte) 0x89 });
        p.write("ccollections\nOrderedDict\n".getBytes(StandardCharsets.US_ASCII));
        p.write(new byte[] { 'q', 10, ')', 'R', 'q', 11, 't', 'q', 12, 'R', 'q', 13 });
        binunicode(p, "bias");
        p.write(new byte[] { 'h', 13 }); // the same tensor again, through the memo
        p.write(new byte[] { 'u', '.' });
        ByteBuffer storage = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 6; i++) {
            storage.putFloat(i);
        }
        Path file = zip("torchstyle.pt", Map.of("torchstyle/data.pkl", p.toByteArray(), "torchstyle/data/0", storage.array(),
                "torchstyle/version", "3\n".getBytes()));
        try (TorchFile torch = TorchFile.open(file)) {
            assertEquals(List.of("weight", "bias"), torch.tensors().stream().map(TensorInfo::name).toList());
            assertArrayEquals(new long[] { 3, 2 }, torch.tensor("weight").shape());
            // storage rows [0 1 2][3 4 5] seen transposed: [0 3][1 4][2 5]
            assertArrayEquals(new float[] { 0, 3, 1, 4, 2, 5 }, torch.floats(torch.tensor("weight")));
        }
    }

    private static void binunicode(ByteArrayOutputStream p, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        p.write('X');
        p.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(b.length).array());
        p.writeBytes(b);
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private String refused(byte[] pickle) throws IOException {
        Path file = zip("evil.pt", Map.of("evil/data.pkl", pickle));
        return assertThrows(PickleSecurityException.class, () -> TorchFile.open(file).close()).getMessage();
    }

    @Test
    void codeInAPickleIsRefusedAndNamed() throws IOException {
        String system = refused("\u0080\u0002cos\nsystem\n(X\u0007\u0000\u0000\u0000echo hitR.".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(system.contains("refused: the pickle asks for os.system"), system);
        String eval = refused("\u0080\u0002cbuiltins\neval\n.".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(eval.contains("builtins.eval"), eval);
        String stackGlobal = refused("\u0080\u0004\u008c\u0008builtins\u008c\u0004exec\u0093.".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(stackGlobal.contains("builtins.exec"), stackGlobal);
        String inst = refused("\u0080\u0002(ios\nsystem\n.".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(inst.contains("not supported by the restricted reader"), inst);
    }

    @Test
    void damagedAndLegacyFiles() throws IOException {
        Path legacy = folder.resolve("old.pt");
        Files.write(legacy, new byte[] { (byte) 0x80, 2, (byte) 0x8a, 10 });
        assertTrue(assertThrows(TensorFileException.class, () -> TorchFile.open(legacy)).getMessage()
                .contains("legacy (non-zip) PyTorch file"));

        Path text = folder.resolve("notes.ckpt");
        Files.writeString(text, "hello");
        assertTrue(assertThrows(TensorFileException.class, () -> TorchFile.open(text)).getMessage()
                .contains("not a PyTorch zip file"));

        byte[] good = Files.readAllBytes(writeEmbedding());
        Path cut = folder.resolve("cut.pt");
        Files.write(cut, Arrays.copyOf(good, good.length / 2));
        assertThrows(TensorFileException.class, () -> TorchFile.open(cut).close());

        Path torn = zip("torn.pt", Map.of("torn/data.pkl", new byte[] { (byte) 0x80, 2, '}', '(', 'X', 5, 0 }));
        String message = assertThrows(TensorFileException.class, () -> TorchFile.open(torn)).getMessage();
        assertTrue(message.contains("truncated") || message.contains("beyond the end"), message);

        Path noStorage = zip("nostorage.pt", Map.of("nostorage/data.pkl", pickleOfOneTensor()));
        try (TorchFile torch = TorchFile.open(noStorage)) {
            String missing = assertThrows(TensorFileException.class, () -> torch.floats(torch.tensor("w"))).getMessage();
            assertTrue(missing.contains("storage 0 is missing from the archive"), missing);
        }
    }

    private static byte[] pickleOfOneTensor() throws IOException {
        Path temp = Files.createTempFile("one", ".pt");
        try {
            TorchWriter.write(temp, Map.of("w", TorchWriter.Data.ofFloats(new float[] { 1 }, new long[] { 1 }, DType.F32)));
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                return zip.getInputStream(zip.getEntry("archive/data.pkl")).readAllBytes();
            }
        } finally {
            Files.delete(temp);
        }
    }
}
