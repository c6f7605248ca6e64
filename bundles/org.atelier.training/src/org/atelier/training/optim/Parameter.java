package org.atelier.training.optim;

import ai.djl.ndarray.NDArray;

/**
 * An array being trained: its name in checkpoints and outputs, its values (requiring gradients), and the factor
 * on the learning rate of its group (LoRA's text encoder rate relative to its UNet rate).
 */
public record Parameter(String name, NDArray value, double lrFactor) {

    public Parameter(String name, NDArray value) {
        this(name, value, 1);
    }
}
