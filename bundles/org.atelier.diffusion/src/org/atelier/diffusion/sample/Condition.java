package org.atelier.diffusion.sample;

import ai.djl.ndarray.NDArray;

/**
 * What the UNet is conditioned on for one prompt: the text {@code context} ({@code [1, T, contextDim]}) and, for
 * SDXL, the {@code vector} of the pooled text and the size conditioning ({@code [1, vectorDim]}; null otherwise).
 */
public record Condition(NDArray context, NDArray vector) {

    public Condition(NDArray context) {
        this(context, null);
    }
}
