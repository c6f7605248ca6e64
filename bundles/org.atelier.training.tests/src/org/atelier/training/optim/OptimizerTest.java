package org.atelier.training.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atelier.runtime.Compute;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/** The optimizers' steps against their formulas, on the quadratic {@code ½‖w - c‖²} whose gradient is {@code w - c}. */
class OptimizerTest {

    private static final float[] TARGET = { 3f, -2f, 0.5f };

    /** Sets the gradient of ½‖w - c‖² on {@code w}. */
    private static void gradient(NDManager manager, Parameter p) throws Exception {
        try (GradientCollector collector = Compute.engine().newGradientCollector(); NDManager scope = manager.newSubManager()) {
            NDArray c = scope.create(TARGET);
            NDArray loss = p.value().sub(c).square().sum().div(scope.create(2f));
            collector.backward(loss);
        }
    }

    private static Parameter parameter(NDManager manager, float... values) {
        NDArray w = manager.create(values);
        w.setRequiresGradient(true);
        return new Parameter("w", w);
    }

    /** An optimizer of each kind: Adafactor with a first moment and weight decay, so that all its state is there. */
    private static Optimizer optimizer(Optimizer.Kind kind, NDManager manager) {
        return kind == Optimizer.Kind.ADAFACTOR ? new Optimizer(new Adafactor.Settings(true, true, false, 1, -0.8, 1e-30, 1e-3, 0.9, 0.01), manager)
                : new Optimizer(kind, 0.01, 0.9, 0.99, manager);
    }

    private static void step(NDManager manager, Optimizer optimizer, Parameter p, double lr) throws Exception {
        gradient(manager, p);
        optimizer.step(List.of(p), lr);
        Optimizer.zeroGradients(List.of(p));
    }

    @Test
    void adamWsFirstStepIsTheDecayThenTheSignOfTheGradient() throws Exception {
        try (NDManager manager = Compute.engine().newBaseManager()) {
            Parameter p = parameter(manager, 1f, 1f, 1f);
            step(manager, new Optimizer(Optimizer.Kind.ADAMW, 0.1, 0.9, 0.999, manager), p, 0.01);
            // w - lr·wd·w, then m̂/sqrt(v̂) = g/|g|: one learning rate against the gradient's sign
            float decayed = 1f - 0.01f * 0.1f;
            assertArrayEquals(new float[] { decayed + 0.01f, decayed - 0.01f, decayed - 0.01f }, p.value().toFloatArray(), 1e-6f);
        }
    }

    @Test
    void lionAndSgdStepAsTheirFormulasSay() throws Exception {
        try (NDManager manager = Compute.engine().newBaseManager()) {
            Parameter lion = parameter(manager, 0f, 0f, 0f);
            step(manager, new Optimizer(Optimizer.Kind.LION, 0, 0.9, 0.99, manager), lion, 0.1);
            assertArrayEquals(new float[] { 0.1f, -0.1f, 0.1f }, lion.value().toFloatArray(), 1e-6f, "sign of the gradient");

            Parameter sgd = parameter(manager, 0f, 0f, 0f);
            Optimizer optimizer = new Optimizer(Optimizer.Kind.SGD, 0, 0.5, 0, manager);
            step(manager, optimizer, sgd, 0.1); // b = g = w - c = -c; w = 0.1·c
            step(manager, optimizer, sgd, 0.1); // g = 0.1c - c = -0.9c; b = 0.5·(-c) - 0.9c = -1.4c; w = 0.1c + 0.14c
            assertArrayEquals(new float[] { 0.24f * 3, 0.24f * -2, 0.24f * 0.5f }, sgd.value().toFloatArray(), 1e-5f);
        }
    }

    @Test
    void prodigyStartsTinyThenFindsItsStepSizeAndConverges() throws Exception {
        try (NDManager manager = Compute.engine().newBaseManager()) {
            Parameter p = parameter(manager, 0f, 0f, 0f);
            Optimizer optimizer = new Optimizer(Optimizer.Kind.PRODIGY, 0, 0.9, 0.999, manager);
            step(manager, optimizer, p, 1);
            // nothing moved yet, so no estimate: d = d0 = 1e-6 and the step is d·(1-β1)/sqrt(1-β2) against the sign
            float first = (float) (1e-6 * 0.1 / Math.sqrt(0.001));
            assertArrayEquals(new float[] { first, -first, first }, p.value().toFloatArray(), 1e-9f);
            assertEquals(1e-6, optimizer.adaptedStepSize(), 1e-12);
            for (int i = 0; i < 300; i++) {
                step(manager, optimizer, p, 1);
            }
            assertTrue(optimizer.adaptedStepSize() > 0.1, "d grew from 1e-6 to the problem's scale: " + optimizer.adaptedStepSize());
            float[] w = p.value().toFloatArray();
            for (int i = 0; i < w.length; i++) {
                assertEquals(TARGET[i], w[i], 0.3, "w converges to c with no learning rate given: " + java.util.Arrays.toString(w));
            }
        }
    }

    @Test
    void aRestoredOptimizerContinuesExactly() throws Exception {
        for (Optimizer.Kind kind : Optimizer.Kind.values()) {
            try (NDManager manager = Compute.engine().newBaseManager()) {
                Parameter straight = parameter(manager, 0.2f, 0.1f, -0.3f);
                Optimizer through = optimizer(kind, manager);
                for (int i = 0; i < 6; i++) {
                    step(manager, through, straight, 0.05);
                }
                Parameter first = parameter(manager, 0.2f, 0.1f, -0.3f);
                Optimizer before = optimizer(kind, manager);
                for (int i = 0; i < 3; i++) {
                    step(manager, before, first, 0.05);
                }
                Map<String, float[]> saved = new HashMap<>();
                before.state().forEach((name, array) -> saved.put(name, array.toFloatArray()));
                Parameter resumed = parameter(manager, first.value().toFloatArray());
                Optimizer after = optimizer(kind, manager);
                after.restore(saved, Map.copyOf(before.numbers()), List.of(resumed));
                for (int i = 0; i < 3; i++) {
                    step(manager, after, resumed, 0.05);
                }
                assertArrayEquals(straight.value().toFloatArray(), resumed.value().toFloatArray(), 0f, kind.toString());
            }
        }
    }

