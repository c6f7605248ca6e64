package org.atelier.training.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.atelier.runtime.Compute;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * Adafactor against transformers' formula worked out here in doubles, on parameters of 1, 2 and 3 dimensions whose
 * gradients are chosen (the loss {@code Σ p·G} has the gradient {@code G}), over several steps.
 */
class AdafactorTest {

    /** transformers' Adafactor step, on one parameter, in doubles: written from the formula, sharing no code. */
    private static final class Reference {

        final Adafactor.Settings s;
        final long[] shape;
        final double[] w;
        final float[] initial;
        final double lrFactor;
        double[] row;
        double[] col;
        double[] v;
        double[] m;
        long t;
        double lastStepSize;
        boolean clipped;

        Reference(Adafactor.Settings s, long[] shape, float[] initial, double lrFactor) {
            this.s = s;
            this.shape = shape;
            this.initial = initial.clone();
            this.w = new double[initial.length];
            for (int i = 0; i < initial.length; i++) {
                w[i] = initial[i];
            }
            this.lrFactor = lrFactor;
        }

        void step(float[] gradient, double lr) {
            int n = w.length;
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = gradient[i];
            }
            t++;
            double rmsP = rms(w);
            double rel = s.relativeStep() ? Math.min(s.warmupInit() ? 1e-6 * t : 1e-2, 1.0 / Math.sqrt(t)) : lr * lrFactor;
            double scale = s.scaleParameter() ? Math.max(s.eps2(), rmsP) : 1.0;
            double alpha = rel * scale;
            lastStepSize = s.relativeStep() ? alpha : lr * scale;
            double beta2t = 1.0 - Math.pow(t, s.decayRate());
            double[] u = new double[n];
            if (shape.length >= 2) {
                int cols = (int) shape[shape.length - 1];
                int rows = (int) shape[shape.length - 2];
                int blocks = n / (rows * cols);
                if (row == null) {
                    row = new double[blocks * rows];
                    col = new double[blocks * cols];
                }
                for (int b = 0; b < blocks; b++) {
                    for (int r = 0; r < rows; r++) {
                        double mean = 0;
                        for (int c = 0; c < cols; c++) {
                            double x = g[(b * rows + r) * cols + c];
                            mean += (x * x + s.eps1()) / cols;
                        }
                        row[b * rows + r] = beta2t * row[b * rows + r] + (1 - beta2t) * mean;
                    }
                    for (int c = 0; c < cols; c++) {
                        double mean = 0;
                        for (int r = 0; r < rows; r++) {
                            double x = g[(b * rows + r) * cols + c];
                            mean += (x * x + s.eps1()) / rows;
                        }
                        col[b * cols + c] = beta2t * col[b * cols + c] + (1 - beta2t) * mean;
                    }
                    double rowMean = 0;
                    for (int r = 0; r < rows; r++) {
                        rowMean += row[b * rows + r] / rows;
                    }
                    for (int r = 0; r < rows; r++) {
                        for (int c = 0; c < cols; c++) {
                            int i = (b * rows + r) * cols + c;
                            double approximated = row[b * rows + r] / rowMean * col[b * cols + c];
                            u[i] = g[i] / Math.sqrt(approximated);
                        }
                    }
                }
            } else {
                if (v == null) {
                    v = new double[n];
                }
                for (int i = 0; i < n; i++) {
                    v[i] = beta2t * v[i] + (1 - beta2t) * (g[i] * g[i] + s.eps1());
                    u[i] = g[i] / Math.sqrt(v[i]);
                }
            }
            double divisor = Math.max(1.0, rms(u) / s.clipThreshold());
            clipped |= divisor > 1;
            for (int i = 0; i < n; i++) {
                u[i] = u[i] / divisor * alpha;
            }
            if (s.beta1() != 0) {
                if (m == null) {
                    m = new double[n];
                }
                for (int i = 0; i < n; i++) {
                    m[i] = s.beta1() * m[i] + (1 - s.beta1()) * u[i];
                    u[i] = m[i];
                }
            }
            for (int i = 0; i < n; i++) {
                w[i] -= w[i] * s.weightDecay() * alpha;
                w[i] -= u[i];
            }
        }

