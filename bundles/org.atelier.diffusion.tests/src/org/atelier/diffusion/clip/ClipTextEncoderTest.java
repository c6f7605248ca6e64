package org.atelier.diffusion.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.atelier.runtime.Compute;
import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.SyntheticCheckpoints;
import org.atelier.tensors.TensorFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The CLIP text encoder of a tiny SD 1.x checkpoint (32 wide, 2 layers) against the transformer computed directly
 * here, in double precision, from the same weights.
 */
class ClipTextEncoderTest {

    private static final String PREFIX = "cond_stage_model.transformer.text_model.";

    @TempDir
    Path folder;

    @Test
    void theEncoderComputesWhatCLIPDefines() throws Exception {
        Path file = folder.resolve("tiny.safetensors");
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F32, 7);
        int[] ids = new int[77];
        int[] prompt = { 998, 5, 17, 300, 999 }; // "start", three words, "end", then padding with "end"
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i < prompt.length ? prompt[i] : 999;
        }
        try (SafetensorsReader source = SafetensorsReader.open(file);
                NDManager manager = Compute.engine().newBaseManager()) {
            ClipTextEncoder encoder = ClipTextEncoder.load(source, PREFIX, manager);
            assertEquals(32, encoder.width());
            assertEquals(2, encoder.layers());
            Reference reference = new Reference(source);
            for (int skip : new int[] { 1, 2 }) {
                NDArray out = encoder.encode(manager, new int[][] { ids, ids }, skip);
                assertEquals(new Shape(2, 77, 32), out.getShape());
                float[] expected = reference.encode(ids, skip);
                float[] actual = out.toFloatArray();
                assertArrayEquals(expected, java.util.Arrays.copyOf(actual, expected.length), 2e-4f, "clip skip " + skip);
                assertArrayEquals(expected, java.util.Arrays.copyOfRange(actual, expected.length, 2 * expected.length),
                        2e-4f, "the second of the batch alike");
            }
            IllegalArgumentException tooDeep = assertThrows(IllegalArgumentException.class, () -> encoder.encode(manager, new int[][] { ids }, 3));
            assertTrue(tooDeep.getMessage().contains("has 2 layers"), tooDeep.getMessage());
            TensorFileException wrong = assertThrows(TensorFileException.class,
                    () -> ClipTextEncoder.load(source, "cond_stage_model.model.", manager));
            assertTrue(wrong.getMessage().contains("no CLIP text encoder layers under 'cond_stage_model.model.'"),
                    wrong.getMessage());
        }
    }

    /** CLIP's text transformer written out with loops, one token sequence at a time. */
    private static final class Reference {
        private final SafetensorsReader source;

        Reference(SafetensorsReader source) {
            this.source = source;
        }

        private float[] w(String name) throws IOException {
            return source.floats(source.tensor(PREFIX + name));
        }

        float[] encode(int[] ids, int skip) throws IOException {
            int n = ids.length;
            int d = 32;
            float[] token = w("embeddings.token_embedding.weight");
            float[] position = w("embeddings.position_embedding.weight");
            double[][] h = new double[n][d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    h[i][j] = token[ids[i] * d + j] + position[i * d + j];
                }
            }
            for (int layer = 0; layer < 2 - (skip - 1); layer++) {
                String p = "encoder.layers." + layer + ".";
                double[][] x = norm(h, w(p + "layer_norm1.weight"), w(p + "layer_norm1.bias"));
                double[][] q = linear(x, w(p + "self_attn.q_proj.weight"), w(p + "self_attn.q_proj.bias"));
                double[][] k = linear(x, w(p + "self_attn.k_proj.weight"), w(p + "self_attn.k_proj.bias"));
                double[][] v = linear(x, w(p + "self_attn.v_proj.weight"), w(p + "self_attn.v_proj.bias"));
                double[][] attended = new double[n][d];
                for (int i = 0; i < n; i++) {
                    double[] scores = new double[i + 1]; // causal: positions up to i
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j <= i; j++) {
                        for (int c = 0; c < d; c++) {
                            scores[j] += q[i][c] * k[j][c];
                        }
                        scores[j] /= Math.sqrt(d); // one head of 32
                        max = Math.max(max, scores[j]);
                    }
                    double total = 0;
                    for (int j = 0; j <= i; j++) {
                        scores[j] = Math.exp(scores[j] - max);
                        total += scores[j];
                    }
                    for (int j = 0; j <= i; j++) {
                        for (int c = 0; c < d; c++) {
                            attended[i][c] += scores[j] / total * v[j][c];
                        }
                    }
                }
                add(h, linear(attended, w(p + "self_attn.out_proj.weight"), w(p + "self_attn.out_proj.bias")));
                double[][] hidden = linear(norm(h, w(p + "layer_norm2.weight"), w(p + "layer_norm2.bias")),
                        w(p + "mlp.fc1.weight"), w(p + "mlp.fc1.bias"));
                for (double[] row : hidden) {
                    for (int c = 0; c < row.length; c++) {
                        row[c] = row[c] / (1 + Math.exp(-1.702 * row[c]));
                    }
                }
                add(h, linear(hidden, w(p + "mlp.fc2.weight"), w(p + "mlp.fc2.bias")));
            }
            double[][] out = norm(h, w("final_layer_norm.weight"), w("final_layer_norm.bias"));
            float[] flat = new float[n * d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    flat[i * d + j] = (float) out[i][j];
                }
            }
            return flat;
        }

        private static double[][] norm(double[][] x, float[] weight, float[] bias) {
            double[][] out = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                double mean = 0;
                for (double v : x[i]) {
                    mean += v;
                }
                mean /= x[i].length;
                double variance = 0;
                for (double v : x[i]) {
                    variance += (v - mean) * (v - mean);
                }
                variance /= x[i].length;
                out[i] = new double[x[i].length];
                for (int j = 0; j < x[i].length; j++) {
                    out[i][j] = (x[i][j] - mean) / Math.sqrt(variance + 1e-5) * weight[j] + bias[j];
                }
            }
            return out;
        }

        /** {@code x W^T + b} with W {@code [out, in]}. */
        private static double[][] linear(double[][] x, float[] weight, float[] bias) {
            int out = bias.length;
            int in = x[0].length;
            double[][] y = new double[x.length][out];
            for (int i = 0; i < x.length; i++) {
                for (int o = 0; o < out; o++) {
                    double sum = bias[o];
                    for (int c = 0; c < in; c++) {
                        sum += x[i][c] * weight[o * in + c];
                    }
                    y[i][o] = sum;
                }
            }
            return y;
        }

        private static void add(double[][] h, double[][] delta) {
            for (int i = 0; i < h.length; i++) {
                for (int j = 0; j < h[i].length; j++) {
                    h[i][j] += delta[i][j];
                }
            }
        }
    }
}