    @Test
    void stateBytesAreWhatEachKindKeeps() {
        long[] attention = { 320, 768 };
        int n = 320 * 768;
        assertEquals(2L * n * 4, Optimizer.Kind.ADAMW.stateBytes(attention, 4), "AdamW: two moments");
        assertEquals(2L * n * 2, Optimizer.Kind.ADAM.stateBytes(attention, 2));
        assertEquals((long) n * 4, Optimizer.Kind.LION.stateBytes(attention, 4), "Lion: the momentum");
        assertEquals((long) n * 4, Optimizer.Kind.SGD.stateBytes(attention, 4));
        assertEquals(4L * n * 4, Optimizer.Kind.PRODIGY.stateBytes(attention, 4), "Prodigy: moments, sum and initial weights");
        assertEquals((320 + 768 + 1) * 4L, Optimizer.Kind.ADAFACTOR.stateBytes(attention, 4), "Adafactor: rows, columns, step");
        assertEquals((320 + 768 + 1 + (long) n) * 4, Optimizer.Kind.ADAFACTOR.stateBytes(attention, 4, true), "and a first moment");
        assertEquals((768 + 1) * 4L, Optimizer.Kind.ADAFACTOR.stateBytes(new long[] { 768 }, 4), "a bias: a full copy");
        assertEquals((320 * 320 * 3 * 2 + 1) * 4L, Optimizer.Kind.ADAFACTOR.stateBytes(new long[] { 320, 320, 3, 3 }, 4),
                "a 3x3 convolution: factored over its kernel's height and width, as transformers does");
        assertEquals((64 * 32 * 2 + 1) * 4L, Optimizer.Kind.ADAFACTOR.stateBytes(new long[] { 64, 32, 1, 1 }, 4),
                "a 1x1 convolution keeps twice its size");
        assertEquals(2 * 4L, Optimizer.Kind.ADAMW.stateBytes(new long[0], 4), "a scalar is one element");
        assertThrows(IllegalArgumentException.class, () -> Optimizer.Kind.ADAMW.stateBytes(new long[] { 3, -1 }, 4));
        assertThrows(IllegalArgumentException.class, () -> Optimizer.Kind.ADAMW.stateBytes(attention, 0));
        assertThrows(ArithmeticException.class, () -> Optimizer.Kind.PRODIGY.stateBytes(new long[] { 1L << 40, 1L << 20 }, 4));
    }

    @Test
    void stateBytesAddUpToTheStateEachKindSaves() throws Exception {
        long[][] shapes = { { 4, 6 }, { 5 }, { 2, 3, 4 }, { 3, 2, 1, 1 } };
        List<Optimizer> optimizers = new ArrayList<>();
        try (NDManager manager = Compute.engine().newBaseManager()) {
            for (Optimizer.Kind kind : Optimizer.Kind.values()) {
                optimizers.add(optimizer(kind, manager));
            }
            optimizers.add(new Optimizer(Adafactor.Settings.DEFAULTS, manager));
            for (Optimizer optimizer : optimizers) {
                List<Parameter> parameters = new ArrayList<>();
                long expected = 0;
                for (int i = 0; i < shapes.length; i++) {
                    NDArray w = manager.ones(new Shape(shapes[i]));
                    w.setRequiresGradient(true);
                    parameters.add(new Parameter("p" + i, w));
                    expected += optimizer.stateBytes(shapes[i], 4);
                }
                try (GradientCollector collector = Compute.engine().newGradientCollector()) {
                    NDArray loss = parameters.get(0).value().square().sum();
                    for (Parameter p : parameters.subList(1, parameters.size())) {
                        loss = loss.add(p.value().square().sum());
                    }
                    collector.backward(loss);
                }
                optimizer.step(parameters, 0.01);
                long saved = 0;
                for (NDArray array : optimizer.state().values()) {
                    saved += array.size() * 4;
                }
                assertEquals(expected, saved, optimizer.kind() + ": the arrays it saves");
            }
        }
    }

    @Test
    void theMovingAverageWarmsUpAndTradesPlacesWithTheWeights() throws Exception {
        try (NDManager manager = Compute.engine().newBaseManager()) {
            Ema ema = new Ema(0.999, manager);
            assertEquals(2.0 / 11, ema.decayAt(1), 1e-12, "warm-up: (1 + step) / (10 + step)");
            assertEquals(0.999, ema.decayAt(1_000_000), 1e-12);
            Parameter p = parameter(manager, 1f, 1f, 1f);
            ema.update(List.of(p), 1); // starts at the weights
            p.value().set(new float[] { 2f, 2f, 2f });
            ema.update(List.of(p), 2); // β = 3/12: 0.25·1 + 0.75·2
            ema.exchange(List.of(p));
            assertArrayEquals(new float[] { 1.75f, 1.75f, 1.75f }, p.value().toFloatArray(), 1e-6f);
            ema.exchange(List.of(p));
            assertArrayEquals(new float[] { 2f, 2f, 2f }, p.value().toFloatArray(), 0f, "the weights come back");
        }
    }
}
