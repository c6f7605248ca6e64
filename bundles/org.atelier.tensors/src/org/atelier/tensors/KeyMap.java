package org.atelier.tensors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tensor names between the ldm single-file layout and the diffusers layout (UNet, VAE, CLIP text encoders),
 * after diffusers' conversion scripts. Names only: the shape changes (VAE attention 1x1 convolutions and linear
 * layers, OpenCLIP's fused q/k/v and transposed projection) are {@link SdConverter}'s.
 * <p>
 * UNet blocks: {@code input_blocks.(3i+j+1).0 ↔ down_blocks.i.resnets.j}, {@code .1 ↔ .attentions.j},
 * {@code input_blocks.(3(i+1)).0.op ↔ down_blocks.i.downsamplers.0.conv}, {@code output_blocks.(3i+j).0 ↔
 * up_blocks.i.resnets.j}, {@code .1 ↔ .attentions.j} (or the upsampler), {@code middle_block.(0,1,2) ↔
 * mid_block.(resnets.0, attentions.0, resnets.1)}; inside a ResBlock {@code in_layers.0/2, emb_layers.1,
 * out_layers.0/3, skip_connection ↔ norm1, conv1, time_emb_proj, norm2, conv2, conv_shortcut}.
 */
public final class KeyMap {

    /** ResBlocks per level in every Stable Diffusion UNet (plus one downsampler or upsampler slot). */
    private static final int SLOTS = 3;

    private static final String[][] RESNET = { { "in_layers.0", "norm1" }, { "in_layers.2", "conv1" },
            { "emb_layers.1", "time_emb_proj" }, { "out_layers.0", "norm2" }, { "out_layers.3", "conv2" },
            { "skip_connection", "conv_shortcut" } };

    private static final Pattern INPUT = Pattern.compile("input_blocks\\.(\\d+)\\.(\\d+)\\.(.+)");
    private static final Pattern OUTPUT = Pattern.compile("output_blocks\\.(\\d+)\\.(\\d+)\\.(.+)");
    private static final Pattern MIDDLE = Pattern.compile("middle_block\\.(\\d)\\.(.+)");
    private static final Pattern DOWN = Pattern.compile("down_blocks\\.(\\d+)\\.(resnets|attentions)\\.(\\d+)\\.(.+)");
    private static final Pattern DOWNSAMPLER = Pattern.compile("down_blocks\\.(\\d+)\\.downsamplers\\.0\\.conv\\.(.+)");
    private static final Pattern UP = Pattern.compile("up_blocks\\.(\\d+)\\.(resnets|attentions)\\.(\\d+)\\.(.+)");
    private static final Pattern UPSAMPLER = Pattern.compile("up_blocks\\.(\\d+)\\.upsamplers\\.0\\.conv\\.(.+)");
    private static final Pattern MID = Pattern.compile("mid_block\\.(resnets|attentions)\\.(\\d)\\.(.+)");

    private KeyMap() {
    }

    // ---- UNet

