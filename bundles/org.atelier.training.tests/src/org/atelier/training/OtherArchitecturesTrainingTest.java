package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.atelier.core.runs.Metrics;
import org.atelier.methods.lora.LoraRunner;
import org.atelier.methods.ti.TextualInversionRunner;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both methods on a tiny SDXL model (two text encoders, the pooled text and the sizes in the loop, SDXL's files) and
 * on a tiny SD 2.x model (OpenCLIP's fused attention, kohya's names for it).
 */
class OtherArchitecturesTrainingTest {

    @TempDir
    Path folder;

    /** Two steps of a rank-2 LoRA named {@code name} on a model of {@code layout}, every step's loss finite; its file. */
    private Path lora(SdLayout.Config layout, String name) throws Exception {
        Path experiment = Projects.lora(folder, layout, name + "-lora", config -> {
            config.setSteps(2);
            config.setRank(2);
            config.setLearningRate("1e-2");
            config.setOutputName(name);
        });
        LocalRunContext context = new LocalRunContext(experiment, folder.resolve("runs/" + name + "-lora"));
        new LoraRunner().run(context);
        for (Metrics.Row row : Metrics.read(context.runFolder())) {
            assertTrue(Double.isFinite(row.values().get("loss")) && row.values().get("grad_norm") > 0, row.values().toString());
        }
        return context.outputFolder().resolve(name + ".safetensors");
    }

    /** Two steps of textual inversion of {@code <name>} with {@code vectors} vectors; its file. */
    private Path embedding(SdLayout.Config layout, String name, int vectors) throws Exception {
        Path experiment = Projects.textualInversion(folder, layout, name + "-ti", config -> {
            config.setSteps(2);
            config.setToken("<" + name + ">");
            config.setVectors(vectors);
        });
        LocalRunContext context = new LocalRunContext(experiment, folder.resolve("runs/" + name + "-ti"));
        new TextualInversionRunner().run(context);
        return context.outputFolder().resolve(name + ".safetensors");
    }

    @Test
    void loraAndTextualInversionOnSdxl() throws Exception {
        try (SafetensorsReader reader = SafetensorsReader.open(lora(SdLayout.tinySdxl(), "xl"))) {
            assertNotNull(reader.tensor("lora_unet_input_blocks_4_1_transformer_blocks_0_attn1_to_q.lora_down.weight"),
                    "SDXL's UNet modules by their ldm names");
            assertNotNull(reader.tensor("lora_te1_text_model_encoder_layers_0_self_attn_q_proj.lora_up.weight"));
            assertNotNull(reader.tensor("lora_te2_text_model_encoder_layers_1_mlp_fc2.lora_up.weight"));
            assertEquals("sdxl_base_v1-0", reader.metadata().get("ss_base_model_version"));
            assertEquals("stable-diffusion-xl-v1-base/lora", reader.metadata().get("modelspec.architecture"));
        }

        try (SafetensorsReader reader = SafetensorsReader.open(embedding(SdLayout.tinySdxl(), "xl", 2))) {
            assertEquals(List.of("clip_g", "clip_l"), reader.tensors().stream().map(t -> t.name()).sorted().toList());
            assertArrayEquals(new long[] { 2, 32 }, reader.tensor("clip_l").shape());
            assertArrayEquals(new long[] { 2, 64 }, reader.tensor("clip_g").shape());
        }

        // diffusers' form: a file for each text encoder, as its SDXL script writes them
        Path experiment = Projects.textualInversion(folder, SdLayout.tinySdxl(), "xl-diffusers", config -> {
            config.setSteps(1);
            config.setToken("<xld>");
            config.setVectors(2);
            config.setOutputFormat(org.atelier.core.model.EmbeddingFormat.DIFFUSERS);
        });
        LocalRunContext context = new LocalRunContext(experiment, folder.resolve("runs/xl-diffusers"));
        new TextualInversionRunner().run(context);
        Path first = context.outputFolder().resolve("learned_embeds.safetensors");
        Path second = context.outputFolder().resolve("learned_embeds_2.safetensors");
        assertEquals(List.of(first, second), context.artifacts());
        try (SafetensorsReader one = SafetensorsReader.open(first); SafetensorsReader two = SafetensorsReader.open(second)) {
            assertArrayEquals(new long[] { 2, 32 }, one.tensor("<xld>").shape(), "CLIP-L's vectors");
            assertArrayEquals(new long[] { 2, 64 }, two.tensor("<xld>").shape(), "OpenCLIP bigG's vectors");
        }
        // and read back as one SDXL embedding, the second file found beside the first
        try (org.atelier.diffusion.StableDiffusion sd = org.atelier.diffusion.StableDiffusion.load(
                folder.resolve("models/tiny.safetensors"), folder.resolve("tokenizer"))) {
            List<ai.djl.ndarray.NDArray> read = org.atelier.diffusion.Embeddings.read(first, 2, sd.manager());
            assertEquals(2, read.size());
            assertEquals(64, read.get(1).getShape().get(1));
        }
    }

    @Test
    void loraAndTextualInversionOnSd2() throws Exception {
        try (SafetensorsReader reader = SafetensorsReader.open(lora(SdLayout.tinySd2(), "v2"))) {
            // kohya names OpenCLIP's layers as the Hugging Face model it converts them to: q, k and v apart
            assertArrayEquals(new long[] { 2, 64 },
                    reader.tensor("lora_te_text_model_encoder_layers_0_self_attn_q_proj.lora_down.weight").shape());
            assertNotNull(reader.tensor("lora_te_text_model_encoder_layers_1_self_attn_v_proj.lora_up.weight"));
            assertNotNull(reader.tensor("lora_unet_down_blocks_0_attentions_0_proj_in.lora_down.weight"));
            assertEquals("sd_v2", reader.metadata().get("ss_base_model_version"));
            assertEquals("True", reader.metadata().get("ss_v2"));
            assertEquals("stable-diffusion-v2-512/lora", reader.metadata().get("modelspec.architecture"));
        }

        try (SafetensorsReader reader = SafetensorsReader.open(embedding(SdLayout.tinySd2(), "v2", 1))) {
            assertArrayEquals(new long[] { 1, 64 }, reader.tensor("emb_params").shape());
        }
    }
}
