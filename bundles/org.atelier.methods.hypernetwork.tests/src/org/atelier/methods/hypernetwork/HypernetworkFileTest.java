package org.atelier.methods.hypernetwork;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.hypernetwork.Hypernetwork;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.tensors.DType;
import org.atelier.tensors.Pickle;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TorchFile;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * AUTOMATIC1111's hypernetwork file: its keys and layer numbering, read back as written, files as AUTOMATIC1111 pickles
 * them (built opcode by opcode in {@link A1111Pickle}) loading and drawing as ours do, strength 0 leaving the image as
 * it was, and files of another model's widths refused.
 */
class HypernetworkFileTest {

    private static final Sampler.Progress QUIET = (done, total) -> {
    };

    @TempDir
    Path folder;

    private Path model;
    private Path tokenizer;

    @BeforeEach
    void tinyModel() throws Exception {
        model = folder.resolve("tiny.safetensors");
        SyntheticCheckpoints.writeInitialised(model, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 3);
        tokenizer = ClipTokenizer.writeByteLevel(folder.resolve("tokenizer"));
    }

    private static Hypernetwork.Structure structure(String activation, boolean layerNorm, List<Double> dropout) {
        return new Hypernetwork.Structure(List.of(1.0, 2.0, 1.0), activation, layerNorm, dropout, false, "XavierNormal");
    }

    private static final List<Double> NO_DROPOUT = List.of(0.0, 0.0, 0.0);

    @Test
    void itIsWrittenWithAutomatic1111sKeysAndReadBackTheSame() throws Exception {
        Path file = folder.resolve("night.pt");
        try (NDManager manager = NDManager.newBaseManager()) {
            Hypernetwork written = Hypernetwork.create("night", structure("relu", false, NO_DROPOUT), List.of(32, 64), manager, 5);
            written.write(file, 150, "0123456789", "tiny");
            try (TorchFile torch = TorchFile.open(file)) {
                Map<?, ?> root = (Map<?, ?>) torch.root();
                List<Object> keys = new ArrayList<>(root.keySet());
                assertEquals(List.of(32L, 64L, "step", "name", "layer_structure", "activation_func", "is_layer_norm",
                        "weight_initialization", "sd_checkpoint", "sd_checkpoint_name", "activate_output", "use_dropout",
                        "dropout_structure", "last_layer_dropout", "optional_info"), keys,
                        "the sizes as integers, then every key AUTOMATIC1111 writes");
                Pickle.Tuple pair = assertInstanceOf(Pickle.Tuple.class, root.get(32L), "a pair of state dicts per size");
                assertEquals(2, pair.size());
                assertEquals(List.of("linear.0.weight", "linear.0.bias", "linear.2.weight", "linear.2.bias"),
                        new ArrayList<>(((Map<?, ?>) pair.get(0)).keySet()), "the ReLU takes index 1 of the sequence");
                assertEquals(150L, root.get("step"));
                assertEquals("night", root.get("name"));
                assertEquals(List.of(1.0, 2.0, 1.0), root.get("layer_structure"));
                assertEquals("relu", root.get("activation_func"));
                assertEquals(Boolean.FALSE, root.get("is_layer_norm"));
                assertEquals("XavierNormal", root.get("weight_initialization"));
                assertEquals("0123456789", root.get("sd_checkpoint"));
                assertEquals(Boolean.FALSE, root.get("use_dropout"));
                TensorInfo weight = torch.tensor("64.1.linear.0.weight");
                assertArrayEquals(new long[] { 128, 64 }, weight.shape(), "values' first layer: 64 to 2 x 64");
                assertEquals(DType.F32, weight.dtype());
            }
            Hypernetwork read = Hypernetwork.read(file, manager);
            assertEquals("night", read.name());
            assertEquals(150, read.step());
            assertEquals(written.structure(), read.structure());
            assertEquals(written.arrays().keySet(), read.arrays().keySet());
            for (Map.Entry<String, NDArray> e : written.arrays().entrySet()) {
                assertArrayEquals(e.getValue().toFloatArray(), read.arrays().get(e.getKey()).toFloatArray(), e.getKey());
            }
        }
    }

