package org.atelier.diffusion.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;

/**
 * The operations Stable Diffusion needs that DJL does not have, made of DJL's own (so that gradients flow through
 * them): group normalization, and scaled dot-product attention that can be computed in slices to bound memory.
 */
public final class Ops {

    private Ops() {
    }

    /**
     * Runs {@code work} on {@code x} in a memory scope of its own: everything it makes on the way is freed as soon
     * as it returns, and only its result joins {@code x}'s manager. DJL frees native memory when a manager closes,
     * not when an array is no longer used, so a whole UNet pass would otherwise hold every activation (17 GB at
     * 512x512). Autograd is not affected: PyTorch keeps what the backward pass needs by itself. Other arrays the
     * work computes from ({@code also}: the timestep embedding, the text context) join the scope for its
     * duration, so that what is made from them is freed too (an operation's result belongs to its first
     * operand's manager).
     */
    public static NDArray scoped(NDArray x, java.util.function.UnaryOperator<NDArray> work, NDArray... also) {
        NDManager parent = x.getManager();
        try (NDManager scope = parent.newSubManager()) {
            java.util.Set<NDArray> attached = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (NDArray a : also) {
                if (a != null && a != x && attached.add(a)) {
                    a.tempAttach(scope);
                }
            }
            x.tempAttach(scope);
            NDArray result = work.apply(x);
            result.attach(parent);
            return result;
        }
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
        NDArray normalized = centered.div(add(variance, eps).sqrt()).reshape(shape);
        if (weight == null && bias == null) {
            return normalized;
        }
        // channels last, so that [C] weights broadcast without a reshaped copy of them
        int[] last = new int[shape.dimension()];
        int[] back = new int[shape.dimension()];
        last[0] = 0;
        for (int i = 1; i < last.length - 1; i++) {
            last[i] = i + 1;
        }
        last[last.length - 1] = 1;
        for (int i = 0; i < last.length; i++) {
            back[last[i]] = i;
        }
        NDArray channelsLast = normalized.transpose(last);
        if (weight != null) {
            channelsLast = channelsLast.mul(weight);
        }
        if (bias != null) {
            channelsLast = channelsLast.add(bias);
        }
        return channelsLast.transpose(back);
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
        return attention(q, k, v, heads, slice, mask, null);
    }

    /**
     * Attention as {@link #attention(NDArray, NDArray, NDArray, int, int, NDArray)}, its weights (the softmax of the
     * scores, {@code [B × heads, Tq, Tk]}, batch-major) passed through {@code weights} before they take the values
     * (prompt-to-prompt's attention control); with {@code weights} every row is taken at once, whatever
     * {@code slice} says, so that it sees the whole batch.
     */
    public static NDArray attention(NDArray q, NDArray k, NDArray v, int heads, int slice, NDArray mask,
            java.util.function.UnaryOperator<NDArray> weights) {
        Shape qs = q.getShape();
        long batch = qs.get(0);
        long channels = qs.get(2);
        if (channels % heads != 0) {
            throw new IllegalArgumentException(channels + " channels do not split into " + heads + " heads");
        }
        long dim = channels / heads;
        return scoped(q, query -> {
            NDArray qh = splitHeads(query, heads);
            NDArray kh = splitHeads(k, heads);
            NDArray vh = splitHeads(v, heads);
            float scale = (float) (1 / Math.sqrt(dim));
            long rows = batch * heads;
            NDArray out;
            if (weights != null) {
                NDArray scores = mul(qh.matMul(kh.transpose(0, 2, 1)), scale);
                out = weights.apply((mask == null ? scores : scores.add(mask)).softmax(-1)).matMul(vh);
            } else if (slice <= 0 || slice >= rows) {
                out = attend(qh, kh, vh, scale, mask);
            } else {
                NDList parts = new NDList();
                for (long start = 0; start < rows; start += slice) {
                    NDIndex range = new NDIndex("{}:{}", start, Math.min(rows, start + slice));
                    // each slice's scores freed before the next slice's are made
                    parts.add(scoped(qh.get(range), part -> attend(part, kh.get(range), vh.get(range), scale, mask), kh, vh,
                            mask));
                }
                out = NDArrays.concat(parts, 0);
            }
            return out.reshape(batch, heads, qs.get(1), dim).transpose(0, 2, 1, 3).reshape(batch, qs.get(1), channels);
        }, k, v, mask);
    }

