package org.atelier.diffusion.nn;

import java.io.IOException;

import ai.djl.ndarray.NDArray;

/**
 * A linear layer of a model, or a convolution (SD 1.x's 1x1 transformer projections, the UNet's residual blocks
 * and samplers): its weight and bias as the checkpoint holds them under {@link #key()}, its stride and padding,
 * the {@link InputTransform}s its input goes through first (a hypernetwork's), and the {@link Adapter}s whose outputs
 * are added to the layer's (a LoRA module trained or applied on the fly).
 */
public final class Linear {

    /** What is added to a layer's output, computed from the layer's input. */
    public interface Adapter {
        NDArray forward(NDArray x);
    }

    /** What the layer's input becomes before the layer (and its adapters) read it: a hypernetwork's {@code x + h(x)}. */
    public interface InputTransform {
        NDArray apply(NDArray x);
    }

    private final String key;
    private final NDArray weight;
    private final NDArray bias;
    private final int stride;
    private final int padding;
    private final java.util.List<Adapter> adapters = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.List<InputTransform> transforms = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The layer {@code name} ({@code name.weight}, and {@code name.bias} when the file has one) of {@code w}. */
    public Linear(Weights w, String name) throws IOException {
        this(w.key(name), w.get(name + ".weight"), w.optional(name + ".bias"));
    }

    public Linear(String key, NDArray weight, NDArray bias) {
        this(key, weight, bias, 1, 0);
    }

    /** A convolution of the given stride and padding (a linear layer ignores them). */
    public Linear(String key, NDArray weight, NDArray bias, int stride, int padding) {
        this.key = key;
        this.weight = weight;
        this.bias = bias;
        this.stride = stride;
        this.padding = padding;
    }

    public int stride() {
        return stride;
    }

    public int padding() {
        return padding;
    }

    /** The kernel's side: 1 for linear layers and 1x1 convolutions. */
    public int kernel() {
        return isConvolution() ? (int) weight.getShape().get(2) : 1;
    }

    /** The checkpoint's name of the layer, without {@code .weight}. */
    public String key() {
        return key;
    }

    public NDArray weight() {
        return weight;
    }

    /** True for a convolution, which takes {@code [B, C, H, W]}. */
    public boolean isConvolution() {
        return weight.getShape().dimension() == 4;
    }

    public long inFeatures() {
        return weight.getShape().get(1);
    }

    public long outFeatures() {
        return weight.getShape().get(0);
    }

    /** Adds {@code adapter}'s output to the layer's from now on (after those added before). */
    public void addAdapter(Adapter adapter) {
        adapters.add(adapter);
    }

    /** Stops adding {@code adapter}'s output; the layer computes as it did before it was added. */
    public void removeAdapter(Adapter adapter) {
        adapters.remove(adapter);
    }

    /** Transforms the layer's input from now on (after those added before: each reads the one before's result). */
    public void addInputTransform(InputTransform transform) {
        transforms.add(transform);
    }

    public void removeInputTransform(InputTransform transform) {
        transforms.remove(transform);
    }

    public NDArray forward(NDArray x) {
        for (InputTransform transform : transforms) {
            x = transform.apply(x);
        }
        NDArray y = isConvolution() ? Ops.conv2d(x, weight, bias, stride, padding) : Ops.linear(x, weight, bias);
        for (Adapter adapter : adapters) {
            y = y.add(adapter.forward(x));
        }
        return y;
    }
}