    @Test
    void layerNormsAndDropoutsAreNumberedAsInAutomatic1111sSequence() throws Exception {
        Path file = folder.resolve("deep.pt");
        try (NDManager manager = NDManager.newBaseManager()) {
            // linear(0) relu(1) norm(2) dropout(3) linear(4) norm(5): the output is not activated
            Hypernetwork.create("deep", structure("relu", true, List.of(0.0, 0.3, 0.0)), List.of(32), manager, 1).write(file, 0,
                    null, null);
            Hypernetwork read = Hypernetwork.read(file, manager);
            assertEquals(List.of("32.0.linear.0.weight", "32.0.linear.0.bias", "32.0.linear.2.weight", "32.0.linear.2.bias",
                    "32.0.linear.4.weight", "32.0.linear.4.bias", "32.0.linear.5.weight", "32.0.linear.5.bias"),
                    read.arrays().keySet().stream().filter(k -> k.startsWith("32.0.")).toList());
            assertArrayEquals(new long[] { 64 }, read.arrays().get("32.0.linear.2.weight").getShape().getShape(),
                    "the layer norm after the hidden layer");
            assertEquals(List.of(0.0, 0.3, 0.0), read.structure().dropout());
            assertTrue(read.structure().usesDropout());
        }
    }

    @Test
    void automatic1111sDefaultDropoutStructure() {
        List<Double> layers = List.of(1.0, 2.0, 2.0, 1.0);
        assertEquals(List.of(0.0, 0.0, 0.0, 0.0), Hypernetwork.Structure.defaultDropout(layers, false, true));
        assertEquals(List.of(0.0, 0.3, 0.0, 0.0), Hypernetwork.Structure.defaultDropout(layers, true, false));
        assertEquals(List.of(0.0, 0.3, 0.3, 0.0), Hypernetwork.Structure.defaultDropout(layers, true, true));
    }

