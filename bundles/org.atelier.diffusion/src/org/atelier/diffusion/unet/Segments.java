package org.atelier.diffusion.unet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.diffusion.nn.Weights;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * The segments a UNet pass runs ({@link Runner}) by the keys of their weights: each part of a block (a residual
 * block, a transformer, a down- or upsampler, the first convolution) and the output layer is one, and its weights are
 * those under its key, used by no other segment. What a fused back pass steps after each segment's backward pass, and
 * what a memory estimate counts as one segment's gradients.
 */
public final class Segments {

    /** The key of a part of a block, or of the output layer, that a weight's key under the UNet starts with. */
    private static final Pattern SEGMENT = Pattern
            .compile("^(input_blocks\\.\\d+\\.\\d+\\.|middle_block\\.\\d+\\.|output_blocks\\.\\d+\\.\\d+\\.|out\\.)");

    private Segments() {
    }

    /**
     * The segment a weight of the UNet belongs to, by its key under the UNet ({@code input_blocks.1.1.proj_in.weight}):
     * the key of its block's part ({@code input_blocks.1.1.}), or {@code out.} for the output layer; null for the
     * weights that compute before the blocks (the time embedding, SDXL's label embedding), to whose gradients every
     * segment's backward pass adds.
     */
    public static String of(String key) {
        Matcher m = SEGMENT.matcher(key);
        return m.find() ? m.group(1) : null;
    }

    /** The arrays {@code w} has read so far whose keys under it belong to {@code segment}. */
    static List<NDArray> weights(Weights w, String segment) {
        List<NDArray> weights = new ArrayList<>();
        for (ModelWeights.Tensor t : w.read().tensors().values()) {
            if (t.key().startsWith(w.prefix()) && segment.equals(of(t.key().substring(w.prefix().length())))) {
                weights.addAll(t.parts());
            }
        }
        return List.copyOf(weights);
    }

    /** A segment of {@code weights}, computing as {@code body}. */
    static Runner.Segment of(List<NDArray> weights, Runner.Segment body) {
        return new Runner.Segment() {
            @Override
            public NDArray forward(NDList inputs, NDArray emb, NDArray context) {
                return body.forward(inputs, emb, context);
            }

            @Override
            public List<NDArray> weights() {
                return weights;
            }
        };
    }
}
