package org.atelier.diffusion.hypernetwork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.atelier.diffusion.nn.Ops;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * One of a hypernetwork's small networks (the one for keys or for values at one width), as AUTOMATIC1111's
 * {@code HypernetworkModule} builds its {@code nn.Sequential}: for each step of the layer structure a linear layer
 * from {@code dim · ls[i]} to {@code dim · ls[i+1]}, then the activation (not after the last layer unless "activate
 * output"), then a layer norm when asked, then dropout where the dropout structure has one. Layers are numbered as
 * the sequence numbers them, activations and dropouts included: the state dict's keys are {@code linear.<n>.weight}
 * and {@code linear.<n>.bias} of the linear layers and layer norms. {@link #forward} gives what is added to the
 * input: {@code x + module(x) · strength} reaches the attention's key or value projection.
 */
public final class HypernetworkModule {

    private sealed interface Layer permits Dense, Norm, Act, Drop {
    }

    /** A linear layer or a layer norm, at its index in the sequence. */
    private record Dense(int index, NDArray weight, NDArray bias) implements Layer {
    }

    private record Norm(int index, NDArray weight, NDArray bias) implements Layer {
    }

    private record Act(UnaryOperator<NDArray> f) implements Layer {
    }

    private record Drop(float p) implements Layer {
    }

    private final List<Layer> layers;

    private HypernetworkModule(List<Layer> layers) {
        this.layers = layers;
    }

    /** A new module of {@code structure} at width {@code dim}, initialised as AUTOMATIC1111 initialises one. */
    static HypernetworkModule create(Hypernetwork.Structure structure, int dim, NDManager manager, Random random) {
        return build(structure, dim, (index, shape, norm) -> {
            long out = shape[0];
            float[] weight = new float[Math.toIntExact(norm ? out : out * shape[1])];
            if (norm) {
                // every layer norm starts as the "Normal" option's layers do, whatever the option (as AUTOMATIC1111)
                gaussian(weight, random, 0.01);
            } else {
                initialise(structure, weight, shape[1], out, random);
            }
            return new NDArray[] { manager.create(weight, norm ? new Shape(out) : new Shape(out, shape[1])),
                    manager.zeros(new Shape(out), DataType.FLOAT32) };
        });
    }

    /**
     * The module of {@code structure} at width {@code dim} with the weights of a saved state dict.
     *
     * @param state {@code linear.<n>.weight} and {@code .bias} to their arrays
     * @throws IllegalArgumentException naming the key that is missing or of the wrong shape
     */
    static HypernetworkModule load(Hypernetwork.Structure structure, int dim, Map<String, NDArray> state) {
        HypernetworkModule module = build(structure, dim, (index, shape, norm) -> {
            long[] weightShape = norm ? new long[] { shape[0] } : shape;
            return new NDArray[] { take(state, "linear." + index + ".weight", weightShape),
                    take(state, "linear." + index + ".bias", new long[] { shape[0] }) };
        });
        List<String> expected = new ArrayList<>(module.state().keySet());
        List<String> extra = state.keySet().stream().filter(k -> !expected.contains(k)).sorted().toList();
        if (!extra.isEmpty()) {
            throw new IllegalArgumentException("the keys " + extra + " are not in a module of this structure (it has "
                    + expected + ")");
        }
        return module;
    }

    private interface Arrays {
        /** The weight and bias of the layer at {@code index}: a linear layer of {@code [out, in]} or a layer norm of {@code out}. */
        NDArray[] make(int index, long[] shape, boolean norm);
    }

    private static HypernetworkModule build(Hypernetwork.Structure s, int dim, Arrays arrays) {
        List<Double> ls = s.layers();
        List<Layer> layers = new ArrayList<>();
        int index = 0;
        for (int i = 0; i < ls.size() - 1; i++) {
            long in = (long) (dim * ls.get(i));
            long out = (long) (dim * ls.get(i + 1));
            NDArray[] dense = arrays.make(index++, new long[] { out, in }, false);
            layers.add(new Dense(index - 1, dense[0], dense[1]));
            boolean last = i >= ls.size() - 2;
            if (!"linear".equals(s.activation()) && s.activation() != null && !(last && !s.activateOutput())) {
                layers.add(new Act(Activations.of(s.activation())));
                index++;
            }
            if (s.layerNorm()) {
                NDArray[] norm = arrays.make(index++, new long[] { out }, true);
                layers.add(new Norm(index - 1, norm[0], norm[1]));
            }
            double p = s.dropout().get(i + 1);
            if (p > 0) {
                layers.add(new Drop((float) p));
                index++;
            }
        }
        return new HypernetworkModule(List.copyOf(layers));
    }

    private static NDArray take(Map<String, NDArray> state, String key, long[] shape) {
        NDArray array = state.get(key);
        if (array == null) {
            throw new IllegalArgumentException("no " + key + " (its structure needs one of " + java.util.Arrays.toString(shape)
                    + ")");
        }
        if (!java.util.Arrays.equals(array.getShape().getShape(), shape)) {
            throw new IllegalArgumentException(key + " is " + array.getShape() + ", its structure needs "
                    + java.util.Arrays.toString(shape));
        }
        return array;
    }

    private static void initialise(Hypernetwork.Structure s, float[] weight, long fanIn, long fanOut, Random random) {
        // kaiming_*_ with a = 0 for relu and leaky_relu alike: gain sqrt(2); fan_in mode
        switch (s.weightInit()) {
        case "Normal" -> gaussian(weight, random, 0.01);
        case "XavierUniform" -> uniform(weight, random, Math.sqrt(6.0 / (fanIn + fanOut)));
        case "XavierNormal" -> gaussian(weight, random, Math.sqrt(2.0 / (fanIn + fanOut)));
        case "KaimingUniform" -> uniform(weight, random, Math.sqrt(2) * Math.sqrt(3.0 / fanIn));
        case "KaimingNormal" -> gaussian(weight, random, Math.sqrt(2) / Math.sqrt(fanIn));
        default -> throw new IllegalArgumentException("unknown weight initialisation '" + s.weightInit() + "' (known: "
                + String.join(", ", Hypernetwork.WEIGHT_INITS) + ")");
        }
    }

    private static void gaussian(float[] values, Random random, double std) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextGaussian() * std);
        }
    }

    private static void uniform(float[] values, Random random, double bound) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
        }
    }

    /** What the module adds to {@code x} (before the strength): {@code module(x)}; dropout only when training. */
    NDArray forward(NDArray x, boolean training) {
        NDArray h = x;
        for (Layer layer : layers) {
            if (layer instanceof Dense d) {
                h = Ops.linear(h, d.weight(), d.bias());
            } else if (layer instanceof Norm n) {
                h = Ops.layerNorm(h, n.weight(), n.bias(), 1e-5f);
            } else if (layer instanceof Act a) {
                h = a.f().apply(h);
            } else if (layer instanceof Drop drop && training) {
                h = Ops.dropout(h, drop.p());
            }
        }
        return h;
    }

    /** The arrays by their state-dict keys ({@code linear.0.weight}, ...), in the sequence's order. */
    Map<String, NDArray> state() {
        Map<String, NDArray> state = new LinkedHashMap<>();
        for (Layer layer : layers) {
            if (layer instanceof Dense d) {
                state.put("linear." + d.index() + ".weight", d.weight());
                state.put("linear." + d.index() + ".bias", d.bias());
            } else if (layer instanceof Norm n) {
                state.put("linear." + n.index() + ".weight", n.weight());
                state.put("linear." + n.index() + ".bias", n.bias());
            }
        }
        return state;
    }
}
