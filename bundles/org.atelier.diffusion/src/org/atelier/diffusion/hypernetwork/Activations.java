package org.atelier.diffusion.hypernetwork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.atelier.diffusion.nn.Ops;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * The activations a hypernetwork names, as AUTOMATIC1111 builds them: its own list ({@code linear}, {@code relu},
 * {@code leakyrelu}, {@code elu}, {@code swish}, {@code tanh}, {@code sigmoid}; {@code swish} is PyTorch's
 * {@code Hardswish} there) and the element-wise ones of {@code torch.nn} by their lowercase class names, each with
 * PyTorch's default arguments (not PReLU, whose slope is a weight, nor the softmaxes, which are not element-wise). Scalars go to PyTorch as arguments or through {@link Ops}, never as Java numbers a
 * backward pass would read after they are gone.
 */
public final class Activations {

    private static final Map<String, UnaryOperator<NDArray>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("linear", x -> x);
        ALL.put("relu", Activation::relu);
        ALL.put("leakyrelu", x -> Activation.leakyRelu(x, 0.01f));
        ALL.put("elu", x -> Activation.elu(x, 1f));
        ALL.put("swish", Activations::hardswish);
        ALL.put("tanh", Activation::tanh);
        ALL.put("sigmoid", Activation::sigmoid);
        ALL.put("gelu", Ops::gelu);
        ALL.put("silu", Ops::silu);
        ALL.put("mish", x -> x.mul(Activation.softPlus(x).tanh()));
        ALL.put("hardswish", Activations::hardswish);
        ALL.put("hardsigmoid", x -> Ops.add(Ops.div(x, 6f), 0.5f).clip(0, 1));
        ALL.put("hardtanh", x -> x.clip(-1, 1));
        ALL.put("relu6", x -> x.clip(0, 6));
        ALL.put("selu", Activation::selu);
        ALL.put("celu", x -> Activation.elu(x, 1f));
        ALL.put("softplus", Activation::softPlus);
        ALL.put("softsign", x -> x.div(Ops.add(x.abs(), 1f)));
        ALL.put("logsigmoid", x -> Activation.softPlus(x.neg()).neg());
        ALL.put("tanhshrink", x -> x.sub(x.tanh()));
        ALL.put("hardshrink", x -> x.mul(x.abs().gt(0.5f).toType(x.getDataType(), false)));
        ALL.put("softshrink", x -> x.sub(x.clip(-0.5f, 0.5f)));
        // RReLU as it computes outside training: the mean of its slopes' range, (1/8 + 1/3) / 2
        ALL.put("rrelu", x -> Activation.leakyRelu(x, (float) ((1.0 / 8 + 1.0 / 3) / 2)));
    }

    private Activations() {
    }

    /** The names known, in AUTOMATIC1111's order first. */
    public static Set<String> names() {
        return java.util.Collections.unmodifiableSet(ALL.keySet());
    }

    /** True for a name this reads ({@code null} and {@code "linear"}: none). */
    public static boolean isKnown(String name) {
        return name == null || ALL.containsKey(name);
    }

    /**
     * The activation of {@code name}.
     *
     * @throws IllegalArgumentException for a name not in {@link #names()}
     */
    public static UnaryOperator<NDArray> of(String name) {
        UnaryOperator<NDArray> f = ALL.get(name == null ? "linear" : name);
        if (f == null) {
            throw new IllegalArgumentException("unknown activation '" + name + "' (known: " + String.join(", ", ALL.keySet())
                    + ")");
        }
        return f;
    }

    /** {@code x · relu6(x + 3) / 6}, PyTorch's Hardswish. */
    private static NDArray hardswish(NDArray x) {
        return x.mul(Ops.div(Ops.add(x, 3f).clip(0, 6), 6f));
    }
}
