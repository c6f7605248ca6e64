package org.atelier.diffusion.lora;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.atelier.diffusion.TinyModels;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.atelier.tensors.TensorFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kohya LoRAs merged into a checkpoint's weights as they are read. */
class LoraSourceTest {

    private static final String UNET_MODULE = "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn1_to_q";
    private static final String UNET_KEY = "model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn1.to_q.weight";
    private static final String TE_MODULE = "lora_te_text_model_encoder_layers_0_self_attn_q_proj";
    private static final String TE_KEY = "cond_stage_model.transformer.text_model.encoder.layers.0.self_attn.q_proj.weight";

    @TempDir
    Path folder;

    private Path lora(String name, List<SdLayout.Entry> entries) throws Exception {
        Path file = folder.resolve(name + ".safetensors");
        SyntheticCheckpoints.writeSafetensors(file, entries, DType.F32, 5);
        return file;
    }

    @Test
    void eachModuleAddsStrengthTimesAlphaOverRankTimesUpDown() throws Exception {
        Path model = folder.resolve("tiny.safetensors");
        SyntheticCheckpoints.writeSafetensors(model, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F32, 1);
        Path lora = lora("style", List.of(new SdLayout.Entry(UNET_MODULE + ".lora_down.weight", new long[] { 2, 32 }),
                new SdLayout.Entry(UNET_MODULE + ".lora_up.weight", new long[] { 32, 2 }),
                new SdLayout.Entry(UNET_MODULE + ".alpha", new long[0]),
                new SdLayout.Entry(TE_MODULE + ".lora_down.weight", new long[] { 2, 32 }),
                new SdLayout.Entry(TE_MODULE + ".lora_up.weight", new long[] { 32, 2 }),
                new SdLayout.Entry("lora_unet_no_such_block.lora_down.weight", new long[] { 2, 4 }),
                new SdLayout.Entry("lora_unet_no_such_block.lora_up.weight", new long[] { 4, 2 })));
        try (SafetensorsReader base = SafetensorsReader.open(model); SafetensorsReader file = SafetensorsReader.open(lora);
                LoraSource patched = LoraSource.apply(SafetensorsReader.open(model), List.of(new LoraSource.Lora(lora, 0.5f)))) {
            assertEquals(Set.of(UNET_KEY, TE_KEY), patched.changed(), "modules matched by name; unknown ones left");
            float alpha = file.floats(file.tensor(UNET_MODULE + ".alpha"))[0];
            assertArrayEquals(expected(base, file, UNET_KEY, UNET_MODULE, 0.5 * alpha / 2), patched.floats(base.tensor(UNET_KEY)),
                    1e-6f);
            assertArrayEquals(expected(base, file, TE_KEY, TE_MODULE, 0.5), patched.floats(base.tensor(TE_KEY)), 1e-6f,
                    "no alpha: a scale of 1");
            String other = "model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn1.to_k.weight";
            assertArrayEquals(base.floats(base.tensor(other)), patched.floats(base.tensor(other)), "others as they were");
        }
    }

