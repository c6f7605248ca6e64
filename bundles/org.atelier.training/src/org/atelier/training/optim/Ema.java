package org.atelier.training.optim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * An exponential moving average of the trained parameters, {@code a = β·a + (1-β)·p} after each optimizer step, with
 * the warm-up of the decay that OneTrainer and diffusers' {@code EMAModel} use, {@code β = min(decay, (1 + step) /
 * (10 + step))}, so the first steps are not buried under the initial weights. Samples and the result are made with
 * the averages ({@link #exchange}); the validation loss follows the trained weights.
 */
public final class Ema {

    private final double decay;
    private final NDManager manager;
    private final Map<String, NDArray> averages = new HashMap<>();

    public Ema(double decay, NDManager manager) {
        this.decay = decay;
        this.manager = manager;
    }

    /** The decay at optimizer step {@code step} (counted from 1). */
    public double decayAt(long step) {
        return Math.min(decay, (1.0 + step) / (10.0 + step));
    }

    /** Moves the averages towards the parameters after optimizer step {@code step}. */
    public void update(List<Parameter> parameters, long step) {
        float beta = (float) decayAt(step);
        for (Parameter p : parameters) {
            NDArray average = average(p);
            try (NDManager scope = manager.newSubManager()) {
                scope.tempAttachAll(average, p.value());
                average.muli(beta).addi(p.value().mul(1 - beta));
            }
        }
    }

    private NDArray average(Parameter p) {
        return averages.computeIfAbsent(p.name(), k -> p.copy(manager));
    }

    /** Swaps the parameters' values with their averages: once to use the averages, once more to go back. */
    public void exchange(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            NDArray average = average(p);
            averages.put(p.name(), p.copy(manager));
            p.value().set(average.toByteBuffer());
            average.close();
        }
    }

    /** The averages by parameter name, for checkpoints. */
    public Map<String, NDArray> state() {
        return Map.copyOf(averages);
    }

    /** Restores averages that {@link #state()} gave. */
    public void restore(Map<String, float[]> state, List<Parameter> parameters) {
        for (Parameter p : parameters) {
            float[] values = state.get(p.name());
            if (values != null) {
                average(p).set(values);
            }
        }
    }
}
