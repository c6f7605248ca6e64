package org.atelier.diffusion.vae;

import java.io.IOException;

import org.atelier.diffusion.nn.Ops;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.diffusion.nn.Weights;
import org.atelier.tensors.TensorSource;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The autoencoder of Stable Diffusion in the original layout ({@code first_stage_model.}): images to latents and
 * back. Levels and widths come from the checkpoint. As the reference: GroupNorm of 32 groups with eps 1e-6, the
 * middle's single-head attention with 1x1 convolutions, downsampling padded (0, 1, 0, 1) then a stride-2
 * convolution, {@code decoder.up.N} numbered from the highest resolution (up.0 runs last); latents are scaled by
 * the model's factor (0.18215 for SD 1.x and 2.x, 0.13025 for SDXL).
 */
public final class Vae {

    private static final int GROUPS = 32;
    private static final float EPS = 1e-6f;

    private final Weights w;
    private final float scale;
    private final int levels;

    private Vae(Weights w, float scale) {
        this.w = w;
        this.scale = scale;
        int n = 0;
        while (w.has("decoder.up." + n + ".block.0.conv1.weight")) {
            n++;
        }
        this.levels = n;
    }

    /** The arrays the network computes with, by the file keys they were read from. */
    public ModelWeights weights() {
        return w.read();
    }

    /**
     * Reads the VAE under {@code prefix} ({@code first_stage_model.}), its latents scaled by {@code scale}. Every
     * tensor is read now, so that a file without a VAE fails here, naming what it lacks.
     */
    public static Vae load(TensorSource source, String prefix, NDManager manager, float scale) throws IOException {
        Vae vae = new Vae(new Weights(source, prefix, manager, "a Stable Diffusion VAE"), scale);
        for (String required : new String[] { "post_quant_conv.weight", "quant_conv.weight", "decoder.conv_in.weight",
                "encoder.conv_in.weight", "decoder.mid.attn_1.q.weight", "decoder.norm_out.weight" }) {
            vae.w.shape(required);
        }
        for (org.atelier.tensors.TensorInfo t : source.tensors()) {
            if (t.name().startsWith(prefix)) {
                String name = t.name().substring(prefix.length());
                vae.tensors.put(name, vae.w.get(name));
            }
        }
        return vae;
    }

    private final java.util.Map<String, NDArray> tensors = new java.util.HashMap<>();

    private NDArray get(String name) {
        NDArray t = tensors.get(name);
        if (t == null) {
            throw new IllegalStateException(w.file() + ": the VAE has no tensor '" + name + "'");
        }
        return t;
    }

    private NDArray optional(String name) {
        return tensors.get(name);
    }

    /** Latents ({@code [B, 4, h, w]}, scaled) to images ({@code [B, 3, 8h, 8w]}, in [-1, 1] before clamping). */
    public NDArray decode(NDArray latents) {
        NDArray z = conv(Ops.div(latents, scale), "post_quant_conv.", 0);
        String d = "decoder.";
        NDArray h = conv(z, d + "conv_in.", 1);
        h = resnet(h, d + "mid.block_1.");
        h = Ops.scoped(h, in -> attention(in, d + "mid.attn_1."));
        h = resnet(h, d + "mid.block_2.");
        for (int level = levels - 1; level >= 0; level--) {
            String up = d + "up." + level + ".";
            for (int j = 0; w.has(up + "block." + j + ".conv1.weight"); j++) {
                h = resnet(h, up + "block." + j + ".");
            }
            if (w.has(up + "upsample.conv.weight")) {
                h = Ops.scoped(h, in -> conv(Ops.upsample2(in), up + "upsample.conv.", 1));
            }
        }
        return Ops.scoped(h, in -> conv(Ops.silu(Ops.groupNorm(in, GROUPS, get(d + "norm_out.weight"),
                get(d + "norm_out.bias"), EPS)), d + "conv_out.", 1));
    }

    /**
     * Images ({@code [B, 3, H, W]} in [-1, 1]) to the posterior's mean, scaled: the latents a model is trained on
     * (without the posterior's noise).
     */
    public NDArray encode(NDArray images) {
        String e = "encoder.";
        NDArray h = conv(images, e + "conv_in.", 1);
        for (int level = 0; w.has(e + "down." + level + ".block.0.conv1.weight"); level++) {
            String down = e + "down." + level + ".";
            for (int j = 0; w.has(down + "block." + j + ".conv1.weight"); j++) {
                h = resnet(h, down + "block." + j + ".");
            }
            if (w.has(down + "downsample.conv.weight")) {
                h = Ops.conv2d(h.pad(new Shape(0, 1, 0, 1), 0), get(down + "downsample.conv.weight"),
                        get(down + "downsample.conv.bias"), 2, 0);
            }
        }
        h = resnet(h, e + "mid.block_1.");
        h = Ops.scoped(h, in -> attention(in, e + "mid.attn_1."));
        h = resnet(h, e + "mid.block_2.");
        h = Ops.silu(Ops.groupNorm(h, GROUPS, get(e + "norm_out.weight"), get(e + "norm_out.bias"), EPS));
        NDArray moments = conv(conv(h, e + "conv_out.", 1), "quant_conv.", 0);
        long channels = moments.getShape().get(1) / 2;
        return Ops.mul(moments.get(":, 0:" + channels), scale);
    }

    private NDArray conv(NDArray x, String prefix, int padding) {
        return Ops.conv2d(x, get(prefix + "weight"), get(prefix + "bias"), 1, padding);
    }

    private NDArray resnet(NDArray x, String p) {
        return Ops.scoped(x, in -> resnetScoped(in, p));
    }

    private NDArray resnetScoped(NDArray x, String p) {
        NDArray h = conv(Ops.silu(Ops.groupNorm(x, GROUPS, get(p + "norm1.weight"), get(p + "norm1.bias"), EPS)), p + "conv1.", 1);
        h = conv(Ops.silu(Ops.groupNorm(h, GROUPS, get(p + "norm2.weight"), get(p + "norm2.bias"), EPS)), p + "conv2.", 1);
        NDArray shortcut = optional(p + "nin_shortcut.weight");
        return (shortcut == null ? x : Ops.conv2d(x, shortcut, get(p + "nin_shortcut.bias"), 1, 0)).add(h);
    }

    /** The middle's attention: one head over all positions, q, k, v and the output as 1x1 convolutions. */
    private NDArray attention(NDArray x, String p) {
        Shape s = x.getShape();
        long b = s.get(0);
        long c = s.get(1);
        long hw = s.get(2) * s.get(3);
        NDArray h = Ops.groupNorm(x, GROUPS, get(p + "norm.weight"), get(p + "norm.bias"), EPS);
        NDArray q = conv(h, p + "q.", 0).reshape(b, c, hw).transpose(0, 2, 1);
        NDArray k = conv(h, p + "k.", 0).reshape(b, c, hw).transpose(0, 2, 1);
        NDArray v = conv(h, p + "v.", 0).reshape(b, c, hw).transpose(0, 2, 1);
        NDArray out = Ops.attention(q, k, v, 1, 0).transpose(0, 2, 1).reshape(s);
        return x.add(conv(out, p + "proj_out.", 0));
    }

    /** The levels of the decoder (4 for Stable Diffusion: 8 times smaller latents). */
    public int levels() {
        return levels;
    }
}
