package org.atelier.tensors;

import java.util.ArrayList;
import java.util.List;

/**
 * The tensors of a Stable Diffusion single-file checkpoint in the ldm layout (CompVis / Stability, the layout
 * AUTOMATIC1111 and ComfyUI load): exact key names and shapes for a configuration, at any width. With the real
 * widths it lists SD 1.5, SD 2.1 or SDXL as they are; with small widths it makes the tiny test models and the
 * synthetic models of the benchmarks.
 */
public final class SdLayout {

    /** A tensor of the layout. */
    public record Entry(String name, long[] shape) {
        public long numel() {
            return TensorInfo.numel(shape);
        }
    }

    /** The text encoder's layout. */
    public enum TextEncoder {
        /** CLIP ViT-L/14 in the Hugging Face layout ({@code cond_stage_model.transformer.text_model.*}). */
        CLIP_HF,
        /** OpenCLIP ({@code cond_stage_model.model.*}): SD 2.x. */
        OPEN_CLIP
    }

    /**
     * A model's widths and depths.
     *
     * @param unetChannels      model_channels (320 in SD)
     * @param unetMult          channel multipliers per level ([1,2,4,4] SD1/2, [1,2,4] SDXL)
     * @param resBlocks         ResBlocks per level (2)
     * @param attentionDepth    transformer blocks per level, 0 for none (SD1: [1,1,1,0]; SDXL: [0,2,10])
     * @param middleDepth       transformer blocks of the middle block (1; SDXL 10)
     * @param contextDim        cross-attention width (768 SD1, 1024 SD2, 2048 SDXL)
     * @param linearProjection  proj_in/proj_out as linear layers (SD2, SDXL) rather than 1x1 convolutions (SD1)
     * @param inChannels        UNet input channels (4; 9 inpainting, 8 instruct-pix2pix)
     * @param admChannels       size conditioning input of SDXL's label_emb (2816 base, 2560 refiner), 0 for none
     * @param vaeChannels       VAE base channels (128)
     * @param vaeMult           VAE multipliers ([1,2,4,4])
     * @param textEncoders      the text encoders, in order
     * @param textWidths        their widths (768; 1024 OpenCLIP ViT-H; 1280 bigG)
     * @param textLayers        their depths (12; 23/24; 32)
     * @param vocabulary        token embedding rows (49408)
     */
    public record Config(int unetChannels, int[] unetMult, int resBlocks, int[] attentionDepth, int middleDepth,
            int contextDim, boolean linearProjection, int inChannels, int admChannels, int vaeChannels, int[] vaeMult,
            TextEncoder[] textEncoders, int[] textWidths, int[] textLayers, int vocabulary) {

        /** The same model with another UNet input (9 inpainting, 8 instruct-pix2pix). */
        public Config withInChannels(int channels) {
            return new Config(unetChannels, unetMult, resBlocks, attentionDepth, middleDepth, contextDim,
                    linearProjection, channels, admChannels, vaeChannels, vaeMult, textEncoders, textWidths, textLayers,
                    vocabulary);
        }
    }

    private static final int[] SD_MULT = { 1, 2, 4, 4 };

    /** SD 1.x at full size (UNet 860 M, VAE 84 M, CLIP ViT-L 123 M parameters). */
    public static Config sd1() {
        return new Config(320, SD_MULT, 2, new int[] { 1, 1, 1, 0 }, 1, 768, false, 4, 0, 128, SD_MULT,
                new TextEncoder[] { TextEncoder.CLIP_HF }, new int[] { 768 }, new int[] { 12 }, 49408);
    }

    /** SD 2.x at full size (OpenCLIP ViT-H text encoder, as the checkpoints hold it: 24 layers). */
    public static Config sd2() {
        return new Config(320, SD_MULT, 2, new int[] { 1, 1, 1, 0 }, 1, 1024, true, 4, 0, 128, SD_MULT,
                new TextEncoder[] { TextEncoder.OPEN_CLIP }, new int[] { 1024 }, new int[] { 24 }, 49408);
    }

