package org.atelier.methods.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.atelier.tensors.DType;
import org.atelier.tensors.Floats;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Each merge against a computation of its own, on checkpoints in the real SD 1.x layout. */
class MergerTest {

    @TempDir
    Path folder;

    private static final Merger.Progress QUIET = (done, total, name) -> {
    };

    private Path model(String name, SdLayout.Config config, long seed) throws IOException {
        Path file = folder.resolve(name + ".safetensors");
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(config), DType.F32, seed);
        return file;
    }

    private static float[] read(Path file, String key) throws IOException {
        try (SafetensorsReader r = SafetensorsReader.open(file)) {
            return r.floats(r.tensor(key));
        }
    }

    @Test
    void weightedSumAndAddDifference() throws IOException {
        Path a = model("a", SdLayout.tinySd1(), 1);
        Path b = model("b", SdLayout.tinySd1(), 2);
        Path c = model("c", SdLayout.tinySd1(), 3);
        Path ws = folder.resolve("ws.safetensors");
        Merger.Result result = Merger.merge(new Merger.Spec(MergeMethod.WEIGHTED_SUM, a, b, null, 0.3, null, null, "ws"), ws, QUIET);
        assertEquals(SdLayout.checkpoint(SdLayout.tinySd1()).size(), result.merged(), "every key has 'model' and is in B");
        for (String key : List.of("model.diffusion_model.input_blocks.1.1.proj_in.weight", "first_stage_model.decoder.conv_out.bias",
                "cond_stage_model.transformer.text_model.final_layer_norm.weight")) {
            float[] va = read(a, key);
            float[] vb = read(b, key);
            float[] merged = read(ws, key);
            for (int i = 0; i < va.length; i++) {
                assertEquals((float) (1 - 0.3) * va[i] + 0.3f * vb[i], merged[i], 0f, key);
            }
        }
        Path ad = folder.resolve("ad.safetensors");
        Merger.merge(new Merger.Spec(MergeMethod.ADD_DIFFERENCE, a, b, c, 0.7, DType.F16, null, "ad"), ad, QUIET);
        String key = "model.diffusion_model.out.2.weight";
        float[] va = read(a, key);
        float[] vb = read(b, key);
        float[] vc = read(c, key);
        float[] merged = read(ad, key);
        for (int i = 0; i < va.length; i++) {
            assertEquals(Floats.halfToFloat(Floats.floatToHalf(va[i] + 0.7f * (vb[i] - vc[i]))), merged[i], 0f);
        }
        try (SafetensorsReader r = SafetensorsReader.open(ad)) {
            assertTrue(r.tensors().stream().allMatch(t -> t.dtype() == DType.F16));
            JsonObject recipe = JsonParser.parseString(r.metadata().get("sd_merge_recipe")).getAsJsonObject();
            assertEquals("Add difference", recipe.get("interp_method").getAsString());
            assertEquals(0.7, recipe.get("multiplier").getAsDouble());
            assertTrue(recipe.get("save_as_half").getAsBoolean());
            assertEquals(3, JsonParser.parseString(r.metadata().get("sd_merge_models")).getAsJsonObject().size());
            assertEquals("pt", r.metadata().get("format"));
        }
    }

    @Test
    void keysFollowAutomatic1111sRules() throws IOException {
        Path a = folder.resolve("a.safetensors");
        Path b = folder.resolve("b.safetensors");
        SyntheticCheckpoints.writeSafetensors(a, List.of(new SdLayout.Entry("model.x", new long[] { 3 }),
                new SdLayout.Entry("only_in_a.model.y", new long[] { 2 }), new SdLayout.Entry("no_match", new long[] { 2 }),
                new SdLayout.Entry("cond_stage_model.transformer.text_model.embeddings.position_ids", new long[] { 1, 4 })),
                DType.F32, 1);
        SyntheticCheckpoints.writeSafetensors(b, List.of(new SdLayout.Entry("model.x", new long[] { 3 }),
                new SdLayout.Entry("no_match", new long[] { 2 }), new SdLayout.Entry("model.only_in_b", new long[] { 5 }),
                new SdLayout.Entry("cond_stage_model.transformer.text_model.embeddings.position_ids", new long[] { 1, 4 })),
                DType.F32, 2);
        Path out = folder.resolve("out.safetensors");
        Merger.Result result = Merger.merge(new Merger.Spec(MergeMethod.WEIGHTED_SUM, a, b, null, 1.0, null, "^only_in_a", "x"), out, QUIET);
        assertEquals(1, result.merged());
        assertEquals(1, result.discarded());
        try (SafetensorsReader r = SafetensorsReader.open(out)) {
            assertEquals(List.of("model.x", "no_match", "cond_stage_model.transformer.text_model.embeddings.position_ids"),
                    r.tensors().stream().map(TensorInfo::name).toList(), "B's own keys are dropped, discarded ones gone");
        }
        assertArrayEquals(read(b, "model.x"), read(out, "model.x"), "multiplier 1 takes B");
        assertArrayEquals(read(a, "no_match"), read(out, "no_match"), "keys without 'model' are A's");
        assertArrayEquals(read(a, "cond_stage_model.transformer.text_model.embeddings.position_ids"),
                read(out, "cond_stage_model.transformer.text_model.embeddings.position_ids"), "position ids are A's");
    }

    @Test
    void anInpaintingModelMergesItsFirstFourChannels() throws IOException {
        Path inpaint = model("inpaint", SdLayout.tinySd1().withInChannels(9), 4);
        Path plain = model("plain", SdLayout.tinySd1(), 5);
        Path out = folder.resolve("out.safetensors");
        Merger.Result result = Merger.merge(new Merger.Spec(MergeMethod.WEIGHTED_SUM, inpaint, plain, null, 0.5, null, null, "x"),
                out, QUIET);
        assertEquals(1, result.partial());
        String key = "model.diffusion_model.input_blocks.0.0.weight";
        float[] a = read(inpaint, key);
        float[] b = read(plain, key);
        float[] m = read(out, key);
        int kernel = 9;
        for (int o = 0; o < 32; o++) {
            for (int ch = 0; ch < 9; ch++) {
                for (int k = 0; k < kernel; k++) {
                    int at = (o * 9 + ch) * kernel + k;
                    float expected = ch < 4 ? 0.5f * a[at] + 0.5f * b[(o * 4 + ch) * kernel + k] : a[at];
                    assertEquals(expected, m[at], 0f, "out " + o + " channel " + ch);
                }
            }
        }
        TensorFileException reversed = assertThrows(TensorFileException.class, () -> Merger.merge(
                new Merger.Spec(MergeMethod.WEIGHTED_SUM, plain, inpaint, null, 0.5, null, null, "x"), folder.resolve("no.safetensors"), QUIET));
        assertTrue(reversed.getMessage().contains("A must be the inpainting model"), reversed.getMessage());
        assertFalse(Files.exists(folder.resolve("no.safetensors")));
    }

    @Test
    void modelsThatDoNotFitAreAClearErrorAndLeaveNoFile() throws IOException {
        Path sd1 = model("sd1", SdLayout.tinySd1(), 1);
        Path sd2 = model("sd2", SdLayout.tinySd2(), 2);
        Path out = folder.resolve("out.safetensors");
        TensorFileException e = assertThrows(TensorFileException.class,
                () -> Merger.merge(new Merger.Spec(MergeMethod.WEIGHTED_SUM, sd1, sd2, null, 0.5, null, null, "x"), out, QUIET));
        assertTrue(e.getMessage().contains("in B but") && e.getMessage().contains("do not fit together"), e.getMessage());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".out") || p.equals(out)).toList());
        }
    }

    /** A checkpoint of three small tensors: a matrix, a vector, a scalar (all with 'model' in their names). */
    private Path small(String name, long seed) throws IOException {
        Path file = folder.resolve(name + ".safetensors");
        SyntheticCheckpoints.writeSafetensors(file, List.of(new SdLayout.Entry("model.w", new long[] { 10, 3 }),
                new SdLayout.Entry("model.v", new long[] { 7 }), new SdLayout.Entry("model.s", new long[0])), DType.F32, seed);
        return file;
    }

    @Test
    void trainDifferenceAgainstItsFormula() throws IOException {
        Path a = small("a", 1);
        Path b = small("b", 2);
        Path c = small("c", 3);
        Path out = folder.resolve("td.safetensors");
        Merger.merge(new Merger.Spec(MergeMethod.TRAIN_DIFFERENCE, a, b, c, 0.6, null, null, "td"), out, QUIET);
        for (String key : List.of("model.w", "model.v", "model.s")) {
            float[] va = read(a, key);
            float[] vb = read(b, key);
            float[] vc = read(c, key);
            float[] vm = read(out, key);
            for (int i = 0; i < va.length; i++) {
                double fromA = Math.abs((double) vb[i] - va[i]);
                double change = (double) vb[i] - vc[i];
                double expected = va[i] + 1.8 * 0.6 * change * fromA / (Math.abs(change) + fromA);
                assertEquals(expected, vm[i], 1e-6, key + "[" + i + "]");
            }
        }
    }

    @Test
    void tensorSumAndSwapTakeSlicesOfB() throws IOException {
        Path a = small("a", 1);
        Path b = small("b", 2);
        // rows [int(10 * 0.2), int(10 * 0.5)) = [2, 5) of the first dimension from B
        assertSlices(a, b, MergeMethod.TENSOR_SUM, 0.3, 0.2, (row, col) -> row >= 2 && row < 5, i -> i >= 1 && i < 3);
        // M + N > 1 wraps around: B but for A's rows [int(10 * 0.3), int(10 * 0.8)) = [3, 8)
        assertSlices(a, b, MergeMethod.TENSOR_SUM, 0.5, 0.8, (row, col) -> row < 3 || row >= 8, i -> i < 2 || i >= 5);
        // along the second dimension: columns [int(3 * 0.3), int(3 * 0.7)) = [0, 2); a vector along its only one
        assertSlices(a, b, MergeMethod.TENSOR_SWAP, 0.4, 0.3, (row, col) -> col < 2, i -> i >= 2 && i < 4);
    }

    private void assertSlices(Path a, Path b, MergeMethod method, double m, double n,
            java.util.function.BiPredicate<Integer, Integer> matrixFromB, java.util.function.IntPredicate vectorFromB)
            throws IOException {
        Path out = folder.resolve(method.id() + m + ".safetensors");
        Merger.merge(new Merger.Spec(method, a, b, null, m, n, null, null, null, "t"), out, QUIET);
        float[] wa = read(a, "model.w");
        float[] wb = read(b, "model.w");
        float[] wm = read(out, "model.w");
        for (int row = 0; row < 10; row++) {
            for (int col = 0; col < 3; col++) {
                int at = row * 3 + col;
                assertEquals(matrixFromB.test(row, col) ? wb[at] : wa[at], wm[at], 0f, method + " w[" + row + "][" + col + "]");
            }
        }
        float[] va = read(a, "model.v");
        float[] vb = read(b, "model.v");
        float[] vm = read(out, "model.v");
        for (int i = 0; i < 7; i++) {
            assertEquals(vectorFromB.test(i) ? vb[i] : va[i], vm[i], 0f, method + " v[" + i + "]");
        }
        assertArrayEquals(read(a, "model.s"), read(out, "model.s"), "a scalar has no slice: A's");
    }

    @Test
    void aVaeIsBakedInAndMustFit() throws IOException {
        Path a = model("a", SdLayout.tinySd1(), 1);
        Path b = model("b", SdLayout.tinySd1(), 2);
        List<SdLayout.Entry> vaeLayout = SdLayout.checkpoint(SdLayout.tinySd1()).stream()
                .filter(e -> e.name().startsWith("first_stage_model."))
                .map(e -> new SdLayout.Entry(e.name().substring("first_stage_model.".length()), e.shape())).toList();
        Path vae = folder.resolve("vae.safetensors");
        SyntheticCheckpoints.writeSafetensors(vae, vaeLayout, DType.F32, 9);
        Path out = folder.resolve("baked.safetensors");
        Merger.Result result = Merger.merge(new Merger.Spec(MergeMethod.WEIGHTED_SUM, a, b, null, 0.5, 0, null, DType.F16,
                null, "baked", 0, vae), out, QUIET);
        assertEquals(vaeLayout.size(), result.baked());
        String key = "decoder.conv_out.weight";
        float[] expected = read(vae, key);
        float[] baked = read(out, "first_stage_model." + key);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Floats.halfToFloat(Floats.floatToHalf(expected[i])), baked[i], 0f);
        }
        try (SafetensorsReader r = SafetensorsReader.open(out)) {
            assertTrue(r.metadata().get("sd_merge_recipe").contains("\"bake_in_vae\":\"vae.safetensors\""));
        }

        Path wrong = folder.resolve("wrong.safetensors");
        SyntheticCheckpoints.writeSafetensors(wrong, List.of(new SdLayout.Entry("decoder.conv_out.weight", new long[] { 3, 3 })),
                DType.F32, 1);
        TensorFileException misfit = assertThrows(TensorFileException.class, () -> Merger.merge(new Merger.Spec(
                MergeMethod.NO_INTERPOLATION, a, null, null, 0, 0, null, null, null, "x", 0, wrong), folder.resolve("x.safetensors"), QUIET));
        assertTrue(misfit.getMessage().contains("'decoder.conv_out.weight' has shape [3, 3]") && misfit.getMessage().contains(
                "does not fit"), misfit.getMessage());
        Path unrelated = small("unrelated", 1);
        TensorFileException none = assertThrows(TensorFileException.class, () -> Merger.merge(new Merger.Spec(
                MergeMethod.NO_INTERPOLATION, a, null, null, 0, 0, null, null, null, "x", 0, unrelated), folder.resolve("x.safetensors"), QUIET));
        assertTrue(none.getMessage().contains("none of its tensors is a VAE tensor of A"), none.getMessage());
        assertFalse(Files.exists(folder.resolve("x.safetensors")));
    }

    @Test
    void aCkptOutputHoldsTheSameTensors() throws IOException {
        Path a = model("a", SdLayout.tinySd1(), 1);
        Path b = model("b", SdLayout.tinySd1(), 2);
        Path safetensors = folder.resolve("m.safetensors");
        Path ckpt = folder.resolve("m.ckpt");
        Merger.merge(new Merger.Spec(MergeMethod.WEIGHTED_SUM, a, b, null, 0.4, DType.F16, null, "m"), safetensors, QUIET);
        Merger.merge(new Merger.Spec(MergeMethod.WEIGHTED_SUM, a, b, null, 0.4, DType.F16, null, "m"), ckpt, QUIET);
        try (SafetensorsReader s = SafetensorsReader.open(safetensors);
                org.atelier.tensors.TensorSource t = org.atelier.tensors.TensorFiles.open(ckpt)) {
            assertEquals("torch zip pickle", org.atelier.tensors.TensorFiles.container(t));
            assertEquals(s.tensors().stream().map(TensorInfo::name).toList(), t.tensors().stream().map(TensorInfo::name).toList());
            for (TensorInfo info : s.tensors()) {
                assertEquals(info.dtype(), t.tensor(info.name()).dtype());
                assertArrayEquals(s.floats(info), t.floats(t.tensor(info.name())), 0f, info.name());
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")).toList(), "no temporary left");
        }
    }
}
