package org.atelier.diffusion.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.atelier.runtime.Compute;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * A convolution's gradients in float32, where PyTorch convolves through oneDNN in blocks of channels, equal the
 * same convolution's in float64, which PyTorch computes without oneDNN, for channel counts that leave a block
 * partly filled (the VAE's 3 and the latents' 4; the demo model's 8 to 36). Before each pass the memory an array
 * would reuse is filled with NaN and freed: PyTorch 2.7.1's oneDNN backward on AVX2/AVX-512 CPUs reads a partial
 * block's padding uninitialised, and that turned gradients NaN now and then.
 */
class ConvolutionGradientTest {

    private static final int ROUNDS = 8;

    /** Input channels, output channels, stride. */
    private static final int[][] CASES = { { 3, 8, 1 }, { 8, 3, 1 }, { 4, 4, 1 }, { 20, 12, 1 }, { 24, 36, 1 },
            { 36, 24, 2 }, { 48, 32, 2 }, { 80, 4, 2 } };

    @Test
    void float32GradientsAreFloat64s() throws Exception {
        for (int[] c : CASES) {
            compare(c[0], c[1], c[2]);
        }
    }

    private static void compare(int in, int out, int stride) throws Exception {
        try (NDManager manager = Compute.engine().newBaseManager()) {
            manager.getEngine().setRandomSeed(in * 100 + out);
            NDArray x = manager.randomNormal(new Shape(2, in, 11, 9));
            NDArray weight = manager.randomNormal(new Shape(out, in, 3, 3)).mul(0.2);
            NDArray bias = manager.randomNormal(new Shape(out));
            NDArray upstream = manager.randomNormal(new Shape(2, out, (11 - 1) / stride + 1, (9 - 1) / stride + 1));
            NDArray[] expected = gradients(x, weight, bias, upstream, stride, DataType.FLOAT64);
            for (int round = 0; round < ROUNDS; round++) {
                poison(manager);
                NDArray[] actual = gradients(x, weight, bias, upstream, stride, DataType.FLOAT32);
                for (int i = 0; i < actual.length; i++) {
                    float[] a = actual[i].toFloatArray();
                    float[] e = expected[i].toFloatArray();
                    double scale = 0;
                    for (float v : e) {
                        scale = Math.max(scale, Math.abs(v));
                    }
                    assertTrue(scale > 0, "a gradient to compare");
                    assertArrayEquals(e, a, (float) (1e-5 * scale * Math.sqrt(in * 9)),
                            in + " to " + out + " channels, stride " + stride + ": " + (i == 0 ? "the input's" : "the weight's")
                                    + " gradient in round " + round);
                }
            }
        }
    }

    /** The input's and the weight's gradients of {@code sum(conv(x) * upstream)}, computed in {@code type}. */
    private static NDArray[] gradients(NDArray x, NDArray weight, NDArray bias, NDArray upstream, int stride,
            DataType type) {
        NDManager manager = x.getManager();
        NDArray xt = fresh(x, type);
        NDArray wt = fresh(weight, type);
        xt.setRequiresGradient(true);
        wt.setRequiresGradient(true);
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray y = Ops.conv2d(xt, wt, fresh(bias, type), stride, 1);
            collector.backward(y.mul(fresh(upstream, type)).sum());
        }
        return new NDArray[] { xt.getGradient().toType(DataType.FLOAT32, true), wt.getGradient().toType(DataType.FLOAT32, true) };
    }

    /** A copy of {@code a} in {@code type}, with no gradient of its own yet. */
    private static NDArray fresh(NDArray a, DataType type) {
        return a.toType(type, false).duplicate();
    }

    /** Arrays of NaN, of the sizes the convolution's own buffers have, allocated and freed. */
    private static void poison(NDManager manager) {
        try (NDManager scope = manager.newSubManager()) {
            for (long size = 1 << 8; size <= 1 << 18; size <<= 1) {
                scope.full(new Shape(size), Float.NaN, DataType.FLOAT32).mul(1);
            }
        }
    }
}
