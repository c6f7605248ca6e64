package org.atelier.runtime;

import java.util.Arrays;
import java.util.Locale;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * A small computation with a known result, forward and backward: whether the engine really computes here (an
 * engine that failed to load would throw on the first operation, or worse, compute nothing).
 */
public final class SelfCheck {

    private SelfCheck() {
    }

    /**
     * A matrix product and a gradient on the CPU, checked against their values worked by hand.
     *
     * @return what was checked and how long it took
     * @throws ComputeException when the engine does not start or computes a wrong value
     */
    public static String run() throws ComputeException {
        long start = System.nanoTime();
        Engine engine = Compute.engine();
        float[] product;
        float[] gradient;
        try (NDManager manager = engine.newBaseManager(Compute.device())) {
            NDArray a = manager.create(new float[] { 1, 2, 3, 4 }, new Shape(2, 2));
            NDArray b = manager.create(new float[] { 5, 6, 7, 8 }, new Shape(2, 2));
            product = a.matMul(b).toFloatArray();
            NDArray x = manager.create(new float[] { 1, -2, 3 });
            x.setRequiresGradient(true);
            try (GradientCollector collector = engine.newGradientCollector()) {
                collector.backward(x.mul(x).sum());
            }
            gradient = x.getGradient().toFloatArray();
        } catch (RuntimeException e) {
            throw new ComputeException("the engine failed a small computation: " + e.getMessage(), e);
        }
        expect("matrix product", new float[] { 19, 22, 43, 50 }, product);
        expect("gradient of sum(x²)", new float[] { 2, -4, 6 }, gradient);
        return String.format(Locale.ROOT, "a matrix product and a gradient computed right (%.0f ms)",
                (System.nanoTime() - start) / 1e6);
    }

    private static void expect(String what, float[] expected, float[] actual) throws ComputeException {
        if (!Arrays.equals(expected, actual)) {
            throw new ComputeException("the engine computed a wrong " + what + ": " + Arrays.toString(actual)
                    + " instead of " + Arrays.toString(expected));
        }
    }
}
