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

    /**
     * The parameters of a checkpoint tensor the model holds in parts (OpenCLIP's fused {@code in_proj} as q, k, v):
     * one per part, named by the tensor's key ({@code #i} after it where there are several).
     */
    public static java.util.List<Parameter> of(org.atelier.diffusion.nn.ModelWeights.Tensor tensor, double lrFactor,
            long untilStep) {
        java.util.List<Parameter> parts = new java.util.ArrayList<>();
        for (int i = 0; i < tensor.parts().size(); i++) {
            String name = tensor.parts().size() == 1 ? tensor.key() : tensor.key() + "#" + i;
            parts.add(new Parameter(name, tensor.parts().get(i), lrFactor, untilStep));
        }
        return parts;
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
