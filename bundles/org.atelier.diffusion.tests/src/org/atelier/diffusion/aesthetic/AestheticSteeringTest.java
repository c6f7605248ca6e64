package org.atelier.diffusion.aesthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import org.atelier.cli.Cli;
import org.atelier.diffusion.Png;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.TinyModels;
import org.atelier.training.testing.TinyClipVision;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.runtime.Compute;
import org.atelier.tensors.DType;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TorchWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Aesthetic gradients on a tiny SD 1.x model, with a CLIP model whose text tower is the model's own text encoder
 * (as OpenAI's ViT-L/14 is SD 1.x's): the steering turns the prompt's text features towards the embedding, changes
 * the image, and at weight 0 leaves it as it was to the bit.
 */
class AestheticSteeringTest {

    private static final Sampler.Progress QUIET = (done, total) -> {
    };

    @TempDir
    Path folder;

    /** A CLIPModel: the tiny checkpoint's text encoder, a text projection to 32, and a vision tower projecting to 32. */
    private Path clipModel(Path checkpoint) throws Exception {
        return TinyClipVision.clipModel(checkpoint, folder.resolve("clip-model"), 2);
    }

    /** An aesthetic embedding as the extension saves it: a bare [1, 32] float tensor in a .pt. */
    private Path embedding(String name, int size, long seed) throws Exception {
        Random random = new Random(seed);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextGaussian();
        }
        Path file = folder.resolve(name);
        TorchWriter.write(file, TorchWriter.Data.ofFloats(values, new long[] { 1, size }, DType.F32));
        return file;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void theSteeringTurnsThePromptTowardsTheEmbeddingAndWeightZeroChangesNothing() throws Exception {
        Path checkpoint = TinyModels.sd1(folder);
        Path clip = clipModel(checkpoint);
        Path embedding = embedding("style.pt", 32, 5);
        StableDiffusion.Settings settings = new StableDiffusion.Settings("cat, a cat", "", 3, 7f, Sampler.EULER, 9, 64, 64, 1,
                0.6f, 0);
        try (StableDiffusion sd = StableDiffusion.load(checkpoint, TinyModels.tokenizer(folder))) {
            StableDiffusion.Result plain = sd.generate(settings, null, null, QUIET);

            AestheticSteering none = AestheticSteering.of(sd, clip, embedding, new AestheticSteering.Settings(5, 1e-3, 0, false), 1);
            sd.setPromptSteering(none);
            StableDiffusion.Result unsteered = sd.generate(settings, null, null, QUIET);
            assertArrayEquals(plain.latents(), unsteered.latents(), "weight 0: the latents unchanged");
            assertArrayEquals(pixels(plain.image()), pixels(unsteered.image()), "weight 0: the image unchanged");

            AestheticSteering steering = AestheticSteering.of(sd, clip, embedding,
                    new AestheticSteering.Settings(5, 1e-3, 0.9, false), 1);
            sd.setPromptSteering(steering);
            int arrays = sd.modelArrays();
            float[] steered = sd.generate(settings, null, null, QUIET).latents();
            assertEquals(arrays, sd.modelArrays(), "the copy of the text tower leaves nothing behind");
            assertEquals(2, steering.similarities().size(), "the prompt's chunk and the negative prompt's");
            AestheticSteering.Similarity similarity = steering.promptSimilarity();
            System.out.printf("aesthetic steering: similarity %.4f, steered %.4f%n", similarity.before(), similarity.after());
            assertTrue(similarity.after() > similarity.before() + 0.01, "the text features turned towards the embedding: "
                    + similarity);
            assertFalse(java.util.Arrays.equals(plain.latents(), steered), "the steered prompt makes other latents");

            sd.setPromptSteering(AestheticSteering.of(sd, clip, embedding, new AestheticSteering.Settings(5, 1e-3, 0.9, true), 1));
            assertFalse(java.util.Arrays.equals(steered, sd.generate(settings, null, null, QUIET).latents()),
                    "slerp blends otherwise");

            // a textual-inversion word's id, past the CLIP model's vocabulary, is read as id 0 there
            try (NDManager scope = sd.manager().newSubManager()) {
                int[] ids = new int[77];
                java.util.Arrays.fill(ids, 10);
                ids[0] = 9;
                ids[1] = 7;
                ids[2] = 5000;
                NDArray states = scope.randomNormal(new Shape(1, 77, 32));
                assertEquals(new Shape(1, 77, 32), steering.steer(scope, states, ids).getShape());
            }

            Path wide = embedding("wide.pt", 48, 6);
            TensorFileException wrong = assertThrows(TensorFileException.class,
                    () -> AestheticSteering.of(sd, clip, wide, new AestheticSteering.Settings(5, 1e-4, 0.9, false), 1));
            assertTrue(wrong.getMessage().contains("wide.pt") && wrong.getMessage().contains("48 floats")
                    && wrong.getMessage().contains("projects to 32"), wrong.getMessage());
        }
    }

