package org.atelier.diffusion.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;

/**
 * The operations Stable Diffusion needs that DJL does not have, made of DJL's own (so that gradients flow through
 * them): group normalization, and scaled dot-product attention that can be computed in slices to bound memory.
 */
public final class Ops {

    private Ops() {
    }

    /**
     * Group normalization as {@code torch.nn.GroupNorm}: the channels of {@code x} ({@code [N, C, ...]}) in
     * {@code groups} groups, each normalized by its mean and biased variance over its channels and positions, then
     * scaled by {@code weight} and shifted by {@code bias} (each {@code [C]}, or null).
     */
    public static NDArray groupNorm(NDArray x, int groups, NDArray weight, NDArray bias, float eps) {
        Shape shape = x.getShape();
        long n = shape.get(0);
        long channels = shape.get(1);
        if (channels % groups != 0) {
            throw new IllegalArgumentException(channels + " channels do not split into " + groups + " groups");
        }
        NDArray grouped = x.reshape(n, groups, -1);
        NDArray mean = grouped.mean(new int[] { 2 }, true);
        NDArray centered = grouped.sub(mean);
        NDArray variance = centered.square().mean(new int[] { 2 }, true);
        NDArray normalized = centered.div(variance.add(eps).sqrt()).reshape(shape);
        long[] perChannel = new long[shape.dimension()];
        java.util.Arrays.fill(perChannel, 1);
        perChannel[1] = channels;
        if (weight != null) {
            normalized = normalized.mul(weight.reshape(perChannel));
        }
        if (bias != null) {
            normalized = normalized.add(bias.reshape(perChannel));
        }
        return normalized;
    }

    /**
     * Multi-head attention {@code softmax(q kᵀ / sqrt(d)) v} over {@code heads} heads of {@code q}
     * ({@code [B, Tq, C]}) against {@code k} and {@code v} ({@code [B, Tk, C]}); returns {@code [B, Tq, C]}. With
     * {@code slice > 0} the batch-and-head rows are taken {@code slice} at a time, so that the attention matrix
     * of only that many is in memory at once (AUTOMATIC1111's and diffusers' attention slicing); the result is
     * the same.
     */
    public static NDArray attention(NDArray q, NDArray k, NDArray v, int heads, int slice) {
        return attention(q, k, v, heads, slice, null);
    }

    /**
     * Attention as {@link #attention(NDArray, NDArray, NDArray, int, int)}, with {@code mask} ({@code [Tq, Tk]}, or
     * null) added to the scores before the softmax: {@code -inf} where a position may not look (CLIP's causal mask).
     */
    public static NDArray attention(NDArray q, NDArray k, NDArray v, int heads, int slice, NDArray mask) {
        Shape qs = q.getShape();
        long batch = qs.get(0);
        long channels = qs.get(2);
        if (channels % heads != 0) {
            throw new IllegalArgumentException(channels + " channels do not split into " + heads + " heads");
        }
        long dim = channels / heads;
        NDArray qh = splitHeads(q, heads);
        NDArray kh = splitHeads(k, heads);
        NDArray vh = splitHeads(v, heads);
        float scale = (float) (1 / Math.sqrt(dim));
        long rows = batch * heads;
        NDArray out;
        if (slice <= 0 || slice >= rows) {
            out = attend(qh, kh, vh, scale, mask);
        } else {
            NDList parts = new NDList();
            for (long start = 0; start < rows; start += slice) {
                NDIndex range = new NDIndex("{}:{}", start, Math.min(rows, start + slice));
                parts.add(attend(qh.get(range), kh.get(range), vh.get(range), scale, mask));
            }
            out = NDArrays.concat(parts, 0);
        }
        return out.reshape(batch, heads, qs.get(1), dim).transpose(0, 2, 1, 3).reshape(batch, qs.get(1), channels);
    }

    private static NDArray attend(NDArray q, NDArray k, NDArray v, float scale, NDArray mask) {
        NDArray scores = q.matMul(k.transpose(0, 2, 1)).mul(scale);
        if (mask != null) {
            scores = scores.add(mask);
        }
        return scores.softmax(-1).matMul(v);
    }

    /** {@code x W^T + b}, as {@code torch.nn.Linear} with a weight of {@code [out, in]}. */
    public static NDArray linear(NDArray x, NDArray weight, NDArray bias) {
        NDArray y = x.matMul(weight.transpose());
        return bias == null ? y : y.add(bias);
    }

    /** Layer normalization over the last dimension, as {@code torch.nn.LayerNorm}. */
    public static NDArray layerNorm(NDArray x, NDArray weight, NDArray bias, float eps) {
        NDArray mean = x.mean(new int[] { -1 }, true);
        NDArray centered = x.sub(mean);
        NDArray variance = centered.square().mean(new int[] { -1 }, true);
        return centered.div(variance.add(eps).sqrt()).mul(weight).add(bias);
    }

    /** A 2-D convolution with a weight of {@code [out, in, kh, kw]}, as {@code torch.nn.Conv2d}. */
    public static NDArray conv2d(NDArray x, NDArray weight, NDArray bias, int stride, int padding) {
        return Conv2d.conv2d(x, weight, bias, new Shape(stride, stride), new Shape(padding, padding), new Shape(1, 1), 1)
                .singletonOrThrow();
    }

    /** {@code x · sigmoid(x)} (SiLU, swish). */
    public static NDArray silu(NDArray x) {
        return x.mul(Activation.sigmoid(x));
    }

    /** The exact GELU {@code x · Φ(x)}, with the error function (not the tanh approximation). */
    public static NDArray gelu(NDArray x) {
        return x.mul(x.mul((float) (1 / Math.sqrt(2))).erf().add(1f)).mul(0.5f);
    }

    /** Nearest-neighbour upsampling by 2 of {@code [N, C, H, W]}. */
    public static NDArray upsample2(NDArray x) {
        return x.repeat(2, 2).repeat(3, 2);
    }

    /** CLIP's activation {@code x · sigmoid(1.702 x)}. */
    public static NDArray quickGelu(NDArray x) {
        return x.mul(Activation.sigmoid(x.mul(1.702f)));
    }

    /** {@code [B, T, C]} to {@code [B * heads, T, C / heads]}. */
    private static NDArray splitHeads(NDArray x, int heads) {
        Shape s = x.getShape();
        long dim = s.get(2) / heads;
        return x.reshape(s.get(0), s.get(1), heads, dim).transpose(0, 2, 1, 3).reshape(s.get(0) * heads, s.get(1), dim);
    }
}
