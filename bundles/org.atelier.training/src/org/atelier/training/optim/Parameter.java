package org.atelier.training.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * An array being trained: its name in checkpoints and outputs, its values (requiring gradients), and the factor
 * on the learning rate of its group (LoRA's text encoder rate relative to its UNet rate).
 */
public record Parameter(String name, NDArray value, double lrFactor) {

    public Parameter(String name, NDArray value) {
        this(name, value, 1);
    }

    /** A copy of the values in {@code manager}, outside autograd (the optimizer's and the average's own arrays). */
    public NDArray copy(NDManager manager) {
        NDArray copy = manager.zeros(value.getShape());
        copy.set(value.toByteBuffer());
        return copy;
    }
}
