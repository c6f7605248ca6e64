package org.atelier.diffusion.nn;

import java.io.IOException;

import ai.djl.ndarray.NDArray;

/**
 * A linear layer of a model, or a 1x1 convolution used as one (SD 1.x's transformer projections): its weight and
 * bias as the checkpoint holds them under {@link #key()}, and an optional {@link Adapter} whose output is added to
 * the layer's (a LoRA module trained or applied on the fly).
 */
public final class Linear {

    /** What is added to a layer's output, computed from the layer's input. */
    public interface Adapter {
        NDArray forward(NDArray x);
    }

    private final String key;
    private final NDArray weight;
    private final NDArray bias;
    private Adapter adapter;

    /** The layer {@code name} ({@code name.weight}, and {@code name.bias} when the file has one) of {@code w}. */
    public Linear(Weights w, String name) throws IOException {
        this(w.key(name), w.get(name + ".weight"), w.optional(name + ".bias"));
    }

    public Linear(String key, NDArray weight, NDArray bias) {
        this.key = key;
        this.weight = weight;
        this.bias = bias;
    }

    /** The checkpoint's name of the layer, without {@code .weight}. */
    public String key() {
        return key;
    }

    public NDArray weight() {
        return weight;
    }

    /** True for a 1x1 convolution, which takes {@code [B, C, H, W]}. */
    public boolean isConvolution() {
        return weight.getShape().dimension() == 4;
    }

    public long inFeatures() {
        return weight.getShape().get(1);
    }

    public long outFeatures() {
        return weight.getShape().get(0);
    }

    public void setAdapter(Adapter adapter) {
        this.adapter = adapter;
    }

    public Adapter adapter() {
        return adapter;
    }

    public NDArray forward(NDArray x) {
        NDArray y = isConvolution() ? Ops.conv2d(x, weight, bias, 1, 0) : Ops.linear(x, weight, bias);
        return adapter == null ? y : y.add(adapter.forward(x));
    }
}