    private static NDArray attend(NDArray q, NDArray k, NDArray v, float scale, NDArray mask) {
        NDArray scores = mul(q.matMul(k.transpose(0, 2, 1)), scale);
        if (mask != null) {
            scores = scores.add(mask);
        }
        return scores.softmax(-1).matMul(v);
    }

    /**
     * {@code x W^T + b}, as {@code torch.nn.Linear} with a weight of {@code [out, in]}. Like every operation here,
     * it makes nothing from the weights alone: results belong to the input's manager, so a generation's scope frees
     * them all and a model's weights gather nothing.
     */
    public static NDArray linear(NDArray x, NDArray weight, NDArray bias) {
        return Linear.linear(x, weight, bias).singletonOrThrow();
    }

    /** Layer normalization over the last dimension, as {@code torch.nn.LayerNorm}. */
    public static NDArray layerNorm(NDArray x, NDArray weight, NDArray bias, float eps) {
        NDArray mean = x.mean(new int[] { -1 }, true);
        NDArray centered = x.sub(mean);
        NDArray variance = centered.square().mean(new int[] { -1 }, true);
        return centered.div(add(variance, eps).sqrt()).mul(weight).add(bias);
    }

    /** The channels of a block of oneDNN's blocked layouts: 16 floats (an AVX-512 register; two of AVX2's 8). */
    private static final long CHANNEL_BLOCK = 16;

    /**
     * A 2-D convolution with a weight of {@code [out, in, kh, kw]}, as {@code torch.nn.Conv2d}. Its input and output
     * channels are made whole blocks of 16 with zero channels and weights, which change neither the result nor the
     * gradients: on the CPU PyTorch (2.7.1, oneDNN 3.7.1) convolves in layouts of blocks of channels, and on some
     * AVX2 and AVX-512 machines its backward passes read the padding of a partial block (3, 4 or 8 output channels,
     * 20 or 24 input channels) uninitialised, so that whatever an array freed before left there (a NaN, an
     * infinity) makes the input's or the weight's gradient NaN now and then: the VAE's last convolution, to 3
     * channels, within a few steps of training. Forward passes without a gradient are padded alike, so that a
     * checkpointed block's forward pass and its recomputation convolve the same way. The cost is small: only a
     * model's first and last convolutions (3 or 4 channels) have partial blocks at real sizes. CUDA is left as it is.
     */
    public static NDArray conv2d(NDArray x, NDArray weight, NDArray bias, int stride, int padding) {
        Shape w = weight.getShape();
        long in = w.get(1);
        long out = w.get(0);
        long inExtra = Math.floorMod(-in, CHANNEL_BLOCK);
        long outExtra = Math.floorMod(-out, CHANNEL_BLOCK);
        if (inExtra == 0 && outExtra == 0 || x.getDevice().isGpu()) {
            return convolution(x, weight, bias, stride, padding);
        }
        // in a scope of its own with the weights, so that the padded copies are freed and the weights gather nothing
        return scoped(x, input -> {
            NDManager scope = input.getManager();
            NDArray paddedInput = input;
            NDArray paddedWeight = weight;
            NDArray paddedBias = bias;
            if (inExtra > 0) {
                Shape s = input.getShape();
                paddedInput = input.concat(scope.zeros(new Shape(s.get(0), inExtra, s.get(2), s.get(3)), input.getDataType()), 1);
                paddedWeight = paddedWeight.concat(scope.zeros(new Shape(out, inExtra, w.get(2), w.get(3)), weight.getDataType()), 1);
            }
            if (outExtra > 0) {
                paddedWeight = paddedWeight.concat(
                        scope.zeros(new Shape(outExtra, in + inExtra, w.get(2), w.get(3)), weight.getDataType()), 0);
                if (bias != null) {
                    paddedBias = bias.concat(scope.zeros(new Shape(outExtra), bias.getDataType()), 0);
                }
            }
            NDArray result = convolution(paddedInput, paddedWeight, paddedBias, stride, padding);
            return outExtra > 0 ? result.get(new NDIndex(":, 0:{}", out)) : result;
        }, weight, bias);
    }