    @Test
    void generateTakesTheExtensionsOptionsAndRecordsThemInThePng() throws Exception {
        Path checkpoint = TinyModels.sd1(folder);
        Path clip = clipModel(checkpoint);
        Path embedding = embedding("style.pt", 32, 5);
        Path png = folder.resolve("out.png");
        String[] common = { "generate", "--model", checkpoint.toString(), "--tokenizer", TinyModels.tokenizer(folder).toString(),
                "--prompt", "cat", "--steps", "2", "--size", "64x64", "--seed", "3", "-o", png.toString() };
        assertEquals(Cli.OK, atelier(common, "--aesthetic", embedding.toString(), "--aesthetic-clip", clip.toString(),
                "--aesthetic-steps", "3"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Aesthetic steering: the prompt's CLIP similarity"),
                out.toString(StandardCharsets.UTF_8));
        String parameters = Png.parameters(png);
        assertTrue(parameters.contains("Aesthetic LR: 0.0001, Aesthetic weight: 0.9, Aesthetic steps: 3, Aesthetic embedding: "
                + "style, Aesthetic slerp: False"), parameters);

        assertEquals(Cli.INVALID, atelier(common, "--aesthetic", embedding.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--aesthetic-clip"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Cli.INVALID, atelier(common, "--aesthetic", embedding.toString(), "--aesthetic-clip", clip.toString(),
                "--aesthetic-weight", "2"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--aesthetic-weight: 0 to 1"), err.toString(StandardCharsets.UTF_8));
        Path wide = embedding("wide.pt", 48, 6);
        assertEquals(Cli.INVALID, atelier(common, "--aesthetic", wide.toString(), "--aesthetic-clip", clip.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("wide.pt"), err.toString(StandardCharsets.UTF_8));
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int atelier(String[] common, String... more) {
        out.reset();
        err.reset();
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    @Test
    void slerpIsTheExtensionsPerFeatureInterpolationAcrossTheTokens() throws Exception {
        try (NDManager manager = Compute.engine().newBaseManager()) {
            float[] a = { 1, 0, 0, 1 }; // [1, 2 tokens, 2 features]: feature 0's column (1, 0), feature 1's (0, 1)
            float[] b = { 0, 0, 1, 1 }; // feature 0's column (0, 1), feature 1's (0, 1): parallel to a's
            NDArray low = manager.create(a, new Shape(1, 2, 2));
            NDArray high = manager.create(b, new Shape(1, 2, 2));
            float[] half = AestheticSteering.slerp(low, high, 0.5).toFloatArray();
            // feature 0: a quarter turn, halfway is (cos 45, sin 45); feature 1: parallel, the linear blend
            float c = (float) Math.sqrt(0.5);
            assertArrayEquals(new float[] { c, 0, c, 1 }, half, 1e-6f);
            assertArrayEquals(a, AestheticSteering.slerp(low, high, 0).toFloatArray(), 1e-6f);
            assertArrayEquals(b, AestheticSteering.slerp(low, high, 1).toFloatArray(), 1e-6f);
        }
    }
}
