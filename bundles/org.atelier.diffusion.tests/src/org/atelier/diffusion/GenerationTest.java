package org.atelier.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import org.atelier.diffusion.sample.Sampler;
import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.atelier.tensors.TensorFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generation end to end on a tiny SD 1.x checkpoint: every sampler, seeds, img2img, given latents, the PNG. */
class GenerationTest {

    private static final Sampler.Progress QUIET = (done, total) -> {
    };

    @TempDir
    Path folder;

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void everySamplerMakesTheSameImageForTheSameSeed() throws Exception {
        try (StableDiffusion sd = StableDiffusion.load(TinyModels.sd1(folder), TinyModels.tokenizer(folder))) {
            int arrays = sd.modelArrays();
            for (Sampler sampler : Sampler.values()) {
                StableDiffusion.Settings settings = new StableDiffusion.Settings("(cat), cat", "a", 3, 7f, sampler, 42, 64, 48,
                        1, 0.6f, 0);
                StableDiffusion.Result one = sd.generate(settings, null, null, QUIET);
                assertEquals(64, one.image().getWidth());
                assertEquals(48, one.image().getHeight());
                assertArrayEquals(new long[] { 1, 4, 6, 8 }, one.latentShape());
                assertArrayEquals(pixels(one.image()), pixels(sd.generate(settings, null, null, QUIET).image()),
                        sampler + ": the same seed, the same image");
                StableDiffusion.Settings other = new StableDiffusion.Settings("(cat), cat", "a", 3, 7f, sampler, 43, 64, 48, 1,
                        0.6f, 0);
                assertFalse(java.util.Arrays.equals(one.latents(), sd.generate(other, null, null, QUIET).latents()),
                        sampler + ": another seed, other latents");
            }
            assertEquals(arrays, sd.modelArrays(), "generating leaves nothing behind in the model's memory");
        }
    }

    @Test
    void img2imgGivenLatentsAndCancellation() throws Exception {
        try (StableDiffusion sd = StableDiffusion.load(TinyModels.sd1(folder), TinyModels.tokenizer(folder))) {
            StableDiffusion.Settings settings = new StableDiffusion.Settings("cat", "", 4, 5f, Sampler.EULER_ANCESTRAL, 7, 64,
                    64, 1, 0.5f, 2);
            BufferedImage init = sd.generate(settings, null, null, QUIET).image();
            int[] steps = { 0 };
            StableDiffusion.Result result = sd.generate(settings, init, null, (done, total) -> steps[0] = total);
            assertEquals(64, result.image().getWidth());
            assertEquals(3, steps[0], "strength 0.5 of 4 steps: int(0.5 * 4) + 1 noise levels from the end");

            float[] latents = new float[4 * 8 * 8];
            java.util.Arrays.fill(latents, 0.5f);
            StableDiffusion.Settings euler = new StableDiffusion.Settings("cat", "", 2, 5f, Sampler.EULER, 1, 64, 64, 1, 0.5f, 0);
            StableDiffusion.Settings otherSeed = new StableDiffusion.Settings("cat", "", 2, 5f, Sampler.EULER, 2, 64, 64, 1, 0.5f, 0);
            assertArrayEquals(sd.generate(euler, null, latents, QUIET).latents(), sd.generate(otherSeed, null, latents, QUIET).latents(),
                    "given latents, the seed does not matter for a sampler that adds no noise");

            assertThrows(java.util.concurrent.CancellationException.class, () -> sd.generate(euler, null, null,
                    new Sampler.Progress() {
                        @Override
                        public void step(int done, int total) {
                        }

                        @Override
                        public boolean cancelled() {
                            return true;
                        }
                    }));
        }
    }

    @Test
    void theParametersTravelInThePng() throws Exception {
        StableDiffusion.Settings settings = new StableDiffusion.Settings("a (cat:1.2)", "blurry", 20, 7f, Sampler.EULER_ANCESTRAL,
                42, 512, 512, 2, 0.75f, 0);
        String parameters = StableDiffusion.parameters(settings, "6ce0161689", "v1-5-pruned-emaonly", false);
        assertEquals("a (cat:1.2)\nNegative prompt: blurry\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 42, Size: 512x512,"
                + " Model hash: 6ce0161689, Model: v1-5-pruned-emaonly, Clip skip: 2, Version: Atelier", parameters);
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Path png = folder.resolve("out.png");
        Png.write(png, image, parameters);
        assertEquals(parameters, Png.parameters(png));
        Path unicode = folder.resolve("unicode.png");
        Png.write(unicode, image, "猫 の 絵\nSteps: 1");
        assertEquals("猫 の 絵\nSteps: 1", Png.parameters(unicode), "not Latin-1: an iTXt chunk in UTF-8");
        assertEquals(8, Png.read(png).getWidth());
    }

