package org.atelier.diffusion.clip;

import static org.atelier.diffusion.clip.Direct.add;
import static org.atelier.diffusion.clip.Direct.erf;
import static org.atelier.diffusion.clip.Direct.linear;
import static org.atelier.diffusion.clip.Direct.norm;
import static org.atelier.training.testing.TinyClipVision.IMAGE;
import static org.atelier.training.testing.TinyClipVision.PATCH;
import static org.atelier.training.testing.TinyClipVision.PROJECTION;
import static org.atelier.training.testing.TinyClipVision.TOKENS;
import static org.atelier.training.testing.TinyClipVision.WIDTH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.atelier.runtime.Compute;
import org.atelier.training.testing.TinyClipVision;
import org.atelier.tensors.ModelDetector;
import org.atelier.tensors.ModelInfo;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The CLIP vision tower of a tiny model (128 wide, 2 heads, 2 layers, 16x16 images in patches of 4) against the
 * tower computed directly here in double precision from the same weights; the Hugging Face and OpenCLIP layouts of
 * the same weights giving the same embeddings, wherever in a file or folder they are.
 */
class ClipVisionEncoderTest {

    @TempDir
    Path folder;

    private static float[] images(long seed) {
        java.util.Random random = new java.util.Random(seed);
        float[] v = new float[2 * 3 * IMAGE * IMAGE];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    @Test
    void theTowerComputesWhatClipDefines() throws Exception {
        TinyClipVision model = new TinyClipVision(3);
        Path file = folder.resolve("vision/model.safetensors");
        Files.createDirectories(file.getParent());
        model.writeHuggingFace(file, "");
        float[] pixels = images(5);
        try (NDManager manager = Compute.engine().newBaseManager()) {
            ClipVisionEncoder encoder = ClipVisionEncoder.open(file, manager);
            assertEquals(ClipVisionEncoder.Layout.HUGGING_FACE, encoder.layout());
            assertEquals(IMAGE, encoder.imageSize());
            assertEquals(PATCH, encoder.patchSize());
            assertEquals(PROJECTION, encoder.embeddingSize());
            NDArray embeds = encoder.embed(manager.create(pixels, new Shape(2, 3, IMAGE, IMAGE)));
            assertEquals(new Shape(2, PROJECTION), embeds.getShape());
            float[] expected = concat(direct(model, pixels, 0, 2, false), direct(model, pixels, 1, 2, false));
            assertArrayEquals(expected, embeds.toFloatArray(), 2e-4f, "2 heads of 64, the exact GELU (128 wide)");

            // the folder's config.json says what the weights cannot: one head of 128 and QuickGELU
            Files.writeString(file.resolveSibling("config.json"),
                    "{\"model_type\": \"clip_vision_model\", \"hidden_size\": 128, \"num_attention_heads\": 1, "
                            + "\"hidden_act\": \"quick_gelu\"}");
            ClipVisionEncoder configured = ClipVisionEncoder.open(file.getParent(), manager);
            assertArrayEquals(direct(model, pixels, 1, 1, true),
                    configured.embed(manager.create(pixels, new Shape(2, 3, IMAGE, IMAGE))).get(1).toFloatArray(), 2e-4f,
                    "one head, QuickGELU, as config.json says");

            IllegalArgumentException wrongSize = assertThrows(IllegalArgumentException.class,
                    () -> encoder.embed(manager.zeros(new Shape(1, 3, 32, 32))));
            assertTrue(wrongSize.getMessage().contains("16x16 RGB images"), wrongSize.getMessage());
        }
    }

    @Test
    void huggingFaceAndOpenClipLayoutsGiveTheSameEmbeddings() throws Exception {
        TinyClipVision model = new TinyClipVision(4);
        Path pipeline = folder.resolve("pipeline");
        Path encoderFolder = pipeline.resolve("image_encoder");
        Files.createDirectories(encoderFolder);
        model.writeHuggingFace(encoderFolder.resolve("model.safetensors"), "");
        Path clipModel = folder.resolve("clip-model.safetensors");
        Map<String, TinyClipVision.T> both = new java.util.LinkedHashMap<>(model.hf); // a CLIPModel: text tower beside
        both.put("text_model.embeddings.token_embedding.weight", new TinyClipVision.T(new long[] { 4, 8 }, new float[32]));
        both.put("text_projection.weight", new TinyClipVision.T(new long[] { PROJECTION, 8 }, new float[PROJECTION * 8]));
        TinyClipVision.write(clipModel, both);
        Path openClip = folder.resolve("open_clip.safetensors");
        model.writeOpenClip(openClip, "visual.");
        Path unclip = folder.resolve("unclip.safetensors");
        model.writeOpenClip(unclip, "embedder.model.visual.");
        float[] pixels = images(6);
        try (NDManager manager = Compute.engine().newBaseManager()) {
            NDArray input = manager.create(pixels, new Shape(2, 3, IMAGE, IMAGE));
            float[] expected = ClipVisionEncoder.open(pipeline, manager).embed(input).toFloatArray();
            for (Path other : new Path[] { clipModel, openClip, unclip }) {
                ClipVisionEncoder encoder = ClipVisionEncoder.open(other, manager);
                assertArrayEquals(expected, encoder.embed(input).toFloatArray(), 1e-5f, other.getFileName().toString());
            }
            assertEquals(ClipVisionEncoder.Layout.OPEN_CLIP, ClipVisionEncoder.open(unclip, manager).layout());
        }
    }

    @Test
    void inspectTellsTheLayoutsAndSizes() throws Exception {
        TinyClipVision model = new TinyClipVision(7);
        Path hf = folder.resolve("hf.safetensors");
        model.writeHuggingFace(hf, "");
        Path unclip = folder.resolve("unclip-encoder.safetensors");
        model.writeOpenClip(unclip, "embedder.model.visual.");
        for (Path file : new Path[] { hf, unclip }) {
            try (TensorSource source = TensorFiles.open(file)) {
                ModelInfo info = ModelDetector.detect(source);
                assertEquals(ModelInfo.Kind.CLIP_VISION, info.kind(), file.toString());
                String notes = String.join("; ", info.notes());
                assertTrue(notes.contains("2 layers 128 wide, 16x16 images in patches of 4")
                        && notes.contains("image embeddings of 32"), notes);
                assertTrue(notes.contains(file == hf ? "Hugging Face layout" : "OpenCLIP layout under 'embedder.model.'"), notes);
            }
        }
    }

    @Test
    void filesWithoutAVisionTowerAreRefusedByName() throws Exception {
        TinyClipVision model = new TinyClipVision(5);
        Path noProjection = folder.resolve("no-projection.safetensors");
        Map<String, TinyClipVision.T> tensors = new java.util.LinkedHashMap<>(model.hf);
        tensors.remove("visual_projection.weight");
        TinyClipVision.write(noProjection, tensors);
        Path text = folder.resolve("text.safetensors");
        TinyClipVision.write(text, Map.of("text_model.embeddings.token_embedding.weight",
                new TinyClipVision.T(new long[] { 4, 8 }, new float[32])));
        Path empty = Files.createDirectories(folder.resolve("empty"));
        try (NDManager manager = Compute.engine().newBaseManager()) {
            TensorFileException missing = assertThrows(TensorFileException.class, () -> ClipVisionEncoder.open(noProjection, manager));
            assertTrue(missing.getMessage().contains("no-projection.safetensors")
                    && missing.getMessage().contains("'visual_projection.weight'"), missing.getMessage());
            TensorFileException none = assertThrows(TensorFileException.class, () -> ClipVisionEncoder.open(text, manager));
            assertTrue(none.getMessage().contains("no CLIP vision model in it"), none.getMessage());
            TensorFileException noFile = assertThrows(TensorFileException.class, () -> ClipVisionEncoder.open(empty, manager));
            assertTrue(noFile.getMessage().contains("model.safetensors"), noFile.getMessage());
        }
    }

    private static float[] concat(float[] a, float[] b) {
        float[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The image embedding of image {@code n} of {@code pixels} ({@code [2, 3, 16, 16]}), written out with loops. */
    private static float[] direct(TinyClipVision m, float[] pixels, int n, int heads, boolean quickGelu) {
        int side = IMAGE / PATCH;
        float[] patchWeight = m.get("vision_model.embeddings.patch_embedding.weight");
        float[] cls = m.get("vision_model.embeddings.class_embedding");
        float[] positions = m.get("vision_model.embeddings.position_embedding.weight");
        double[][] h = new double[TOKENS][WIDTH];
        for (int o = 0; o < WIDTH; o++) {
            h[0][o] = cls[o] + positions[o];
            for (int py = 0; py < side; py++) {
                for (int px = 0; px < side; px++) {
                    double sum = 0;
                    for (int c = 0; c < 3; c++) {
                        for (int ky = 0; ky < PATCH; ky++) {
                            for (int kx = 0; kx < PATCH; kx++) {
                                sum += patchWeight[((o * 3 + c) * PATCH + ky) * PATCH + kx]
                                        * pixels[((n * 3 + c) * IMAGE + py * PATCH + ky) * IMAGE + px * PATCH + kx];
                            }
                        }
                    }
                    int token = 1 + py * side + px;
                    h[token][o] = sum + positions[token * WIDTH + o];
                }
            }
        }
        h = norm(h, m.get("vision_model.pre_layrnorm.weight"), m.get("vision_model.pre_layrnorm.bias"));
        int dim = WIDTH / heads;
        for (int layer = 0; layer < TinyClipVision.LAYERS; layer++) {
            String p = "vision_model.encoder.layers." + layer + ".";
            double[][] x = norm(h, m.get(p + "layer_norm1.weight"), m.get(p + "layer_norm1.bias"));
            double[][] q = linear(x, m.get(p + "self_attn.q_proj.weight"), m.get(p + "self_attn.q_proj.bias"));
            double[][] k = linear(x, m.get(p + "self_attn.k_proj.weight"), m.get(p + "self_attn.k_proj.bias"));
            double[][] v = linear(x, m.get(p + "self_attn.v_proj.weight"), m.get(p + "self_attn.v_proj.bias"));
            double[][] attended = new double[TOKENS][WIDTH];
            for (int head = 0; head < heads; head++) {
                int from = head * dim;
                for (int i = 0; i < TOKENS; i++) {
                    double[] scores = new double[TOKENS]; // every token sees every other: no mask
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < TOKENS; j++) {
                        for (int c = from; c < from + dim; c++) {
                            scores[j] += q[i][c] * k[j][c];
                        }
                        scores[j] /= Math.sqrt(dim);
                        max = Math.max(max, scores[j]);
                    }
                    double total = 0;
                    for (int j = 0; j < TOKENS; j++) {
                        scores[j] = Math.exp(scores[j] - max);
                        total += scores[j];
                    }
                    for (int j = 0; j < TOKENS; j++) {
                        for (int c = from; c < from + dim; c++) {
                            attended[i][c] += scores[j] / total * v[j][c];
                        }
                    }
                }
            }
            add(h, linear(attended, m.get(p + "self_attn.out_proj.weight"), m.get(p + "self_attn.out_proj.bias")));
            double[][] hidden = linear(norm(h, m.get(p + "layer_norm2.weight"), m.get(p + "layer_norm2.bias")),
                    m.get(p + "mlp.fc1.weight"), m.get(p + "mlp.fc1.bias"));
            for (double[] row : hidden) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = quickGelu ? row[c] / (1 + Math.exp(-1.702 * row[c])) : row[c] * 0.5 * (1 + erf(row[c] / Math.sqrt(2)));
                }
            }
            add(h, linear(hidden, m.get(p + "mlp.fc2.weight"), m.get(p + "mlp.fc2.bias")));
        }
        double[][] pooled = norm(new double[][] { h[0] }, m.get("vision_model.post_layernorm.weight"),
                m.get("vision_model.post_layernorm.bias"));
        double[][] embedding = linear(pooled, m.get("visual_projection.weight"), new float[PROJECTION]);
        float[] out = new float[PROJECTION];
        for (int o = 0; o < PROJECTION; o++) {
            out[o] = (float) embedding[0][o];
        }
        return out;
    }
}