    /** SDXL base at full size (CLIP-L and OpenCLIP bigG). */
    public static Config sdxl() {
        return new Config(320, new int[] { 1, 2, 4 }, 2, new int[] { 0, 2, 10 }, 10, 2048, true, 4, 2816, 128, SD_MULT,
                new TextEncoder[] { TextEncoder.CLIP_HF, TextEncoder.OPEN_CLIP }, new int[] { 768, 1280 },
                new int[] { 12, 32 }, 49408);
    }

    /** SD 1.x in its exact layout at small widths (UNet 32 channels, VAE 32, CLIP 32 wide with 2 layers). */
    public static Config tinySd1() {
        return new Config(32, SD_MULT, 2, new int[] { 1, 1, 1, 0 }, 1, 32, false, 4, 0, 32, SD_MULT,
                new TextEncoder[] { TextEncoder.CLIP_HF }, new int[] { 32 }, new int[] { 2 }, 1000);
    }

    /** SD 2.x in its exact layout at small widths. */
    public static Config tinySd2() {
        return new Config(32, SD_MULT, 2, new int[] { 1, 1, 1, 0 }, 1, 64, true, 4, 0, 32, SD_MULT,
                new TextEncoder[] { TextEncoder.OPEN_CLIP }, new int[] { 64 }, new int[] { 2 }, 1000);
    }

    /**
     * SDXL base in its exact layout at small widths (context = 32 + 64; the vector, as in the real model, the
     * pooled text, 64, and six size embeddings of 256).
     */
    public static Config tinySdxl() {
        return new Config(32, new int[] { 1, 2, 4 }, 2, new int[] { 0, 2, 2 }, 2, 96, true, 4, 1600, 32, SD_MULT,
                new TextEncoder[] { TextEncoder.CLIP_HF, TextEncoder.OPEN_CLIP }, new int[] { 32, 64 },
                new int[] { 2, 2 }, 1000);
    }

    /**
     * SDXL refiner in its exact layout at small widths (OpenCLIP bigG only, as {@code embedders.0}; the vector the
     * pooled text, 64, and five embeddings of 256: sizes, crop and aesthetic score).
     */
    public static Config tinySdxlRefiner() {
        return new Config(48, new int[] { 1, 2, 4, 4 }, 2, new int[] { 0, 4, 4, 0 }, 4, 64, true, 4, 1344, 32, SD_MULT,
                new TextEncoder[] { TextEncoder.OPEN_CLIP }, new int[] { 64 }, new int[] { 2 }, 1000);
    }

    private final List<Entry> entries = new ArrayList<>();

    private SdLayout() {
    }

    /** Every tensor of a single-file checkpoint of this configuration, in the usual order. */
    public static List<Entry> checkpoint(Config config) {
        SdLayout layout = new SdLayout();
        layout.unet("model.diffusion_model.", config);
        layout.vae("first_stage_model.", config.vaeChannels(), config.vaeMult(), 2);
        boolean sdxl = config.admChannels() > 0;
        for (int i = 0; i < config.textEncoders().length; i++) {
            String prefix;
            if (sdxl) {
                prefix = "conditioner.embedders." + i + "." + (config.textEncoders()[i] == TextEncoder.CLIP_HF
                        ? "transformer.text_model." : "model.");
            } else {
                prefix = config.textEncoders()[i] == TextEncoder.CLIP_HF ? "cond_stage_model.transformer.text_model."
                        : "cond_stage_model.model.";
            }
            if (config.textEncoders()[i] == TextEncoder.CLIP_HF) {
                layout.clip(prefix, config.textWidths()[i], config.textLayers()[i], config.vocabulary());
            } else {
                layout.openClip(prefix, config.textWidths()[i], config.textLayers()[i], config.vocabulary(),
                        config.textWidths()[i]);
            }
        }
        return List.copyOf(layout.entries);
    }

    private void add(String name, long... shape) {
        entries.add(new Entry(name, shape));
    }

    private void linear(String name, long out, long in, boolean bias) {
        add(name + ".weight", out, in);
        if (bias) {
            add(name + ".bias", out);
        }
    }

    private void conv(String name, long out, long in, int kernel) {
        add(name + ".weight", out, in, kernel, kernel);
        add(name + ".bias", out);
    }