    @Test
    void wholeDifferencesAddAndCustomDiffusionWeightsReplaceAtStrengthOne() throws Exception {
        Path model = folder.resolve("tiny.safetensors");
        SyntheticCheckpoints.writeSafetensors(model, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F32, 1);
        String outModule = "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_out_0";
        String outKey = "model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_out.0";
        Path diff = lora("full", List.of(new SdLayout.Entry(UNET_MODULE + ".diff", new long[] { 32, 32 }),
                new SdLayout.Entry(outModule + ".diff_b", new long[] { 32 })));
        String attn2 = "down_blocks.0.attentions.0.transformer_blocks.0.attn2.processor.";
        String toK = "model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight";
        Path custom = lora("custom", List.of(new SdLayout.Entry(attn2 + "to_k_custom_diffusion.weight", new long[] { 32, 32 }),
                new SdLayout.Entry(attn2 + "to_out_custom_diffusion.0.bias", new long[] { 32 })));
        try (SafetensorsReader base = SafetensorsReader.open(model); SafetensorsReader d = SafetensorsReader.open(diff);
                SafetensorsReader c = SafetensorsReader.open(custom);
                LoraSource patched = LoraSource.apply(SafetensorsReader.open(model), List.of(new LoraSource.Lora(diff, 0.5f)));
                LoraSource replaced = LoraSource.apply(SafetensorsReader.open(model), List.of(new LoraSource.Lora(custom, 1f)));
                LoraSource half = LoraSource.apply(SafetensorsReader.open(model), List.of(new LoraSource.Lora(custom, 0.5f)))) {
            assertEquals(Set.of(UNET_KEY, outKey + ".bias"), patched.changed());
            float[] weight = base.floats(base.tensor(UNET_KEY));
            float[] change = d.floats(d.tensor(UNET_MODULE + ".diff"));
            float[] bias = base.floats(base.tensor(outKey + ".bias"));
            float[] biasChange = d.floats(d.tensor(outModule + ".diff_b"));
            for (int i = 0; i < weight.length; i++) {
                weight[i] += 0.5f * change[i];
            }
            for (int i = 0; i < bias.length; i++) {
                bias[i] += 0.5f * biasChange[i];
            }
            assertArrayEquals(weight, patched.floats(base.tensor(UNET_KEY)), 1e-6f, "weight + strength · diff");
            assertArrayEquals(bias, patched.floats(base.tensor(outKey + ".bias")), 1e-6f, "bias + strength · diff_b");

            assertEquals(Set.of(toK, outKey + ".bias"), replaced.changed(), "diffusers' names matched to the checkpoint's");
            assertArrayEquals(c.floats(c.tensor(attn2 + "to_k_custom_diffusion.weight")), replaced.floats(base.tensor(toK)), 1e-6f,
                    "at strength 1 the trained weight itself");
            float[] original = base.floats(base.tensor(toK));
            float[] trained = c.floats(c.tensor(attn2 + "to_k_custom_diffusion.weight"));
            float[] between = half.floats(base.tensor(toK));
            for (int i = 0; i < original.length; i++) {
                assertEquals((original[i] + trained[i]) / 2, between[i], 1e-5f, "half way at strength 0.5");
            }
        }
    }

    /** The weight plus {@code scale · up · down}, computed here in double. */
    private static float[] expected(SafetensorsReader base, SafetensorsReader lora, String key, String module, double scale)
            throws Exception {
        return expected(base, lora, key, module, scale, 0);
    }

    /** The weight plus {@code scale · up · down} in its rows from {@code firstRow} on (rank 2). */
    private static float[] expected(SafetensorsReader base, SafetensorsReader lora, String key, String module, double scale,
            int firstRow) throws Exception {
        float[] w = base.floats(base.tensor(key));
        float[] up = lora.floats(lora.tensor(module + ".lora_up.weight"));
        float[] down = lora.floats(lora.tensor(module + ".lora_down.weight"));
        int rows = up.length / 2;
        int in = down.length / 2;
        float[] out = w.clone();
        for (int o = 0; o < rows; o++) {
            for (int i = 0; i < in; i++) {
                double sum = 0;
                for (int r = 0; r < 2; r++) {
                    sum += (double) up[o * 2 + r] * down[r * in + i];
                }
                out[(firstRow + o) * in + i] = (float) (w[(firstRow + o) * in + i] + scale * sum);
            }
        }
        return out;
    }

    private static List<SdLayout.Entry> module(String name, long out, long in) {
        return List.of(new SdLayout.Entry(name + ".lora_down.weight", new long[] { 2, in }),
                new SdLayout.Entry(name + ".lora_up.weight", new long[] { out, 2 }));
    }