    /**
     * The diffusers name of a UNet key (without {@code model.diffusion_model.}); {@code attentionAt} tells whether
     * the output block at that index holds attention (then {@code .1} is attention and the upsampler is {@code .2}).
     */
    public static String unetToDiffusers(String key) {
        switch (key) {
        case "time_embed.0.weight", "time_embed.0.bias":
            return key.replace("time_embed.0", "time_embedding.linear_1");
        case "time_embed.2.weight", "time_embed.2.bias":
            return key.replace("time_embed.2", "time_embedding.linear_2");
        case "label_emb.0.0.weight", "label_emb.0.0.bias":
            return key.replace("label_emb.0.0", "add_embedding.linear_1");
        case "label_emb.0.2.weight", "label_emb.0.2.bias":
            return key.replace("label_emb.0.2", "add_embedding.linear_2");
        case "input_blocks.0.0.weight", "input_blocks.0.0.bias":
            return key.replace("input_blocks.0.0", "conv_in");
        case "out.0.weight", "out.0.bias":
            return key.replace("out.0", "conv_norm_out");
        case "out.2.weight", "out.2.bias":
            return key.replace("out.2", "conv_out");
        default:
            break;
        }
        Matcher m = INPUT.matcher(key);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            int part = Integer.parseInt(m.group(2));
            String rest = m.group(3);
            int level = (n - 1) / SLOTS;
            int j = (n - 1) % SLOTS;
            if (j == SLOTS - 1) {
                if (part == 0 && rest.startsWith("op.")) {
                    return "down_blocks." + level + ".downsamplers.0.conv." + rest.substring(3);
                }
            } else if (part == 0) {
                return "down_blocks." + level + ".resnets." + j + "." + resnetToDiffusers(rest);
            } else if (part == 1) {
                return "down_blocks." + level + ".attentions." + j + "." + rest;
            }
        }
        m = OUTPUT.matcher(key);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            int part = Integer.parseInt(m.group(2));
            String rest = m.group(3);
            int level = n / SLOTS;
            int j = n % SLOTS;
            if (part == 0) {
                return "up_blocks." + level + ".resnets." + j + "." + resnetToDiffusers(rest);
            }
            if (rest.startsWith("conv.")) {
                return "up_blocks." + level + ".upsamplers.0.conv." + rest.substring(5);
            }
            if (part == 1) {
                return "up_blocks." + level + ".attentions." + j + "." + rest;
            }
        }
        m = MIDDLE.matcher(key);
        if (m.matches()) {
            return switch (m.group(1)) {
            case "0" -> "mid_block.resnets.0." + resnetToDiffusers(m.group(2));
            case "1" -> "mid_block.attentions.0." + m.group(2);
            case "2" -> "mid_block.resnets.1." + resnetToDiffusers(m.group(2));
            default -> null;
            };
        }
        return null;
    }

    /**
     * The ldm name of a diffusers UNet key; {@code upAttention} tells whether an up block holds attention (its
     * upsampler is then part 2 of the ldm output block, else part 1).
     */
    public static String unetToLdm(String key, java.util.function.IntPredicate upAttention) {
        switch (key) {
        case "time_embedding.linear_1.weight", "time_embedding.linear_1.bias":
            return key.replace("time_embedding.linear_1", "time_embed.0");
        case "time_embedding.linear_2.weight", "time_embedding.linear_2.bias":
            return key.replace("time_embedding.linear_2", "time_embed.2");
        case "add_embedding.linear_1.weight", "add_embedding.linear_1.bias":
            return key.replace("add_embedding.linear_1", "label_emb.0.0");
        case "add_embedding.linear_2.weight", "add_embedding.linear_2.bias":
            return key.replace("add_embedding.linear_2", "label_emb.0.2");
        case "conv_in.weight", "conv_in.bias":
            return key.replace("conv_in", "input_blocks.0.0");
        case "conv_norm_out.weight", "conv_norm_out.bias":
            return key.replace("conv_norm_out", "out.0");
        case "conv_out.weight", "conv_out.bias":
            return key.replace("conv_out", "out.2");
        default:
            break;
        }
        Matcher m = DOWN.matcher(key);
        if (m.matches()) {
            int level = Integer.parseInt(m.group(1));
            int j = Integer.parseInt(m.group(3));
            int n = SLOTS * level + j + 1;
            return m.group(2).equals("resnets") ? "input_blocks." + n + ".0." + resnetToLdm(m.group(4))
                    : "input_blocks." + n + ".1." + m.group(4);
        }
        m = DOWNSAMPLER.matcher(key);
        if (m.matches()) {
            return "input_blocks." + SLOTS * (Integer.parseInt(m.group(1)) + 1) + ".0.op." + m.group(2);
        }
        m = UP.matcher(key);
        if (m.matches()) {
            int level = Integer.parseInt(m.group(1));
            int n = SLOTS * level + Integer.parseInt(m.group(3));
            return m.group(2).equals("resnets") ? "output_blocks." + n + ".0." + resnetToLdm(m.group(4))
                    : "output_blocks." + n + ".1." + m.group(4);
        }
        m = UPSAMPLER.matcher(key);
        if (m.matches()) {
            int level = Integer.parseInt(m.group(1));
            return "output_blocks." + (SLOTS * level + 2) + "." + (upAttention.test(level) ? 2 : 1) + ".conv." + m.group(2);
        }
        m = MID.matcher(key);
        if (m.matches()) {
            if (m.group(1).equals("attentions")) {
                return "middle_block.1." + m.group(3);
            }
            return "middle_block." + (m.group(2).equals("0") ? 0 : 2) + "." + resnetToLdm(m.group(3));
        }
        return null;
    }

    private static String resnetToDiffusers(String rest) {
        for (String[] pair : RESNET) {
            if (rest.startsWith(pair[0] + ".")) {
                return pair[1] + rest.substring(pair[0].length());
            }
        }
        return rest;
    }

    private static String resnetToLdm(String rest) {
        for (String[] pair : RESNET) {
            if (rest.startsWith(pair[1] + ".")) {
                return pair[0] + rest.substring(pair[1].length());
            }
        }
        return rest;
    }

    // ---- VAE

    private static final Pattern VAE_DOWN = Pattern.compile("encoder\\.down\\.(\\d+)\\.(block\\.(\\d+)|downsample)\\.(.+)");
    private static final Pattern VAE_UP = Pattern.compile("decoder\\.up\\.(\\d+)\\.(block\\.(\\d+)|upsample)\\.(.+)");
    private static final Pattern VAE_MID = Pattern.compile("(encoder|decoder)\\.mid\\.(block_1|block_2|attn_1)\\.(.+)");
    private static final Pattern D_VAE_DOWN = Pattern
            .compile("encoder\\.down_blocks\\.(\\d+)\\.(resnets\\.(\\d+)|downsamplers\\.0)\\.(.+)");
    private static final Pattern D_VAE_UP = Pattern.compile("decoder\\.up_blocks\\.(\\d+)\\.(resnets\\.(\\d+)|upsamplers\\.0)\\.(.+)");
    private static final Pattern D_VAE_MID = Pattern.compile("(encoder|decoder)\\.mid_block\\.(resnets\\.0|resnets\\.1|attentions\\.0)\\.(.+)");
    private static final String[][] VAE_ATTENTION = { { "norm", "group_norm" }, { "q", "to_q" }, { "k", "to_k" },
            { "v", "to_v" }, { "proj_out", "to_out.0" } };

    /** The diffusers name of a VAE key (without {@code first_stage_model.}); {@code levels} is 4 in SD. */
    public static String vaeToDiffusers(String key, int levels) {
        Matcher m = VAE_DOWN.matcher(key);
        if (m.matches()) {
            String block = m.group(3) != null ? "resnets." + m.group(3) : "downsamplers.0";
            return "encoder.down_blocks." + m.group(1) + "." + block + "." + vaeResnetToDiffusers(m.group(4));
        }
        m = VAE_UP.matcher(key);
        if (m.matches()) {
            int level = levels - 1 - Integer.parseInt(m.group(1));
            String block = m.group(3) != null ? "resnets." + m.group(3) : "upsamplers.0";
            return "decoder.up_blocks." + level + "." + block + "." + vaeResnetToDiffusers(m.group(4));
        }
        m = VAE_MID.matcher(key);
        if (m.matches()) {
            String rest = m.group(3);
            return switch (m.group(2)) {
            case "block_1" -> m.group(1) + ".mid_block.resnets.0." + vaeResnetToDiffusers(rest);
            case "block_2" -> m.group(1) + ".mid_block.resnets.1." + vaeResnetToDiffusers(rest);
            default -> m.group(1) + ".mid_block.attentions.0." + rename(rest, VAE_ATTENTION, 0, 1);
            };
        }
        if (key.startsWith("encoder.norm_out.") || key.startsWith("decoder.norm_out.")) {
            return key.replace(".norm_out.", ".conv_norm_out.");
        }
        return key; // conv_in, conv_out, quant_conv, post_quant_conv keep their names
    }

    /** The ldm name of a diffusers VAE key. */
    public static String vaeToLdm(String key, int levels) {
        Matcher m = D_VAE_DOWN.matcher(key);
        if (m.matches()) {
            String block = m.group(3) != null ? "block." + m.group(3) : "downsample";
            return "encoder.down." + m.group(1) + "." + block + "." + vaeResnetToLdm(m.group(4));
        }
        m = D_VAE_UP.matcher(key);
        if (m.matches()) {
            int level = levels - 1 - Integer.parseInt(m.group(1));
            String block = m.group(3) != null ? "block." + m.group(3) : "upsample";
            return "decoder.up." + level + "." + block + "." + vaeResnetToLdm(m.group(4));
        }
        m = D_VAE_MID.matcher(key);
        if (m.matches()) {
            String rest = m.group(3);
            return switch (m.group(2)) {
            case "resnets.0" -> m.group(1) + ".mid.block_1." + vaeResnetToLdm(rest);
            case "resnets.1" -> m.group(1) + ".mid.block_2." + vaeResnetToLdm(rest);
            default -> m.group(1) + ".mid.attn_1." + rename(rest, VAE_ATTENTION, 1, 0);
            };
        }
        if (key.startsWith("encoder.conv_norm_out.") || key.startsWith("decoder.conv_norm_out.")) {
            return key.replace(".conv_norm_out.", ".norm_out.");
        }
        return key;
    }

    private static String vaeResnetToDiffusers(String rest) {
        return rest.startsWith("nin_shortcut.") ? "conv_shortcut." + rest.substring("nin_shortcut.".length()) : rest;
    }

    private static String vaeResnetToLdm(String rest) {
        return rest.startsWith("conv_shortcut.") ? "nin_shortcut." + rest.substring("conv_shortcut.".length()) : rest;
    }

    private static String rename(String rest, String[][] pairs, int from, int to) {
        for (String[] pair : pairs) {
            if (rest.startsWith(pair[from] + ".")) {
                return pair[to] + rest.substring(pair[from].length());
            }
        }
        return rest;
    }

    // ---- OpenCLIP text encoders (SD 2.x, SDXL's second)

    private static final Pattern RESBLOCK = Pattern.compile("transformer\\.resblocks\\.(\\d+)\\.(.+)");
    private static final Pattern HF_LAYER = Pattern.compile("text_model\\.encoder\\.layers\\.(\\d+)\\.(.+)");
    private static final String[][] OPEN_CLIP = { { "ln_1", "layer_norm1" }, { "ln_2", "layer_norm2" },
            { "attn.out_proj", "self_attn.out_proj" }, { "mlp.c_fc", "mlp.fc1" }, { "mlp.c_proj", "mlp.fc2" } };

    /**
     * The Hugging Face name of an OpenCLIP key (without its prefix), or null for the keys that are split
     * ({@code attn.in_proj_*}) or have none ({@code logit_scale}).
     */
    public static String openClipToHf(String key) {
        switch (key) {
        case "positional_embedding":
            return "text_model.embeddings.position_embedding.weight";
        case "token_embedding.weight":
            return "text_model.embeddings.token_embedding.weight";
        case "ln_final.weight", "ln_final.bias":
            return key.replace("ln_final", "text_model.final_layer_norm");
        case "text_projection":
            return "text_projection.weight";
        default:
            break;
        }
        Matcher m = RESBLOCK.matcher(key);
        if (m.matches() && !m.group(2).startsWith("attn.in_proj_")) {
            return "text_model.encoder.layers." + m.group(1) + "." + rename(m.group(2), OPEN_CLIP, 0, 1);
        }
        return null;
    }

    /** The OpenCLIP name of a Hugging Face key, or null for q/k/v (joined into {@code attn.in_proj_*}). */
    public static String hfToOpenClip(String key) {
        switch (key) {
        case "text_model.embeddings.position_embedding.weight":
            return "positional_embedding";
        case "text_model.embeddings.token_embedding.weight":
            return "token_embedding.weight";
        case "text_model.final_layer_norm.weight", "text_model.final_layer_norm.bias":
            return key.replace("text_model.final_layer_norm", "ln_final");
        case "text_projection.weight":
            return "text_projection";
        default:
            break;
        }
        Matcher m = HF_LAYER.matcher(key);
        if (m.matches() && !m.group(2).matches("self_attn\\.[qkv]_proj\\..+")) {
            return "transformer.resblocks." + m.group(1) + "." + rename(m.group(2), OPEN_CLIP, 1, 0);
        }
        return null;
    }
}
