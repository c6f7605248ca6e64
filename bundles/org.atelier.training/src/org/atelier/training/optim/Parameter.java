package org.atelier.training.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * An array being trained: its name in checkpoints and outputs, its values (requiring gradients), the factor on the
 * learning rate of its group (LoRA's text encoder rate relative to its UNet rate), and the step it trains until
 * (a text encoder trained for the first steps only; {@link Long#MAX_VALUE} for the whole run).
 */
public record Parameter(String name, NDArray value, double lrFactor, long untilStep) {

    public Parameter(String name, NDArray value, double lrFactor) {
        this(name, value, lrFactor, Long.MAX_VALUE);
    }

    public Parameter(String name, NDArray value) {
        this(name, value, 1);
    }

    /** Whether the parameter trains at {@code step} (counted from 0). */
    public boolean trainsAt(long step) {
        return step < untilStep;
    }

    /** A copy of the values in {@code manager}, outside autograd (the optimizer's and the average's own arrays). */
    public NDArray copy(NDManager manager) {
        NDArray copy = manager.zeros(value.getShape());
        copy.set(value.toByteBuffer());
        return copy;
    }
}