    private static NDArray convolution(NDArray x, NDArray weight, NDArray bias, int stride, int padding) {
        return Conv2d.conv2d(x, weight, bias, new Shape(stride, stride), new Shape(padding, padding), new Shape(1, 1), 1)
                .singletonOrThrow();
    }

    /**
     * {@code x · value}, the number made by PyTorch. DJL's {@code mul(Number)} makes the number in memory of its own,
     * lent to PyTorch, and frees that memory as soon as the product is made; a backward pass then reads it from
     * wherever it went (gradients turn to NaN once the garbage collector has run). Every operation on a path that
     * gradients go back through multiplies, divides and adds numbers through these.
     */
    public static NDArray mul(NDArray x, float value) {
        try (NDArray number = x.getManager().full(new Shape(), value, x.getDataType())) {
            return x.mul(number);
        }
    }

    /** {@code x / value}, the number made by PyTorch (see {@link #mul(NDArray, float)}). */
    public static NDArray div(NDArray x, float value) {
        return mul(x, 1 / value);
    }

    /** {@code x + value}, the number made by PyTorch (see {@link #mul(NDArray, float)}). */
    public static NDArray add(NDArray x, float value) {
        try (NDArray number = x.getManager().full(new Shape(), value, x.getDataType())) {
            return x.add(number);
        }
    }

    /** Inverted dropout: each element kept with probability {@code 1 - p} and scaled by {@code 1 / (1 - p)}. */
    public static NDArray dropout(NDArray x, float p) {
        NDArray keep = x.getManager().randomUniform(0f, 1f, x.getShape()).gte(p).toType(x.getDataType(), false);
        return div(x.mul(keep), 1 - p);
    }

    /** {@code x · sigmoid(x)} (SiLU, swish). */
    public static NDArray silu(NDArray x) {
        return x.mul(Activation.sigmoid(x));
    }

    /** The exact GELU {@code x · Φ(x)}, with the error function (not the tanh approximation). */
    public static NDArray gelu(NDArray x) {
        return mul(x.mul(add(mul(x, (float) (1 / Math.sqrt(2))).erf(), 1f)), 0.5f);
    }

    /** Nearest-neighbour upsampling by 2 of {@code [N, C, H, W]}. */
    public static NDArray upsample2(NDArray x) {
        return x.repeat(2, 2).repeat(3, 2);
    }

    /**
     * Nearest-neighbour resizing of {@code [N, C, H, W]} to {@code height x width}, picking source row
     * {@code floor(i · H / height)} as {@code torch.nn.functional.interpolate(mode="nearest")} does.
     */
    public static NDArray resizeNearest(NDArray x, long height, long width) {
        Shape s = x.getShape();
        NDArray out = x;
        if (s.get(2) != height) {
            out = pick(out, 2, s.get(2), height, new Shape(s.get(0), s.get(1), height, s.get(3)));
        }
        if (s.get(3) != width) {
            out = pick(out, 3, s.get(3), width, new Shape(s.get(0), s.get(1), height, width));
        }
        return out;
    }

    private static NDArray pick(NDArray x, int axis, long from, long to, Shape shape) {
        long[] rows = new long[(int) to];
        for (int i = 0; i < to; i++) {
            rows[i] = (long) Math.floor(i * (double) from / to);
        }
        long[] along = { 1, 1, 1, 1 };
        along[axis] = to;
        // the index copied into PyTorch's memory: a backward pass of the gather reads it (see mul)
        try (NDArray raw = x.getManager().create(rows)) {
            NDArray index = raw.reshape(along).broadcast(shape).duplicate();
            return x.gather(index, axis);
        }
    }

    /** CLIP's activation {@code x · sigmoid(1.702 x)}. */
    public static NDArray quickGelu(NDArray x) {
        return x.mul(Activation.sigmoid(mul(x, 1.702f)));
    }

    /** {@code [B, T, C]} to {@code [B * heads, T, C / heads]}. */
    private static NDArray splitHeads(NDArray x, int heads) {
        Shape s = x.getShape();
        long dim = s.get(2) / heads;
        return x.reshape(s.get(0), s.get(1), heads, dim).transpose(0, 2, 1, 3).reshape(s.get(0) * heads, s.get(1), dim);
    }
}