    private void norm(String name, long channels) {
        add(name + ".weight", channels);
        add(name + ".bias", channels);
    }

    private void unet(String p, Config c) {
        int mc = c.unetChannels();
        int emb = 4 * mc;
        linear(p + "time_embed.0", emb, mc, true);
        linear(p + "time_embed.2", emb, emb, true);
        if (c.admChannels() > 0) {
            linear(p + "label_emb.0.0", emb, c.admChannels(), true);
            linear(p + "label_emb.0.2", emb, emb, true);
        }
        conv(p + "input_blocks.0.0", mc, c.inChannels(), 3);
        List<Integer> skips = new ArrayList<>();
        skips.add(mc);
        int ch = mc;
        int levels = c.unetMult().length;
        int block = 1;
        for (int level = 0; level < levels; level++) {
            int out = mc * c.unetMult()[level];
            for (int j = 0; j < c.resBlocks(); j++) {
                resBlock(p + "input_blocks." + block + ".0", ch, out, emb);
                ch = out;
                if (c.attentionDepth()[level] > 0) {
                    transformer(p + "input_blocks." + block + ".1", ch, c.attentionDepth()[level], c);
                }
                skips.add(ch);
                block++;
            }
            if (level != levels - 1) {
                conv(p + "input_blocks." + block + ".0.op", ch, ch, 3);
                skips.add(ch);
                block++;
            }
        }
        resBlock(p + "middle_block.0", ch, ch, emb);
        transformer(p + "middle_block.1", ch, c.middleDepth(), c);
        resBlock(p + "middle_block.2", ch, ch, emb);
        int index = 0;
        for (int level = levels - 1; level >= 0; level--) {
            int out = mc * c.unetMult()[level];
            for (int i = 0; i <= c.resBlocks(); i++) {
                int skip = skips.remove(skips.size() - 1);
                resBlock(p + "output_blocks." + index + ".0", ch + skip, out, emb);
                ch = out;
                int part = 1;
                if (c.attentionDepth()[level] > 0) {
                    transformer(p + "output_blocks." + index + "." + part, ch, c.attentionDepth()[level], c);
                    part++;
                }
                if (level != 0 && i == c.resBlocks()) {
                    conv(p + "output_blocks." + index + "." + part + ".conv", ch, ch, 3);
                }
                index++;
            }
        }
        norm(p + "out.0", ch);
        conv(p + "out.2", 4, ch, 3);
    }

    private void resBlock(String p, int in, int out, int emb) {
        norm(p + ".in_layers.0", in);
        conv(p + ".in_layers.2", out, in, 3);
        linear(p + ".emb_layers.1", out, emb, true);
        norm(p + ".out_layers.0", out);
        conv(p + ".out_layers.3", out, out, 3);
        if (in != out) {
            conv(p + ".skip_connection", out, in, 1);
        }
    }

    private void transformer(String p, int ch, int depth, Config c) {
        norm(p + ".norm", ch);
        if (c.linearProjection()) {
            linear(p + ".proj_in", ch, ch, true);
        } else {
            conv(p + ".proj_in", ch, ch, 1);
        }
        for (int d = 0; d < depth; d++) {
            String b = p + ".transformer_blocks." + d;
            linear(b + ".attn1.to_q", ch, ch, false);
            linear(b + ".attn1.to_k", ch, ch, false);
            linear(b + ".attn1.to_v", ch, ch, false);
            linear(b + ".attn1.to_out.0", ch, ch, true);
            linear(b + ".ff.net.0.proj", 8L * ch, ch, true);
            linear(b + ".ff.net.2", ch, 4L * ch, true);
            linear(b + ".attn2.to_q", ch, ch, false);
            linear(b + ".attn2.to_k", ch, c.contextDim(), false);
            linear(b + ".attn2.to_v", ch, c.contextDim(), false);
            linear(b + ".attn2.to_out.0", ch, ch, true);
            norm(b + ".norm1", ch);
            norm(b + ".norm2", ch);
            norm(b + ".norm3", ch);
        }
        if (c.linearProjection()) {
            linear(p + ".proj_out", ch, ch, true);
        } else {
            conv(p + ".proj_out", ch, ch, 1);
        }
    }