    @Test
    void sd2AndSdxlModulesFindTheirWeightsFusedQkvIncluded() throws Exception {
        Path sd2 = folder.resolve("sd2.safetensors");
        SyntheticCheckpoints.writeSafetensors(sd2, SdLayout.checkpoint(SdLayout.tinySd2()), DType.F32, 1);
        String k = "lora_te_text_model_encoder_layers_0_self_attn_k_proj";
        String inProj = "cond_stage_model.model.transformer.resblocks.0.attn.in_proj_weight";
        Path sd2Lora = lora("sd2-lora", module(k, 64, 64));
        try (SafetensorsReader base = SafetensorsReader.open(sd2); SafetensorsReader file = SafetensorsReader.open(sd2Lora);
                LoraSource patched = LoraSource.apply(SafetensorsReader.open(sd2), List.of(new LoraSource.Lora(sd2Lora, 1f)))) {
            assertEquals(Set.of(inProj), patched.changed());
            assertArrayEquals(expected(base, file, inProj, k, 1, 64), patched.floats(base.tensor(inProj)), 1e-6f,
                    "k is the middle third of OpenCLIP's in_proj");
        }

        Path sdxl = folder.resolve("sdxl.safetensors");
        SyntheticCheckpoints.writeSafetensors(sdxl, SdLayout.checkpoint(SdLayout.tinySdxl()), DType.F32, 1);
        String unet = "lora_unet_input_blocks_4_1_transformer_blocks_0_attn1_to_q";
        String te1 = "lora_te1_text_model_encoder_layers_0_mlp_fc1";
        String te2 = "lora_te2_text_model_encoder_layers_1_self_attn_out_proj";
        List<SdLayout.Entry> entries = new java.util.ArrayList<>(module(unet, 64, 64));
        entries.addAll(module(te1, 128, 32));
        entries.addAll(module(te2, 64, 64));
        Path xlLora = lora("xl-lora", entries);
        try (SafetensorsReader base = SafetensorsReader.open(sdxl); SafetensorsReader file = SafetensorsReader.open(xlLora);
                LoraSource patched = LoraSource.apply(SafetensorsReader.open(sdxl), List.of(new LoraSource.Lora(xlLora, 1f)))) {
            String[][] pairs = { { unet, "model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn1.to_q.weight" },
                    { te1, "conditioner.embedders.0.transformer.text_model.encoder.layers.0.mlp.fc1.weight" },
                    { te2, "conditioner.embedders.1.model.transformer.resblocks.1.attn.out_proj.weight" } };
            assertEquals(Set.of(pairs[0][1], pairs[1][1], pairs[2][1]), patched.changed(),
                    "SDXL: UNet modules by their ldm names, te1 CLIP-L, te2 bigG");
            for (String[] pair : pairs) {
                assertArrayEquals(expected(base, file, pair[1], pair[0], 1), patched.floats(base.tensor(pair[1])), 1e-5f, pair[0]);
            }
        }
    }

    @Test
    void loraThatFitsNothingOrMisfitsIsRefused() throws Exception {
        Path model = folder.resolve("tiny.safetensors");
        SyntheticCheckpoints.writeSafetensors(model, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 1);
        Path foreign = lora("foreign", List.of(new SdLayout.Entry("lora_unet_elsewhere.lora_down.weight", new long[] { 2, 4 }),
                new SdLayout.Entry("lora_unet_elsewhere.lora_up.weight", new long[] { 4, 2 })));
        TensorFileException none = assertThrows(TensorFileException.class, () -> LoraSource.apply(SafetensorsReader.open(model),
                List.of(new LoraSource.Lora(foreign, 1f))));
        assertTrue(none.getMessage().contains("none of its modules fits this model"), none.getMessage());
        Path misfit = lora("misfit", List.of(new SdLayout.Entry(UNET_MODULE + ".lora_down.weight", new long[] { 2, 48 }),
                new SdLayout.Entry(UNET_MODULE + ".lora_up.weight", new long[] { 32, 2 })));
        TensorFileException wrong = assertThrows(TensorFileException.class, () -> LoraSource.apply(SafetensorsReader.open(model),
                List.of(new LoraSource.Lora(misfit, 1f))));
        assertTrue(wrong.getMessage().contains("does not fit '" + UNET_KEY + "'"), wrong.getMessage());
    }

    @Test
    void aLoraChangesTheImageAndStrengthZeroDoesNot() throws Exception {
        Path model = TinyModels.sd1(folder);
        Path tokenizer = TinyModels.tokenizer(folder);
        Path lora = lora("strong", List.of(new SdLayout.Entry(UNET_MODULE + ".lora_down.weight", new long[] { 2, 32 }),
                new SdLayout.Entry(UNET_MODULE + ".lora_up.weight", new long[] { 32, 2 })));
        StableDiffusion.Settings settings = new StableDiffusion.Settings("cat", "", 2, 7f, Sampler.EULER, 5, 64, 64, 1, 0.5f, 0);
        Sampler.Progress quiet = (done, total) -> {
        };
        float[] plain;
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer)) {
            plain = sd.generate(settings, null, null, quiet).latents();
        }
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer, List.of(new LoraSource.Lora(lora, 0f)))) {
            assertArrayEquals(plain, sd.generate(settings, null, null, quiet).latents(), "strength 0 changes nothing");
        }
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer, List.of(new LoraSource.Lora(lora, 50f)))) {
            assertFalse(java.util.Arrays.equals(plain, sd.generate(settings, null, null, quiet).latents()));
        }
    }
}
