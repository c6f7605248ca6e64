package org.atelier.diffusion.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.atelier.runtime.Compute;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/** Group normalization and attention against their definitions, computed directly here in double precision. */
class OpsTest {

    private static float[] random(int n, long seed) {
        Random random = new Random(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    @Test
    void groupNormAsDefined() throws Exception {
        int n = 2;
        int c = 4;
        int hw = 9;
        int groups = 2;
        float[] x = random(n * c * hw, 1);
        float[] gamma = random(c, 2);
        float[] beta = random(c, 3);
        float[] expected = new float[x.length];
        int perGroup = c / groups * hw;
        for (int b = 0; b < n; b++) {
            for (int g = 0; g < groups; g++) {
                int from = (b * groups + g) * perGroup;
                double mean = 0;
                for (int i = 0; i < perGroup; i++) {
                    mean += x[from + i];
                }
                mean /= perGroup;
                double variance = 0;
                for (int i = 0; i < perGroup; i++) {
                    variance += (x[from + i] - mean) * (x[from + i] - mean);
                }
                variance /= perGroup;
                for (int i = 0; i < perGroup; i++) {
                    int channel = (from + i) / hw % c;
                    expected[from + i] = (float) ((x[from + i] - mean) / Math.sqrt(variance + 1e-5) * gamma[channel] + beta[channel]);
                }
            }
        }
        try (NDManager manager = Compute.engine().newBaseManager()) {
            NDArray input = manager.create(x, new Shape(n, c, 3, 3));
            NDArray out = Ops.groupNorm(input, groups, manager.create(gamma), manager.create(beta), 1e-5f);
            assertEquals(new Shape(n, c, 3, 3), out.getShape());
            assertArrayEquals(expected, out.toFloatArray(), 1e-5f);

            // gradients flow: each group of the normalized values sums to 0 whatever x, so d/dx of their sum is 0
            input.setRequiresGradient(true);
            try (GradientCollector collector = Compute.engine().newGradientCollector()) {
                collector.backward(Ops.groupNorm(input, groups, null, null, 1e-5f).sum());
            }
            for (float g : input.getGradient().toFloatArray()) {
                assertEquals(0f, g, 1e-5f);
            }
        }
    }

    @Test
    void attentionAsDefinedAndSlicedAlike() throws Exception {
        int batch = 2;
        int tq = 3;
        int tk = 5;
        int heads = 2;
        int channels = 4;
        int dim = channels / heads;
        float[] q = random(batch * tq * channels, 4);
        float[] k = random(batch * tk * channels, 5);
        float[] v = random(batch * tk * channels, 6);
        float[] expected = new float[batch * tq * channels];
        for (int b = 0; b < batch; b++) {
            for (int h = 0; h < heads; h++) {
                for (int i = 0; i < tq; i++) {
                    double[] scores = new double[tk];
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < tk; j++) {
                        for (int d = 0; d < dim; d++) {
                            scores[j] += q[(b * tq + i) * channels + h * dim + d] * k[(b * tk + j) * channels + h * dim + d];
                        }
                        scores[j] /= Math.sqrt(dim);
                        max = Math.max(max, scores[j]);
                    }
                    double total = 0;
                    for (int j = 0; j < tk; j++) {
                        scores[j] = Math.exp(scores[j] - max);
                        total += scores[j];
                    }
                    for (int d = 0; d < dim; d++) {
                        double sum = 0;
                        for (int j = 0; j < tk; j++) {
                            sum += scores[j] / total * v[(b * tk + j) * channels + h * dim + d];
                        }
                        expected[(b * tq + i) * channels + h * dim + d] = (float) sum;
                    }
                }
            }
        }
        try (NDManager manager = Compute.engine().newBaseManager()) {
            NDArray nq = manager.create(q, new Shape(batch, tq, channels));
            NDArray nk = manager.create(k, new Shape(batch, tk, channels));
            NDArray nv = manager.create(v, new Shape(batch, tk, channels));
            float[] whole = Ops.attention(nq, nk, nv, heads, 0).toFloatArray();
            assertArrayEquals(expected, whole, 1e-5f);
            assertArrayEquals(whole, Ops.attention(nq, nk, nv, heads, 1).toFloatArray(), 1e-6f, "one row at a time");
            assertArrayEquals(whole, Ops.attention(nq, nk, nv, heads, 3).toFloatArray(), 1e-6f, "uneven slices");
        }
    }

    @Test
    void nearestResizePicksFloorRows() throws Exception {
        try (NDManager manager = Compute.engine().newBaseManager()) {
            NDArray x = manager.create(new float[] { 1, 2, 3, 4 }, new Shape(1, 1, 2, 2));
            // rows and columns floor(i * 2 / 3) = 0, 0, 1
            assertArrayEquals(new float[] { 1, 1, 2, 1, 1, 2, 3, 3, 4 }, Ops.resizeNearest(x, 3, 3).toFloatArray());
            assertArrayEquals(new float[] { 1, 2 }, Ops.resizeNearest(x, 1, 2).toFloatArray(), "shrinking picks row 0");
        }
    }

    @Test
    void aScopeKeepsOnlyItsResult() throws Exception {
        try (NDManager parent = Compute.engine().newBaseManager()) {
            NDArray x = parent.create(new float[] { 1, 2, 3 });
            NDArray y = Ops.scoped(x, in -> in.add(1f).mul(2f).sub(1f));
            assertArrayEquals(new float[] { 3, 5, 7 }, y.toFloatArray());
            assertEquals(2, parent.getManagedArrays().size(), "x and the result; the two steps between are freed: "
                    + parent.getManagedArrays());
        }
    }
}
