package org.atelier.diffusion.unet;

import ai.djl.ndarray.NDArray;

/**
 * Sees, and may change, the attention weights of every transformer of a UNet pass ({@link UNet#setAttentionControl}),
 * as prompt-to-prompt's attention controllers do: the self-attention's and the cross-attention's on the text, each the
 * softmax of its scores, {@code [B × heads, positions, keys]} with the batch's rows first.
 */
public interface AttentionControl {

    /**
     * The weights the layer goes on with.
     *
     * @param weights the layer's attention weights, {@code [B × heads, positions, keys]}
     * @param cross   true for the cross-attention on the text (keys: its tokens), false for the self-attention
     * @param heads   how many heads each batch row has
     */
    NDArray control(NDArray weights, boolean cross, int heads);

    /**
     * Whether {@link #control} would change a layer's weights in the pass to come; a layer it would not change
     * computes its attention as without control (sliced, when asked).
     *
     * @param cross     true for a cross-attention layer
     * @param positions the layer's query positions
     */
    default boolean controls(boolean cross, long positions) {
        return true;
    }
}
