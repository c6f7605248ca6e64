package org.atelier.tensors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.atelier.tensors.ModelInfo.Architecture;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The config files of a diffusers folder written from a single-file checkpoint: the model's sizes are read off
 * its tensors' shapes, the rest are the values of the Stable Diffusion releases.
 */
final class DiffusersConfigs {

    private static final String VERSION = "0.30.0";
    private static final String UNET = "model.diffusion_model.";

    private DiffusersConfigs() {
    }

    static void write(Path folder, TensorSource source, ModelInfo info, List<String> components, Path tokenizer)
            throws IOException {
        Architecture arch = info.architecture();
        boolean sdxl = arch == Architecture.SDXL || arch == Architecture.SDXL_REFINER;
        String prediction = "v-prediction".equals(info.prediction()) ? "v_prediction" : "epsilon";
        SdConverter.writeJson(folder.resolve("unet/config.json"), unet(source, info));
        SdConverter.writeJson(folder.resolve("vae/config.json"), vae(source, sdxl, arch));
        if (components.contains("text_encoder")) {
            // SD 2.x's first text encoder is OpenCLIP (gelu); elsewhere it is OpenAI's CLIP-L (quick_gelu)
            SdConverter.writeJson(folder.resolve("text_encoder/config.json"), textEncoder(folder.resolve("text_encoder"),
                    "CLIPTextModel", arch == Architecture.SD2 ? "gelu" : "quick_gelu"));
        }
        if (components.contains("text_encoder_2")) {
            SdConverter.writeJson(folder.resolve("text_encoder_2/config.json"),
                    textEncoder(folder.resolve("text_encoder_2"), "CLIPTextModelWithProjection", "gelu"));
        }
        JsonObject scheduler = new JsonObject();
        scheduler.addProperty("_class_name", sdxl ? "EulerDiscreteScheduler" : "PNDMScheduler");
        scheduler.addProperty("_diffusers_version", VERSION);
        scheduler.addProperty("beta_start", 0.00085);
        scheduler.addProperty("beta_end", 0.012);
        scheduler.addProperty("beta_schedule", "scaled_linear");
        scheduler.addProperty("num_train_timesteps", 1000);
        scheduler.addProperty("prediction_type", prediction);
        scheduler.addProperty("set_alpha_to_one", false);
        scheduler.addProperty("skip_prk_steps", true);
        scheduler.addProperty("steps_offset", 1);
        scheduler.addProperty("clip_sample", false);
        SdConverter.writeJson(folder.resolve("scheduler/scheduler_config.json"), scheduler);

        JsonObject index = new JsonObject();
        String pipeline = arch == Architecture.SDXL ? "StableDiffusionXLPipeline"
                : arch == Architecture.SDXL_REFINER ? "StableDiffusionXLImg2ImgPipeline"
                : "inpainting".equals(info.variant()) ? "StableDiffusionInpaintPipeline"
                : "instruct-pix2pix".equals(info.variant()) ? "StableDiffusionInstructPix2PixPipeline" : "StableDiffusionPipeline";
        index.addProperty("_class_name", pipeline);
        index.addProperty("_diffusers_version", VERSION);
        index.add("unet", SdConverter.array("diffusers", "UNet2DConditionModel"));
        index.add("vae", SdConverter.array("diffusers", "AutoencoderKL"));
        index.add("scheduler", SdConverter.array("diffusers", scheduler.get("_class_name").getAsString()));
        if (components.contains("text_encoder")) {
            index.add("text_encoder", SdConverter.array("transformers", "CLIPTextModel"));
            index.add("tokenizer", SdConverter.array("transformers", "CLIPTokenizer"));
            copyTokenizer(tokenizer, folder.resolve("tokenizer"));
        }
        if (components.contains("text_encoder_2")) {
            index.add("text_encoder_2", SdConverter.array("transformers", "CLIPTextModelWithProjection"));
            index.add("tokenizer_2", SdConverter.array("transformers", "CLIPTokenizer"));
            copyTokenizer(tokenizer, folder.resolve("tokenizer_2"));
        }
        if (!sdxl) {
            index.add("safety_checker", SdConverter.array(null, null));
            index.add("feature_extractor", SdConverter.array(null, null));
            index.addProperty("requires_safety_checker", false);
        } else {
            index.addProperty("force_zeros_for_empty_prompt", true);
        }
        SdConverter.writeJson(folder.resolve("model_index.json"), index);
    }