        static double rms(double[] x) {
            double sum = 0;
            for (double e : x) {
                sum += e * e;
            }
            return Math.sqrt(sum / x.length);
        }
    }

    private static final long[][] SHAPES = { { 4, 6 }, { 5 }, { 2, 3, 4 } };

    private static Parameter parameter(NDManager manager, String name, long[] shape, float[] values, double lrFactor) {
        NDArray w = manager.create(values, new Shape(shape));
        w.setRequiresGradient(true);
        return new Parameter(name, w, lrFactor);
    }

    private static float[] random(Random random, int n, double scale) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (random.nextGaussian() * scale);
        }
        return values;
    }

    /** Gradients of different sizes by row and column, so that the factored moment differs from the full one. */
    private static float[] gradient(Random random, long[] shape) {
        int n = (int) new Shape(shape).size();
        float[] g = random(random, n, 1);
        int cols = (int) shape[shape.length - 1];
        for (int i = 0; i < n; i++) {
            g[i] *= (float) (0.1 + (i % cols) + 3 * ((i / cols) % 2));
        }
        return g;
    }

    /** Sets each parameter's gradient to the given values: the gradient of {@code Σ p·G}. */
    private static void setGradients(NDManager manager, List<Parameter> parameters, List<float[]> gradients) throws Exception {
        try (GradientCollector collector = Compute.engine().newGradientCollector(); NDManager scope = manager.newSubManager()) {
            NDArray loss = null;
            for (int i = 0; i < parameters.size(); i++) {
                Parameter p = parameters.get(i);
                NDArray term = p.value().mul(scope.create(gradients.get(i), p.value().getShape())).sum();
                loss = loss == null ? term : loss.add(term);
            }
            collector.backward(loss);
        }
    }

    /** A run of {@code steps} steps on the three shapes, checked against the reference after each; returns the references. */
    private static List<Reference> compare(Adafactor.Settings settings, double lr, double lrFactor, int steps) throws Exception {
        List<Reference> references = new ArrayList<>();
        try (NDManager manager = Compute.engine().newBaseManager()) {
            Random random = new Random(7);
            List<Parameter> parameters = new ArrayList<>();
            for (int i = 0; i < SHAPES.length; i++) {
                float[] initial = random(random, (int) new Shape(SHAPES[i]).size(), 0.5);
                parameters.add(parameter(manager, "p" + i, SHAPES[i], initial, lrFactor));
                references.add(new Reference(settings, SHAPES[i], initial, lrFactor));
            }
            Optimizer optimizer = new Optimizer(settings, manager);
            for (int step = 1; step <= steps; step++) {
                List<float[]> gradients = new ArrayList<>();
                for (long[] shape : SHAPES) {
                    gradients.add(gradient(random, shape));
                }
                setGradients(manager, parameters, gradients);
                optimizer.step(parameters, lr);
                Optimizer.zeroGradients(parameters);
                for (int i = 0; i < SHAPES.length; i++) {
                    references.get(i).step(gradients.get(i), lr);
                    assertClose(references.get(i).w, parameters.get(i).value().toFloatArray(), settings + ", step " + step + ", p" + i);
                }
                assertEquals(references.get(0).lastStepSize, optimizer.adaptedStepSize(), 1e-6 * references.get(0).lastStepSize,
                        "the step size reported is the first parameter's, step " + step);
            }
        }
        return references;
    }

    /** How far the reference's weights moved from where they started, as a root mean square. */
    private static double moved(Reference r) {
        double[] difference = new double[r.w.length];
        for (int i = 0; i < r.w.length; i++) {
            difference[i] = r.w[i] - r.initial[i];
        }
        return Reference.rms(difference);
    }

    private static void assertClose(double[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-6 * Math.max(1, Math.abs(expected[i])), what + " [" + i + "]");
        }
    }

    @Test
    void kohyasDefaultsRelativeStepScaledByTheParameter() throws Exception {
        List<Reference> run = compare(Adafactor.Settings.DEFAULTS, 123.0, 0.25, 6);
        // the learning rate and the factor given are ignored: step 1's size is 1e-2 times the parameter's RMS
        Reference first = run.get(0);
        assertTrue(first.lastStepSize > 1e-4 && first.lastStepSize < 1e-2, "relative step times RMS: " + first.lastStepSize);
    }

    @Test
    void warmUpInitRisesFromOneMillionthPerStep() throws Exception {
        Adafactor.Settings warmup = new Adafactor.Settings(true, false, true, 1.0, -0.8, 1e-30, 1e-3, 0, 0);
        List<Reference> run = compare(warmup, 1, 1, 20);
        assertEquals(2e-5, run.get(0).lastStepSize, 1e-18, "min(1e-6·t, 1/sqrt(t)) at t = 20, unscaled");
        // steps of 1e-6 to 2e-5 times updates of a root mean square up to 1: a move ten times what the comparison allows
        assertTrue(moved(run.get(1)) > 1e-5, "the 1-D parameter moved by the warm-up's steps: " + moved(run.get(1)));
    }

    @Test
    void withoutRelativeStepTheLearningRateAndItsFactorApply() throws Exception {
        Adafactor.Settings external = new Adafactor.Settings(false, false, false, 1.0, -0.8, 1e-30, 1e-3, 0, 0);
        List<Reference> run = compare(external, 3e-3, 0.5, 5);
        assertEquals(3e-3, run.get(0).lastStepSize, 1e-15, "reported without the parameter's factor");
        Adafactor.Settings scaled = new Adafactor.Settings(false, true, false, 1.0, -0.8, 1e-30, 1e-3, 0, 0);
        compare(scaled, 3e-3, 0.5, 5);
    }

    @Test
    void clippingFirstMomentWeightDecayAndAnotherDecayRate() throws Exception {
        Adafactor.Settings all = new Adafactor.Settings(false, true, false, 0.5, -0.5, 1e-20, 1e-2, 0.9, 0.1);
        List<Reference> run = compare(all, 0.05, 1, 6);
        assertTrue(run.stream().allMatch(r -> r.clipped), "the updates were clipped on every shape");
        Adafactor.Settings relative = new Adafactor.Settings(true, true, false, 0.5, -0.8, 1e-30, 1e-3, 0.8, 0.01);
        compare(relative, 1, 1, 6);
    }

    @Test
    void theFactoredMomentIsNotTheFullOne() throws Exception {
        // the same 2-D gradients, stepped as a 4x6 matrix and as 24 values: different second moments, different weights
        Adafactor.Settings external = new Adafactor.Settings(false, false, false, 1e9, -0.8, 1e-30, 1e-3, 0, 0);
        Random random = new Random(3);
        float[] initial = random(random, 24, 0.5);
        Reference matrix = new Reference(external, new long[] { 4, 6 }, initial, 1);
        Reference flat = new Reference(external, new long[] { 24 }, initial, 1);
        for (int i = 0; i < 3; i++) {
            float[] g = gradient(random, new long[] { 4, 6 });
            matrix.step(g, 0.1);
            flat.step(g, 0.1);
        }
        double largest = 0;
        for (int i = 0; i < 24; i++) {
            largest = Math.max(largest, Math.abs(matrix.w[i] - flat.w[i]));
        }
        assertTrue(largest > 1e-2, "factored and full moments move the weights apart: " + largest);
        compare(external, 0.1, 1, 3); // and the optimizer follows the factored one (the 4x6 shape above)
    }

    @Test
    void aParameterFirstReachedLateStartsAtItsOwnFirstStep() throws Exception {
        Adafactor.Settings settings = Adafactor.Settings.DEFAULTS;
        try (NDManager manager = Compute.engine().newBaseManager()) {
            Random random = new Random(11);
            float[] a0 = random(random, 24, 0.5);
            float[] b0 = random(random, 5, 0.5);
            Parameter a = parameter(manager, "a", SHAPES[0], a0, 1);
            Parameter b = parameter(manager, "b", SHAPES[1], b0, 1);
            Reference ra = new Reference(settings, SHAPES[0], a0, 1);
            Reference rb = new Reference(settings, SHAPES[1], b0, 1);
            Optimizer optimizer = new Optimizer(settings, manager);
            for (int step = 1; step <= 4; step++) {
                List<Parameter> active = step <= 2 ? List.of(a) : List.of(a, b);
                List<float[]> gradients = List.of(gradient(random, SHAPES[0]), gradient(random, SHAPES[1]));
                setGradients(manager, active, gradients.subList(0, active.size()));
                optimizer.step(active, 1);
                Optimizer.zeroGradients(active);
                ra.step(gradients.get(0), 1);
                if (step > 2) {
                    rb.step(gradients.get(1), 1);
                }
            }
            assertEquals(2, rb.t);
            assertClose(ra.w, a.value().toFloatArray(), "a");
            assertClose(rb.w, b.value().toFloatArray(), "b, two steps of its own");
            assertEquals(4f, optimizer.state().get("step.a").toFloatArray()[0]);
            assertEquals(2f, optimizer.state().get("step.b").toFloatArray()[0]);
        }
    }

    @Test
    void aRestoredAdafactorContinuesExactly() throws Exception {
        Adafactor.Settings settings = new Adafactor.Settings(true, true, false, 1.0, -0.8, 1e-30, 1e-3, 0.9, 0.01);
        try (NDManager manager = Compute.engine().newBaseManager()) {
            Random random = new Random(5);
            List<float[]> initial = new ArrayList<>();
            List<List<float[]>> gradients = new ArrayList<>();
            for (long[] shape : SHAPES) {
                initial.add(random(random, (int) new Shape(shape).size(), 0.5));
            }
            for (int step = 0; step < 6; step++) {
                List<float[]> g = new ArrayList<>();
                for (long[] shape : SHAPES) {
                    g.add(gradient(random, shape));
                }
                gradients.add(g);
            }
            List<Parameter> straight = parameters(manager, initial);
            Optimizer through = new Optimizer(settings, manager);
            steps(manager, through, straight, gradients.subList(0, 6));

            List<Parameter> first = parameters(manager, initial);
            Optimizer before = new Optimizer(settings, manager);
            steps(manager, before, first, gradients.subList(0, 3));
            Map<String, float[]> saved = new HashMap<>();
            before.state().forEach((name, array) -> saved.put(name, array.toFloatArray()));
            assertEquals(4 + 3 + 4, saved.size(), "rows and columns (2 and 3 dimensions) or a second moment (1), then a first"
                    + " moment and a step count each: " + saved.keySet());
            assertEquals(4, saved.get("exp_avg_sq_row.p0").length, "4 rows of the 4x6");
            assertEquals(6, saved.get("exp_avg_sq_col.p0").length, "6 columns");
            assertEquals(2 * 3 + 2 * 4, saved.get("exp_avg_sq_row.p2").length + saved.get("exp_avg_sq_col.p2").length,
                    "the 2x3x4 over its last two dimensions");

            List<float[]> reached = new ArrayList<>();
            first.forEach(p -> reached.add(p.value().toFloatArray()));
            List<Parameter> resumed = parameters(manager, reached);
            Optimizer after = new Optimizer(settings, manager);
            after.restore(saved, Map.copyOf(before.numbers()), resumed);
            steps(manager, after, resumed, gradients.subList(3, 6));
            for (int i = 0; i < SHAPES.length; i++) {
                assertArrayEquals(straight.get(i).value().toFloatArray(), resumed.get(i).value().toFloatArray(), 0f, "p" + i);
            }
            assertEquals(through.adaptedStepSize(), after.adaptedStepSize(), 0);
        }
    }

    @Test
    void aStateThatDoesNotFitItsParameterIsNamed() throws Exception {
        try (NDManager manager = Compute.engine().newBaseManager()) {
            Parameter p = parameter(manager, "w", SHAPES[0], new float[24], 1);
            Optimizer optimizer = new Optimizer(Adafactor.Settings.DEFAULTS, manager);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> optimizer.restore(Map.of("exp_avg_sq_row.w", new float[6]), Map.of("steps", 3.0), List.of(p)));
            assertTrue(e.getMessage().contains("exp_avg_sq_row.w holds 6 values") && e.getMessage().contains("has 4"), e.getMessage());
        }
    }

    @Test
    void settingsTransformersRefusesAreRefusedByName() throws Exception {
        IllegalArgumentException warmup = assertThrows(IllegalArgumentException.class,
                () -> new Adafactor.Settings(false, true, true, 1.0, -0.8, 1e-30, 1e-3, 0, 0));
        assertTrue(warmup.getMessage().startsWith("warmupInit:") && warmup.getMessage().contains("relativeStep"), warmup.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Adafactor.Settings(true, true, false, 0, -0.8, 1e-30, 1e-3, 0, 0))
                .getMessage().startsWith("clipThreshold:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Adafactor.Settings(true, true, false, 1, 0.5, 1e-30, 1e-3, 0, 0))
                .getMessage().startsWith("decayRate:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Adafactor.Settings(true, true, false, 1, -0.8, 1e-30, 1e-3, 1, 0))
                .getMessage().startsWith("beta1:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Optimizer(Optimizer.Kind.ADAFACTOR, 0, 0.9, 0.99, null))
                .getMessage().contains("Adafactor.Settings"));
    }

    private static List<Parameter> parameters(NDManager manager, List<float[]> values) {
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < SHAPES.length; i++) {
            parameters.add(parameter(manager, "p" + i, SHAPES[i], values.get(i), 1));
        }
        return parameters;
    }

    private static void steps(NDManager manager, Optimizer optimizer, List<Parameter> parameters, List<List<float[]>> gradients) throws Exception {
        for (List<float[]> g : gradients) {
            setGradients(manager, parameters, g);
            optimizer.step(parameters, 1);
            Optimizer.zeroGradients(parameters);
        }
    }
}