    private void vae(String p, int ch, int[] mult, int resBlocks) {
        int levels = mult.length;
        conv(p + "encoder.conv_in", ch, 3, 3);
        int blockIn = ch;
        for (int i = 0; i < levels; i++) {
            int out = ch * mult[i];
            for (int j = 0; j < resBlocks; j++) {
                vaeBlock(p + "encoder.down." + i + ".block." + j, blockIn, out);
                blockIn = out;
            }
            if (i != levels - 1) {
                conv(p + "encoder.down." + i + ".downsample.conv", blockIn, blockIn, 3);
            }
        }
        vaeMiddle(p + "encoder.mid", blockIn);
        norm(p + "encoder.norm_out", blockIn);
        conv(p + "encoder.conv_out", 8, blockIn, 3);
        conv(p + "quant_conv", 8, 8, 1);
        conv(p + "post_quant_conv", 4, 4, 1);
        blockIn = ch * mult[levels - 1];
        conv(p + "decoder.conv_in", blockIn, 4, 3);
        vaeMiddle(p + "decoder.mid", blockIn);
        for (int i = levels - 1; i >= 0; i--) {
            int out = ch * mult[i];
            for (int j = 0; j <= resBlocks; j++) {
                vaeBlock(p + "decoder.up." + i + ".block." + j, blockIn, out);
                blockIn = out;
            }
            if (i != 0) {
                conv(p + "decoder.up." + i + ".upsample.conv", blockIn, blockIn, 3);
            }
        }
        norm(p + "decoder.norm_out", blockIn);
        conv(p + "decoder.conv_out", 3, blockIn, 3);
    }

    private void vaeBlock(String p, int in, int out) {
        norm(p + ".norm1", in);
        conv(p + ".conv1", out, in, 3);
        norm(p + ".norm2", out);
        conv(p + ".conv2", out, out, 3);
        if (in != out) {
            conv(p + ".nin_shortcut", out, in, 1);
        }
    }

    private void vaeMiddle(String p, int ch) {
        vaeBlock(p + ".block_1", ch, ch);
        norm(p + ".attn_1.norm", ch);
        conv(p + ".attn_1.q", ch, ch, 1);
        conv(p + ".attn_1.k", ch, ch, 1);
        conv(p + ".attn_1.v", ch, ch, 1);
        conv(p + ".attn_1.proj_out", ch, ch, 1);
        vaeBlock(p + ".block_2", ch, ch);
    }

    private void clip(String p, int width, int layers, int vocabulary) {
        add(p + "embeddings.token_embedding.weight", vocabulary, width);
        add(p + "embeddings.position_embedding.weight", 77, width);
        for (int i = 0; i < layers; i++) {
            String l = p + "encoder.layers." + i;
            linear(l + ".self_attn.k_proj", width, width, true);
            linear(l + ".self_attn.v_proj", width, width, true);
            linear(l + ".self_attn.q_proj", width, width, true);
            linear(l + ".self_attn.out_proj", width, width, true);
            norm(l + ".layer_norm1", width);
            linear(l + ".mlp.fc1", 4L * width, width, true);
            linear(l + ".mlp.fc2", width, 4L * width, true);
            norm(l + ".layer_norm2", width);
        }
        norm(p + "final_layer_norm", width);
    }

    private void openClip(String p, int width, int layers, int vocabulary, int projection) {
        add(p + "positional_embedding", 77, width);
        add(p + "token_embedding.weight", vocabulary, width);
        for (int i = 0; i < layers; i++) {
            String l = p + "transformer.resblocks." + i;
            norm(l + ".ln_1", width);
            add(l + ".attn.in_proj_weight", 3L * width, width);
            add(l + ".attn.in_proj_bias", 3L * width);
            linear(l + ".attn.out_proj", width, width, true);
            norm(l + ".ln_2", width);
            linear(l + ".mlp.c_fc", 4L * width, width, true);
            linear(l + ".mlp.c_proj", width, 4L * width, true);
        }
        norm(p + "ln_final", width);
        add(p + "text_projection", width, projection);
        add(p + "logit_scale");
    }
}