    @Test
    void aFileAsAutomatic1111PicklesItLoadsAndDrawsAsOursDoes() throws Exception {
        Path ours = folder.resolve("ours.pt");
        Path theirs = folder.resolve("theirs.pt");
        StableDiffusion.Settings settings = new StableDiffusion.Settings("a red disc", "", 2, 7f, Sampler.EULER, 3, 64, 64, 1,
                0.5f, 0);
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer)) {
            float[] plain = sd.generate(settings, null, null, QUIET).latents();
            Hypernetwork made = Hypernetwork.create("style", structure("leakyrelu", true, NO_DROPOUT),
                    List.copyOf(Hypernetwork.attentionInputs(sd.unet()).keySet()), sd.manager(), 9);
            // large enough weights to change the image visibly
            made.arrays().values().forEach(a -> a.muli(30));
            made.write(ours, 7, null, null);
            A1111Pickle.write(theirs, made);

            float[] fromOurs;
            try (Hypernetwork.Attachment a = Hypernetwork.read(ours, sd.manager()).attach(sd.unet(), 1f)) {
                fromOurs = sd.generate(settings, null, null, QUIET).latents();
            }
            float[] fromTheirs;
            Hypernetwork read = Hypernetwork.read(theirs, sd.manager());
            assertEquals(made.structure(), read.structure());
            try (Hypernetwork.Attachment a = read.attach(sd.unet(), 1f)) {
                fromTheirs = sd.generate(settings, null, null, QUIET).latents();
            }
            assertFalse(java.util.Arrays.equals(plain, fromOurs), "the hypernetwork changes the image");
            assertArrayEquals(fromOurs, fromTheirs, "the same image from either file");

            try (Hypernetwork.Attachment a = read.attach(sd.unet(), 0f)) {
                assertArrayEquals(plain, sd.generate(settings, null, null, QUIET).latents(),
                        "at strength 0 the image is the model's own, bit for bit");
            }
            assertArrayEquals(plain, sd.generate(settings, null, null, QUIET).latents(), "closed, the model is as it was");
        }
    }

    @Test
    void keysAndValuesReadTheirModulesOutputAddedToTheContextAndQueriesAreLeftAlone() throws Exception {
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer); NDManager scope = NDManager.newBaseManager()) {
            Hypernetwork network = Hypernetwork.create("check", structure("linear", false, NO_DROPOUT), List.of(32, 64),
                    sd.manager(), 3);
            Map<String, NDArray> arrays = network.arrays();
            java.util.function.Function<String, org.atelier.diffusion.nn.Linear> layer = suffix -> sd.unet().linears().stream()
                    .filter(l -> l.key().endsWith(suffix)).findFirst().orElseThrow();
            org.atelier.diffusion.nn.Linear q = layer.apply("attn1.to_q");
            org.atelier.diffusion.nn.Linear k = layer.apply("attn1.to_k");
            org.atelier.diffusion.nn.Linear v = layer.apply("attn1.to_v");
            NDArray x = scope.randomNormal(new ai.djl.ndarray.types.Shape(1, 5, k.inFeatures()));
            float[] plainQ = q.forward(x).toFloatArray();
            try (Hypernetwork.Attachment a = network.attach(sd.unet(), 0.5f)) {
                int w = (int) k.inFeatures();
                assertClose(project(k, x.add(module(arrays, w + ".0.", x).mul(0.5f))), k.forward(x).toFloatArray(), "to_k");
                assertClose(project(v, x.add(module(arrays, w + ".1.", x).mul(0.5f))), v.forward(x).toFloatArray(), "to_v");
                assertArrayEquals(plainQ, q.forward(x).toFloatArray(), "the queries are not adapted");
            }
        }
    }

    /** The module of {@code [1, 2, 1]}, linear, computed here from its arrays: {@code W1 (W0 x + b0) + b1}. */
    private static NDArray module(Map<String, NDArray> arrays, String prefix, NDArray x) {
        NDArray h = x.matMul(arrays.get(prefix + "linear.0.weight").transpose()).add(arrays.get(prefix + "linear.0.bias"));
        return h.matMul(arrays.get(prefix + "linear.1.weight").transpose()).add(arrays.get(prefix + "linear.1.bias"));
    }

    private static float[] project(org.atelier.diffusion.nn.Linear layer, NDArray x) {
        return x.matMul(layer.weight().transpose()).toFloatArray();
    }

    private static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-4 * (1 + Math.abs(expected[i])), what + " at " + i);
        }
    }

    @Test
    void aFileOfAnotherModelsWidthsIsRefusedNamingThem() throws Exception {
        Path file = folder.resolve("sd2.pt");
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer)) {
            // SD 2.x's text encoder is 1024 wide; the tiny model's attention reads 32, 64 and 128
            Hypernetwork.create("sd2", structure("linear", false, NO_DROPOUT), List.of(1024, 64), sd.manager(), 1).write(file, 0,
                    null, null);
            Hypernetwork read = Hypernetwork.read(file, sd.manager());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read.attach(sd.unet(), 1f));
            assertTrue(e.getMessage().contains("[1024, 64]") && e.getMessage().contains("[32, 64, 128]"), e.getMessage());
        }
    }

    @Test
    void theFirstFilesLayerNamesAreReadAsAutomatic1111ReadsThem() throws Exception {
        Path file = folder.resolve("old.pt");
        try (NDManager manager = NDManager.newBaseManager()) {
            Hypernetwork made = Hypernetwork.create("old", structure("linear", false, NO_DROPOUT), List.of(32), manager, 2);
            Map<String, Object> k = new java.util.LinkedHashMap<>();
            Map<String, Object> v = new java.util.LinkedHashMap<>();
            made.arrays().forEach((name, array) -> (name.startsWith("32.0.") ? k : v).put(
                    name.substring(5).replace("linear.0.", "linear1.").replace("linear.1.", "linear2."),
                    org.atelier.tensors.TorchWriter.Data.ofFloats(array.toFloatArray(), array.getShape().getShape(), DType.F32)));
            // an early file: only the modules and a name, no structure keys
            Map<Object, Object> root = new java.util.LinkedHashMap<>();
            root.put(32L, List.of(k, v));
            root.put("name", "old");
            org.atelier.tensors.TorchWriter.write(file, root);
            Hypernetwork read = Hypernetwork.read(file, manager);
            assertEquals(List.of(1.0, 2.0, 1.0), read.structure().layers());
            assertTrue(read.structure().activateOutput(), "AUTOMATIC1111's default when the key is missing");
            assertArrayEquals(made.arrays().get("32.1.linear.1.weight").toFloatArray(),
                    read.arrays().get("32.1.linear.1.weight").toFloatArray());
        }
    }

    @Test
    void damagedFilesAreRefusedNamingTheFileAndTheReason() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Path unknown = folder.resolve("unknown.pt");
            A1111Pickle.write(unknown, Hypernetwork.create("x", structure("linear", false, NO_DROPOUT), List.of(32), manager, 1),
                    "rectified");
            TensorFileException e = assertThrows(TensorFileException.class, () -> Hypernetwork.read(unknown, manager));
            assertTrue(e.getMessage().contains("unknown.pt") && e.getMessage().contains("activation 'rectified'"), e.getMessage());

            Path truncated = folder.resolve("truncated.pt");
            Hypernetwork.create("t", structure("linear", false, NO_DROPOUT), List.of(32), manager, 1).write(truncated, 0, null, null);
            byte[] bytes = Files.readAllBytes(truncated);
            Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            e = assertThrows(TensorFileException.class, () -> Hypernetwork.read(truncated, manager));
            assertTrue(e.getMessage().contains("truncated.pt"), e.getMessage());
        }
    }
}
