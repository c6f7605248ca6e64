package org.atelier.diffusion.clip;

import static org.atelier.diffusion.clip.Direct.add;
import static org.atelier.diffusion.clip.Direct.erf;
import static org.atelier.diffusion.clip.Direct.linear;
import static org.atelier.diffusion.clip.Direct.norm;
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
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
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

    @Test
    void theOpenClipEncoderOfSd2ComputesWhatItDefines() throws Exception {
        Path file = folder.resolve("sd2.safetensors");
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(SdLayout.tinySd2()), DType.F32, 8);
        int[] ids = new int[77];
        int[] prompt = { 998, 5, 17, 300, 999 };
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i < prompt.length ? prompt[i] : 0; // OpenCLIP pads with 0
        }
        try (SafetensorsReader source = SafetensorsReader.open(file);
                NDManager manager = Compute.engine().newBaseManager()) {
            ClipTextEncoder encoder = ClipTextEncoder.loadOpenClip(source, "cond_stage_model.model.", manager);
            assertEquals(64, encoder.width());
            assertEquals(2, encoder.layers());
            Reference reference = new Reference(source, "cond_stage_model.model.", 64, true);
            for (int skip : new int[] { 1, 2 }) {
                float[] expected = reference.encode(ids, skip);
                assertArrayEquals(expected, encoder.encode(manager, new int[][] { ids }, skip).toFloatArray(), 2e-4f,
                        "clip skip " + skip);
            }
            TensorFileException wrong = assertThrows(TensorFileException.class,
                    () -> ClipTextEncoder.loadOpenClip(source, PREFIX, manager));
            assertTrue(wrong.getMessage().contains("no OpenCLIP text encoder layers"), wrong.getMessage());
        }
    }

    @Test
    void sdxlReadsThePenultimateStatesAndPoolsTheLastThroughTheProjection() throws Exception {
        Path file = folder.resolve("sdxl.safetensors");
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(SdLayout.tinySdxl()), DType.F32, 9);
        int[] ids = new int[77];
        int[] prompt = { 998, 5, 17, 300, 999 };
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i < prompt.length ? prompt[i] : 0;
        }
        String prefix = "conditioner.embedders.1.model.";
        try (SafetensorsReader source = SafetensorsReader.open(file);
                NDManager manager = Compute.engine().newBaseManager()) {
            ClipTextEncoder bigG = ClipTextEncoder.loadOpenClip(source, prefix, manager);
            Reference reference = new Reference(source, prefix, 64, true);
            ai.djl.ndarray.NDList states = bigG.hidden(manager, new int[][] { ids }, 1);
            assertEquals(2, states.size(), "the penultimate state and the last");
            assertArrayEquals(reference.encode(ids, 2, false), states.get(0).toFloatArray(), 2e-4f,
                    "the penultimate state, without the final norm");
            assertArrayEquals(reference.encode(ids, 1, false), states.get(1).toFloatArray(), 2e-4f, "the last state");

            float[] normed = reference.encode(ids, 1, true);
            float[] projection = source.floats(source.tensor(prefix + "text_projection"));
            float[] expected = new float[64];
            int eos = 4; // the highest id: the end token
            for (int j = 0; j < 64; j++) {
                for (int c = 0; c < 64; c++) {
                    expected[j] += normed[eos * 64 + c] * projection[c * 64 + j];
                }
            }
            NDArray pooled = bigG.pooled(states.get(1), new int[][] { ids });
            assertEquals(new Shape(1, 64), pooled.getShape());
            assertArrayEquals(expected, pooled.toFloatArray(), 2e-4f, "the end token's normed state times the projection");

            // gradients flow back through the pooling into the tower (SDXL trains bigG through its vector too)
            NDArray lnFinal = bigG.weights().tensors().get(prefix + "ln_final.weight").value();
            lnFinal.setRequiresGradient(true);
            try (ai.djl.training.GradientCollector collector = manager.getEngine().newGradientCollector()) {
                collector.backward(bigG.pooled(bigG.hidden(manager, new int[][] { ids }, 2).get(0), new int[][] { ids }).sum());
            }
            float[] gradient = lnFinal.getGradient().toFloatArray();
            double size = 0;
            for (float g : gradient) {
                size += Math.abs(g);
            }
            assertTrue(size > 0, "the final norm's weight has a gradient through the pooled output");

            ClipTextEncoder clipL = ClipTextEncoder.load(source, "conditioner.embedders.0.transformer.text_model.", manager);
            assertThrows(IllegalStateException.class, () -> clipL.pooled(states.get(1), new int[][] { ids }),
                    "CLIP-L of SDXL has no projection");
        }
    }

    /**
     * CLIP's text transformer written out with loops, one token sequence at a time, in either layout (OpenCLIP: q,
     * k and v as thirds of one projection, the exact GELU).
     */
    private static final class Reference {
        private final SafetensorsReader source;
        private final String prefix;
        private final int d;
        private final boolean openClip;

        Reference(SafetensorsReader source) {
            this(source, PREFIX, 32, false);
        }

        Reference(SafetensorsReader source, String prefix, int width, boolean openClip) {
            this.source = source;
            this.prefix = prefix;
            this.d = width;
            this.openClip = openClip;
        }

        private float[] w(String name) throws IOException {
            return source.floats(source.tensor(prefix + name));
        }

        /** A weight of the layer in either layout; {@code third} 0, 1, 2 picks q, k, v out of OpenCLIP's in_proj. */
        private float[] layer(int layer, String hf, String openClipName, int third) throws IOException {
            if (!openClip) {
                return w("encoder.layers." + layer + "." + hf);
            }
            float[] all = w("transformer.resblocks." + layer + "." + openClipName);
            if (third < 0) {
                return all;
            }
            int size = all.length / 3;
            return java.util.Arrays.copyOfRange(all, third * size, (third + 1) * size);
        }

        float[] encode(int[] ids, int skip) throws IOException {
            return encode(ids, skip, true);
        }

        /** The states after all layers but {@code skip - 1}, through the final norm or not. */
        float[] encode(int[] ids, int skip, boolean finalNorm) throws IOException {
            int n = ids.length;
            float[] token = w(openClip ? "token_embedding.weight" : "embeddings.token_embedding.weight");
            float[] position = w(openClip ? "positional_embedding" : "embeddings.position_embedding.weight");
            double[][] h = new double[n][d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    h[i][j] = token[ids[i] * d + j] + position[i * d + j];
                }
            }
            for (int layer = 0; layer < 2 - (skip - 1); layer++) {
                double[][] x = norm(h, layer(layer, "layer_norm1.weight", "ln_1.weight", -1),
                        layer(layer, "layer_norm1.bias", "ln_1.bias", -1));
                double[][] q = linear(x, layer(layer, "self_attn.q_proj.weight", "attn.in_proj_weight", 0),
                        layer(layer, "self_attn.q_proj.bias", "attn.in_proj_bias", 0));
                double[][] k = linear(x, layer(layer, "self_attn.k_proj.weight", "attn.in_proj_weight", 1),
                        layer(layer, "self_attn.k_proj.bias", "attn.in_proj_bias", 1));
                double[][] v = linear(x, layer(layer, "self_attn.v_proj.weight", "attn.in_proj_weight", 2),
                        layer(layer, "self_attn.v_proj.bias", "attn.in_proj_bias", 2));
                double[][] attended = new double[n][d];
                for (int i = 0; i < n; i++) {
                    double[] scores = new double[i + 1]; // causal: positions up to i
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j <= i; j++) {
                        for (int c = 0; c < d; c++) {
                            scores[j] += q[i][c] * k[j][c];
                        }
                        scores[j] /= Math.sqrt(d); // one head (32 or 64 wide)
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
                add(h, linear(attended, layer(layer, "self_attn.out_proj.weight", "attn.out_proj.weight", -1),
                        layer(layer, "self_attn.out_proj.bias", "attn.out_proj.bias", -1)));
                double[][] hidden = linear(norm(h, layer(layer, "layer_norm2.weight", "ln_2.weight", -1),
                        layer(layer, "layer_norm2.bias", "ln_2.bias", -1)), layer(layer, "mlp.fc1.weight", "mlp.c_fc.weight", -1),
                        layer(layer, "mlp.fc1.bias", "mlp.c_fc.bias", -1));
                for (double[] row : hidden) {
                    for (int c = 0; c < row.length; c++) {
                        row[c] = openClip ? row[c] * 0.5 * (1 + erf(row[c] / Math.sqrt(2))) : row[c] / (1 + Math.exp(-1.702 * row[c]));
                    }
                }
                add(h, linear(hidden, layer(layer, "mlp.fc2.weight", "mlp.c_proj.weight", -1),
                        layer(layer, "mlp.fc2.bias", "mlp.c_proj.bias", -1)));
            }
            double[][] out = !finalNorm ? h : norm(h, w(openClip ? "ln_final.weight" : "final_layer_norm.weight"),
                    w(openClip ? "ln_final.bias" : "final_layer_norm.bias"));
            float[] flat = new float[n * d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    flat[i * d + j] = (float) out[i][j];
                }
            }
            return flat;
        }
    }
}
