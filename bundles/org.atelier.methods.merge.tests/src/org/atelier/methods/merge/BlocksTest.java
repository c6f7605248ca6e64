package org.atelier.methods.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Block weights land on the right keys, for the SD 1.x and SDXL layouts; and the three-model sums. */
class BlocksTest {

    @TempDir
    Path folder;

    @Test
    void keysMapToTheirBlocks() {
        assertEquals(25, Blocks.names(false).size());
        assertEquals(20, Blocks.names(true).size());
        assertEquals("IN00", Blocks.of("model.diffusion_model.input_blocks.0.0.weight", false));
        assertEquals("IN11", Blocks.of("model.diffusion_model.input_blocks.11.0.out_layers.3.bias", false));
        assertEquals("M00", Blocks.of("model.diffusion_model.middle_block.1.proj_in.weight", false));
        assertEquals("OUT05", Blocks.of("model.diffusion_model.output_blocks.5.2.conv.weight", false));
        assertEquals("OUT11", Blocks.of("model.diffusion_model.out.2.weight", false));
        assertEquals("BASE", Blocks.of("model.diffusion_model.time_embed.0.weight", false), "time_embed goes to BASE");
        assertEquals("BASE", Blocks.of("cond_stage_model.transformer.text_model.final_layer_norm.bias", false));
        assertEquals("MID", Blocks.of("model.diffusion_model.middle_block.0.in_layers.0.weight", true));
        assertEquals("OUT08", Blocks.of("model.diffusion_model.out.0.bias", true));
        // every UNet key of the real layouts falls in a named block or BASE
        for (boolean sdxl : new boolean[] { false, true }) {
            for (SdLayout.Entry e : SdLayout.checkpoint(sdxl ? SdLayout.sdxl() : SdLayout.sd1())) {
                assertTrue(Blocks.names(sdxl).contains(Blocks.of(e.name(), sdxl)) || Blocks.of(e.name(), sdxl).equals("BASE"),
                        e.name());
            }
        }
    }

    @Test
    void blockWeightsApplyPerBlock() throws IOException {
        Path a = folder.resolve("a.safetensors");
        Path b = folder.resolve("b.safetensors");
        SyntheticCheckpoints.writeSafetensors(a, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F32, 1);
        SyntheticCheckpoints.writeSafetensors(b, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F32, 2);
        double[] weights = new double[25];
        for (int i = 0; i < 25; i++) {
            weights[i] = i / 24.0;
        }
        Path out = folder.resolve("mbw.safetensors");
        Merger.merge(new Merger.Spec(MergeMethod.WEIGHTED_SUM, a, b, null, 0.9, 0, weights, null, null, "mbw"), out,
                (done, total, name) -> {
                });
        Map<String, Double> expected = new HashMap<>();
        expected.put("model.diffusion_model.input_blocks.4.1.proj_out.weight", 4 / 24.0);
        expected.put("model.diffusion_model.middle_block.2.out_layers.3.weight", 12 / 24.0);
        expected.put("model.diffusion_model.output_blocks.11.1.norm.weight", 1.0);
        expected.put("model.diffusion_model.time_embed.2.weight", 0.9);
        expected.put("first_stage_model.decoder.conv_in.weight", 0.9);
        try (SafetensorsReader ra = SafetensorsReader.open(a); SafetensorsReader rb = SafetensorsReader.open(b);
                SafetensorsReader rm = SafetensorsReader.open(out)) {
            for (Map.Entry<String, Double> e : expected.entrySet()) {
                float[] va = ra.floats(ra.tensor(e.getKey()));
                float[] vb = rb.floats(rb.tensor(e.getKey()));
                float[] vm = rm.floats(rm.tensor(e.getKey()));
                float m = (float) (double) e.getValue();
                float keep = (float) (1.0 - e.getValue());
                for (int i = 0; i < va.length; i++) {
                    assertEquals(keep * va[i] + m * vb[i], vm[i], 0f, e.getKey());
                }
            }
        }
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> Merger.merge(
                new Merger.Spec(MergeMethod.WEIGHTED_SUM, a, b, null, 0.5, 0, new double[20], null, null, "x"),
                folder.resolve("x.safetensors"), (d, t, n) -> {
                }));
        assertTrue(wrong.getMessage().contains("SD 1.x/2.x takes 25"), wrong.getMessage());
    }

    @Test
    void tripleSumAndSumTwice() throws IOException {
        Path[] models = new Path[3];
        for (int i = 0; i < 3; i++) {
            models[i] = folder.resolve("m" + i + ".safetensors");
            SyntheticCheckpoints.writeSafetensors(models[i], List.of(new SdLayout.Entry("model.w", new long[] { 64 })), DType.F32, i + 1);
        }
        float[][] v = new float[3][];
        for (int i = 0; i < 3; i++) {
            try (SafetensorsReader r = SafetensorsReader.open(models[i])) {
                v[i] = r.floats(r.tensor("model.w"));
            }
        }
        Path triple = folder.resolve("triple.safetensors");
        Merger.merge(new Merger.Spec(MergeMethod.TRIPLE_SUM, models[0], models[1], models[2], 0.2, 0.3, null, null, null, "t"),
                triple, (d, t, n) -> {
                });
        Path twice = folder.resolve("twice.safetensors");
        Merger.merge(new Merger.Spec(MergeMethod.SUM_TWICE, models[0], models[1], models[2], 0.2, 0.3, null, null, null, "t"),
                twice, (d, t, n) -> {
                });
        try (SafetensorsReader rt = SafetensorsReader.open(triple); SafetensorsReader rs = SafetensorsReader.open(twice)) {
            float[] t = rt.floats(rt.tensor("model.w"));
            float[] s = rs.floats(rs.tensor("model.w"));
            for (int i = 0; i < 64; i++) {
                assertEquals(0.5 * v[0][i] + 0.2 * v[1][i] + 0.3 * v[2][i], t[i], 1e-6);
                assertEquals(0.7 * (0.8 * v[0][i] + 0.2 * v[1][i]) + 0.3 * v[2][i], s[i], 1e-6);
            }
        }
    }

    @Test
    void presetsAreCurvesOverTheBlocks() {
        double[] v = Blocks.parse("GRAD_V", false, 0.5);
        assertEquals(25, v.length);
        assertEquals(1, v[0], 1e-12, "IN00");
        assertEquals(0, v[12], 1e-12, "M00");
        assertEquals(1, v[24], 1e-12, "OUT11");
        assertEquals(0.5, v[6], 1e-12, "halfway down");
        double[] smooth = Blocks.parse("smoothstep", false, 0.5);
        assertEquals(0, smooth[0], 1e-12);
        assertEquals(0.5, smooth[12], 1e-12);
        assertEquals(1, smooth[24], 1e-12);
        double[] sdxl = Blocks.parse("FLAT_25", true, 0.4);
        assertEquals(20, sdxl.length);
        assertEquals(0.4, sdxl[0], 1e-12, "SDXL's BASE takes the multiplier");
        assertEquals(0.25, sdxl[19], 1e-12);
        double[] cosine = Blocks.parse("COSINE", true, 0.4);
        assertEquals(1, cosine[1], 1e-12, "IN00");
        assertEquals(0, cosine[10], 1e-12, "MID");
        assertEquals(20, Blocks.parse(String.join(",", java.util.Collections.nCopies(20, "0.1")), true, 0).length);
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> Blocks.parse("1,2", false, 0));
        assertTrue(count.getMessage().contains("takes 25"), count.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Blocks.parse("GRAD_Q", false, 0));
        assertTrue(unknown.getMessage().contains("neither a number nor a preset"), unknown.getMessage());
    }
}
