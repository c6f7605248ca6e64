package org.atelier.methods.nulltext;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.sample.Condition;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.training.DemoShapes;
import org.atelier.training.TrainingDemo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * Null-text inversion and its edits on the trained demo model (its latents are near unit scale and its captions move
 * its predictions, so that the optimisation has something to win; a random model's would not): 10 DDIM steps at
 * guidance 7.5, at most 10 iterations a step at 5e-2 (more than the paper's 1e-2: it takes 50 steps).
 */
class NullTextInversionTest {

    private static final Sampler.Progress QUIET = (done, total) -> {
    };
    private static final String CAPTION = "a red circle";

    @TempDir
    static Path folder;

    private static StableDiffusion sd;
    private static NDManager scope;
    private static BufferedImage image;
    private static NDArray x0;
    private static Condition cond;
    private static Condition empty;

    @BeforeAll
    static void load() throws Exception {
        Path model = folder.resolve("demo-base.safetensors");
        TrainingDemo.writeBaseModel(model);
        sd = StableDiffusion.load(model, ClipTokenizer.writeByteLevel(folder.resolve("tokenizer")));
        scope = sd.manager().newSubManager();
        image = DemoShapes.draw(DemoShapes.Kind.CIRCLE, 0xdc2828, 30, 34, 36, DemoShapes.BACKGROUND);
        x0 = sd.vae().encode(StableDiffusion.pixels(scope, image));
        cond = sd.condition(scope, CAPTION, 1, 64, 64);
        empty = sd.condition(scope, "", 1, 64, 64);
    }

    @AfterAll
    static void close() throws Exception {
        scope.close();
        sd.close();
    }

    private static NullTextInversion.Result invert(int iterations) {
        return invert(10, iterations, 5e-2);
    }

    private static NullTextInversion.Result invert(int steps, int iterations, double lr) {
        sd.manager().getEngine().setRandomSeed(1);
        return new NullTextInversion(sd.unet(), sd.schedule(), false).invert(x0, cond, empty,
                new NullTextInversion.Settings(steps, 7.5f, iterations, lr, 1e-5), new NullTextInversion.Progress() {
                    @Override
                    public void iteration(int step, int iteration, double loss) {
                    }

                    @Override
                    public void step(int step, int total, int done, double loss) {
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
    }

    private static InversionFile file(NullTextInversion.Result result) {
        return new InversionFile(result.noise(), NDArrays.stack(new NDList(result.nullTexts())), result.timesteps(), CAPTION,
                7.5f, Map.of());
    }

    @Test
    void theOptimisedNullTextsReconstructBetterThanPlainInversion() {
        NullTextInversion.Result plain = invert(0);
        NullTextInversion.Result optimised = invert(10);
        double plainError = NullTextImages.meanAbsoluteError(image,
                sd.decode(PromptToPrompt.regenerate(sd, scope, file(plain), List.of(), null, PromptToPrompt.Replace.DEFAULT, QUIET)));
        double error = NullTextImages.meanAbsoluteError(image, sd.decode(
                PromptToPrompt.regenerate(sd, scope, file(optimised), List.of(), null, PromptToPrompt.Replace.DEFAULT, QUIET)));
        double floor = NullTextImages.meanAbsoluteError(image, sd.decode(x0));
        double plainLoss = java.util.Arrays.stream(plain.losses()).average().orElseThrow();
        double loss = java.util.Arrays.stream(optimised.losses()).average().orElseThrow();
        System.out.printf("Reconstruction at guidance 7.5, 10 steps, pixel error (0-255): plain DDIM inversion %.2f, null-text"
                + " %.2f, the VAE alone %.2f; mean latent error a step %.2e against %.2e (%d iterations)%n", plainError, error,
                floor, loss, plainLoss, java.util.Arrays.stream(optimised.iterations()).sum());
        assertEquals(0, java.util.Arrays.stream(plain.iterations()).sum());
        assertTrue(loss < plainLoss / 4, "the optimisation lowers the steps' error: " + loss + " against " + plainLoss);
        assertTrue(error < plainError - 2, "the reconstruction is nearer the image: " + error + " against " + plainError);
        assertEquals(10, optimised.nullTexts().size());
        assertEquals(11, optimised.pivot().size());
    }

    @Test
    void anEditWithTheCaptionItselfIsTheReconstructionBitForBit() {
        InversionFile inverted = file(invert(2));
        EditMap same = EditMap.of(sd.tokenizer(), CAPTION, CAPTION, Map.of());
        NDArray both = PromptToPrompt.regenerate(sd, scope, inverted, List.of(CAPTION), List.of(same),
                PromptToPrompt.Replace.DEFAULT, QUIET);
        assertArrayEquals(both.get(0).toFloatArray(), both.get(1).toFloatArray());
        NDArray alone = PromptToPrompt.regenerate(sd, scope, inverted, List.of(), null, PromptToPrompt.Replace.DEFAULT, QUIET);
        assertEquals(0, alone.get(0).sub(both.get(0)).abs().max().getFloat(), 1e-4, "batched as it is alone");
    }

    @Test
    void aColourSwapChangesTheColourAndKeepsThePlace() {
        InversionFile inverted = file(invert(2));
        EditMap swap = EditMap.of(sd.tokenizer(), CAPTION, "a blue circle", Map.of());
        NDArray both = PromptToPrompt.regenerate(sd, scope, inverted, List.of("a blue circle"), List.of(swap),
                PromptToPrompt.Replace.DEFAULT, QUIET);
        BufferedImage source = sd.decode(both.get("0:1"));
        BufferedImage edit = sd.decode(both.get("1:2"));
        int centre = source.getRGB(30, 34);
        int edited = edit.getRGB(30, 34);
        int corner = edit.getRGB(3, 3);
        System.out.printf("Centre %06x to %06x; corner %06x (was %06x)%n", centre & 0xffffff, edited & 0xffffff,
                corner & 0xffffff, source.getRGB(3, 3) & 0xffffff);
        assertTrue((edited & 0xff) > ((edited >> 16) & 0xff), "the circle turned bluer than red: " + Integer.toHexString(edited));
        assertTrue(NullTextImages.meanAbsoluteError(source, edit) < 60, "the rest stays");
    }
}