    private static void copyTokenizer(Path from, Path to) throws IOException {
        if (from == null) {
            return;
        }
        Files.createDirectories(to);
        for (String file : new String[] { "vocab.json", "merges.txt", "tokenizer_config.json", "special_tokens_map.json" }) {
            if (Files.isRegularFile(from.resolve(file))) {
                Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static long dim(TensorSource source, String name, int i) {
        TensorInfo t = source.tensor(name);
        return t == null ? -1 : t.dim(i);
    }

    private static JsonObject unet(TensorSource source, ModelInfo info) {
        Architecture arch = info.architecture();
        long channels = dim(source, UNET + "input_blocks.0.0.weight", 0);
        JsonArray blockOut = new JsonArray();
        JsonArray down = new JsonArray();
        JsonArray up = new JsonArray();
        JsonArray heads = new JsonArray();
        JsonArray depth = new JsonArray();
        int levels = 0;
        while (source.tensor(UNET + "input_blocks." + (3 * levels + 1) + ".0.in_layers.2.weight") != null) {
            levels++;
        }
        boolean[] attention = new boolean[levels];
        for (int level = 0; level < levels; level++) {
            long out = dim(source, UNET + "input_blocks." + (3 * level + 1) + ".0.in_layers.2.weight", 0);
            blockOut.add(out);
            String transformer = UNET + "input_blocks." + (3 * level + 1) + ".1.";
            attention[level] = source.tensor(transformer + "norm.weight") != null;
            int blocks = 0;
            while (source.tensor(transformer + "transformer_blocks." + blocks + ".norm1.weight") != null) {
                blocks++;
            }
            depth.add(Math.max(1, blocks));
            down.add(attention[level] ? "CrossAttnDownBlock2D" : "DownBlock2D");
            heads.add(Math.max(1, out / 64));
        }
        for (int level = levels - 1; level >= 0; level--) {
            up.add(attention[level] ? "CrossAttnUpBlock2D" : "UpBlock2D");
        }
        boolean sdxl = arch == Architecture.SDXL || arch == Architecture.SDXL_REFINER;
        JsonObject c = new JsonObject();
        c.addProperty("_class_name", "UNet2DConditionModel");
        c.addProperty("_diffusers_version", VERSION);
        c.addProperty("sample_size", sdxl ? 128 : arch == Architecture.SD2 && "v-prediction".equals(info.prediction()) ? 96 : 64);
        c.addProperty("in_channels", dim(source, UNET + "input_blocks.0.0.weight", 1));
        c.addProperty("out_channels", dim(source, UNET + "out.2.weight", 0));
        c.addProperty("center_input_sample", false);
        c.addProperty("flip_sin_to_cos", true);
        c.addProperty("freq_shift", 0);
        c.add("down_block_types", down);
        c.addProperty("mid_block_type", "UNetMidBlock2DCrossAttn");
        c.add("up_block_types", up);
        c.add("block_out_channels", blockOut);
        c.addProperty("layers_per_block", 2);
        c.addProperty("downsample_padding", 1);
        c.addProperty("mid_block_scale_factor", 1);
        c.addProperty("act_fn", "silu");
        c.addProperty("norm_num_groups", channels >= 32 ? 32 : channels);
        c.addProperty("norm_eps", 1e-5);
        long context = -1;
        for (TensorInfo t : source.tensors()) {
            if (t.name().startsWith(UNET) && t.name().endsWith("attn2.to_k.weight")) {
                context = t.dim(1);
                break;
            }
        }
        c.addProperty("cross_attention_dim", context);
        if (arch == Architecture.SD1) {
            c.addProperty("attention_head_dim", 8);
        } else {
            c.add("attention_head_dim", heads);
        }
        c.addProperty("use_linear_projection", source.tensor(UNET + "middle_block.1.proj_in.weight") != null
                && source.tensor(UNET + "middle_block.1.proj_in.weight").rank() == 2);
        c.add("transformer_layers_per_block", depth);
        if (sdxl) {
            c.addProperty("addition_embed_type", "text_time");
            c.addProperty("addition_time_embed_dim", 256);
            c.addProperty("projection_class_embeddings_input_dim", dim(source, UNET + "label_emb.0.0.weight", 1));
        }
        c.addProperty("upcast_attention", arch == Architecture.SD2 && "v-prediction".equals(info.prediction()));
        return c;
    }

    private static JsonObject vae(TensorSource source, boolean sdxl, Architecture arch) {
        String p = "first_stage_model.";
        long channels = dim(source, p + "encoder.conv_in.weight", 0);
        JsonArray out = new JsonArray();
        JsonArray down = new JsonArray();
        JsonArray up = new JsonArray();
        for (int level = 0; source.tensor(p + "encoder.down." + level + ".block.0.conv1.weight") != null; level++) {
            out.add(dim(source, p + "encoder.down." + level + ".block.0.conv1.weight", 0));
            down.add("DownEncoderBlock2D");
            up.add("UpDecoderBlock2D");
        }
        JsonObject c = new JsonObject();
        c.addProperty("_class_name", "AutoencoderKL");
        c.addProperty("_diffusers_version", VERSION);
        c.addProperty("in_channels", 3);
        c.addProperty("out_channels", 3);
        c.add("down_block_types", down);
        c.add("up_block_types", up);
        c.add("block_out_channels", out);
        c.addProperty("layers_per_block", 2);
        c.addProperty("act_fn", "silu");
        c.addProperty("latent_channels", dim(source, p + "post_quant_conv.weight", 0));
        c.addProperty("norm_num_groups", channels >= 32 ? 32 : channels);
        c.addProperty("sample_size", sdxl ? 1024 : arch == Architecture.SD2 ? 768 : 512);
        c.addProperty("scaling_factor", sdxl ? 0.13025 : 0.18215);
        return c;
    }

    /** A CLIPTextConfig from the written weights (widths and depth read off the tensors). */
    private static JsonObject textEncoder(Path componentFolder, String architecture, String activation) throws IOException {
        try (SafetensorsReader weights = SafetensorsReader.open(componentFolder.resolve("model.safetensors"))) {
            TensorInfo tokens = weights.tensor("text_model.embeddings.token_embedding.weight");
            long width = tokens.dim(1);
            int layers = 0;
            while (weights.tensor("text_model.encoder.layers." + layers + ".layer_norm1.weight") != null) {
                layers++;
            }
            TensorInfo projection = weights.tensor("text_projection.weight");
            JsonObject c = new JsonObject();
            c.add("architectures", SdConverter.array(architecture));
            c.addProperty("model_type", "clip_text_model");
            c.addProperty("hidden_size", width);
            c.addProperty("intermediate_size", weights.tensor("text_model.encoder.layers.0.mlp.fc1.weight").dim(0));
            c.addProperty("num_attention_heads", Math.max(1, width / 64));
            c.addProperty("num_hidden_layers", layers);
            c.addProperty("max_position_embeddings", weights.tensor("text_model.embeddings.position_embedding.weight").dim(0));
            c.addProperty("vocab_size", tokens.dim(0));
            c.addProperty("hidden_act", activation);
            c.addProperty("layer_norm_eps", 1e-5);
            c.addProperty("projection_dim", projection != null ? projection.dim(0) : width);
            c.addProperty("bos_token_id", 0);
            c.addProperty("eos_token_id", 2);
            c.addProperty("pad_token_id", 1);
            c.addProperty("torch_dtype", tokens.dtype() == DType.F16 ? "float16" : tokens.dtype() == DType.BF16 ? "bfloat16" : "float32");
            return c;
        }
    }
}