    @Test
    void sd2GeneratesWithItsOpenClipEncoder() throws Exception {
        Path sd2 = folder.resolve("sd2.safetensors");
        SyntheticCheckpoints.writeSafetensors(sd2, SdLayout.checkpoint(SdLayout.tinySd2()), DType.F16, 1);
        try (StableDiffusion sd = StableDiffusion.load(sd2, TinyModels.tokenizer(folder))) {
            assertEquals(org.atelier.tensors.ModelInfo.Architecture.SD2, sd.info().architecture());
            StableDiffusion.Settings settings = new StableDiffusion.Settings("cat", "", 2, 7f, Sampler.EULER, 3, 64, 64, 1, 0.5f, 0);
            StableDiffusion.Result result = sd.generate(settings, null, null, QUIET);
            assertEquals(64, result.image().getWidth());
            assertArrayEquals(pixels(result.image()), pixels(sd.generate(settings, null, null, QUIET).image()));
        }
    }

    @Test
    void modelsItCannotRunAreRefusedClearly() throws Exception {
        Path refiner = folder.resolve("refiner.safetensors");
        SyntheticCheckpoints.writeSafetensors(refiner, SdLayout.checkpoint(SdLayout.tinySdxlRefiner()), DType.F16, 3);
        TensorFileException alone = assertThrows(TensorFileException.class,
                () -> StableDiffusion.load(refiner, TinyModels.tokenizer(folder)));
        assertTrue(alone.getMessage().contains("the refiner finishes what an SDXL base model began"), alone.getMessage());
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> new StableDiffusion.Settings("cat", "", 20, 7f, Sampler.EULER, 1, 500, 512, 1, 0.5f, 0));
        assertTrue(size.getMessage().contains("multiples of 8"), size.getMessage());
    }

    @Test
    void sdxlGeneratesFromBothEncodersAndItsSizeConditioning() throws Exception {
        try (StableDiffusion sd = StableDiffusion.load(TinyModels.sdxl(folder), TinyModels.tokenizer(folder))) {
            int arrays = sd.modelArrays();
            StableDiffusion.Settings settings = new StableDiffusion.Settings("(cat:1.2), cat BREAK cat", "a", 2, 6f,
                    Sampler.DPMPP_2M_KARRAS, 5, 64, 64, 1, 0.6f, 0);
            StableDiffusion.Result one = sd.generate(settings, null, null, QUIET);
            assertArrayEquals(new long[] { 1, 4, 8, 8 }, one.latentShape());
            assertArrayEquals(one.latents(), sd.generate(settings, null, null, QUIET).latents(), "the same seed, the same latents");
            StableDiffusion.Settings otherNegative = new StableDiffusion.Settings("(cat:1.2), cat BREAK cat", "c", 2, 6f,
                    Sampler.DPMPP_2M_KARRAS, 5, 64, 64, 1, 0.6f, 0);
            assertFalse(java.util.Arrays.equals(one.latents(), sd.generate(otherNegative, null, null, QUIET).latents()),
                    "the negative prompt conditions the result");
            StableDiffusion.Settings skip = new StableDiffusion.Settings("cat", "", 2, 6f, Sampler.EULER, 5, 64, 64, 2, 0.6f, 0);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> sd.generate(skip, null, null, QUIET));
            assertTrue(refused.getMessage().contains("clip skip"), refused.getMessage());
            assertEquals(arrays, sd.modelArrays(), "generating leaves nothing behind in the model's memory");
        }
    }

    @Test
    void aDiffusersFolderGeneratesExactlyWhatItsCheckpointDoes() throws Exception {
        Path tokenizer = TinyModels.tokenizer(folder);
        for (Path file : new Path[] { TinyModels.sd1(folder), TinyModels.sdxl(folder) }) {
            Path diffusers = folder.resolve(file.getFileName() + "-diffusers");
            try (org.atelier.tensors.TensorSource source = org.atelier.tensors.TensorFiles.open(file)) {
                org.atelier.tensors.SdConverter.toDiffusers(source, diffusers, null, tokenizer,
                        org.atelier.tensors.SdConverter.Progress.NONE);
            }
            StableDiffusion.Settings settings = new StableDiffusion.Settings("cat, (cat)", "ca", 2, 7f, Sampler.EULER_ANCESTRAL, 3,
                    64, 48, 1, 0.6f, 0);
            float[] fromFile;
            try (StableDiffusion sd = StableDiffusion.load(file, tokenizer)) {
                fromFile = sd.generate(settings, null, null, QUIET).latents();
            }
            try (StableDiffusion sd = StableDiffusion.load(diffusers, null)) {
                assertArrayEquals(fromFile, sd.generate(settings, null, null, QUIET).latents(), 0f,
                        file.getFileName() + ": the folder, with its own tokenizer, gives the checkpoint's latents");
            }
        }
        TensorFileException noTokenizer = assertThrows(TensorFileException.class,
                () -> StableDiffusion.load(TinyModels.sd1(folder), null));
        assertTrue(noTokenizer.getMessage().contains("holds no tokenizer"), noTokenizer.getMessage());
    }
}
