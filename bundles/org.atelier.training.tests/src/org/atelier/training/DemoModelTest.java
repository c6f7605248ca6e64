package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.tensors.DType;
import org.atelier.tensors.ModelInfo;
import org.atelier.tensors.ModelDetector;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's base model draws what it is asked: for "a red circle", "a blue square", "a yellow circle" and "a green
 * triangle" at a fixed seed, the middle of the image is a shape of the prompt's hue on the demo's light background.
 * A model of random weights draws coloured noise and fails.
 */
class DemoModelTest {

    @TempDir
    Path folder;

    private static final Sampler.Progress QUIET = (done, total) -> {
    };

    /** A prompt and the hue its shape has (degrees, as the pictures it was trained on draw it). */
    private record Expected(String prompt, double hue) {
    }

    @Test
    void theDemoModelIsAnSd1CheckpointOfTheTinyLayoutInFp16() throws Exception {
        Path model = folder.resolve("demo-base.safetensors");
        TrainingDemo.writeBaseModel(model);
        try (TensorSource source = TensorFiles.open(model)) {
            assertEquals(ModelInfo.Architecture.SD1, ModelDetector.detect(source).architecture());
            List<SdLayout.Entry> layout = SdLayout.checkpoint(SdLayout.tinySd1());
            assertEquals(layout.size(), source.tensors().size());
            for (SdLayout.Entry entry : layout) {
                TensorInfo tensor = source.tensor(entry.name());
                assertTrue(tensor != null && java.util.Arrays.equals(entry.shape(), tensor.shape()) && tensor.dtype() == DType.F16,
                        entry.name());
            }
        }
    }

    @Test
    void itDrawsTheShapeInThePromptsColourOnALightBackground() throws Exception {
        Path model = folder.resolve("demo-base.safetensors");
        TrainingDemo.writeBaseModel(model);
        Path tokenizer = ClipTokenizer.writeByteLevel(folder.resolve("tokenizer"));
        List<Expected> expected = List.of(new Expected("a red circle", 0), new Expected("a blue square", 228),
                new Expected("a yellow circle", 51), new Expected("a green triangle", 134));
        List<String> failures = new ArrayList<>();
        List<BufferedImage> drawn = new ArrayList<>();
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer)) {
            for (Expected e : expected) {
                // as atelier generate draws by default: Euler a, 20 steps, CFG scale 7
                BufferedImage image = sd.generate(new StableDiffusion.Settings(e.prompt(), "", 20, 7, Sampler.EULER_ANCESTRAL,
                        1, 64, 64, 1, 0.75f, 0), null, null, QUIET).image();
                drawn.add(image);
                String problem = Picture.of(image).problem(e.hue());
                if (problem != null) {
                    failures.add(e.prompt() + ": " + problem);
                }
            }
        }
        saveStrip(drawn, "demo-model.png");
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }

    /**
     * Saves the pictures side by side, three times their size, into the folder {@code atelier.screenshots} names
     * ({@code target/screenshots} by default; {@code ./screenshots.sh} gives the README's {@code docs/screenshots}).
     */
    private static void saveStrip(List<BufferedImage> images, String name) throws java.io.IOException {
        int scale = 3;
        int gap = 4;
        int size = images.get(0).getWidth() * scale;
        BufferedImage strip = new BufferedImage(images.size() * (size + gap) - gap, size, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = strip.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, strip.getWidth(), size);
            for (int i = 0; i < images.size(); i++) {
                g.drawImage(images.get(i), i * (size + gap), 0, size, size, null);
            }
        } finally {
            g.dispose();
        }
        Path folder = Path.of(System.getProperty("atelier.screenshots", "target/screenshots"));
        java.nio.file.Files.createDirectories(folder);
        javax.imageio.ImageIO.write(strip, "png", folder.resolve(name).toFile());
    }

    /** The pixels of a shape, at the least: a 10x10 square's. */
    private static final int SMALLEST = 100;

    /** What an image shows: its background (the border's mean colour) and the pixels of its middle that differ from it. */
    private record Picture(float[] background, List<float[]> shape, int middle) {

        /** The pixels of the middle 32x32 that differ from the background by more than a fifth of the range. */
        static Picture of(BufferedImage image) {
            int w = image.getWidth();
            int h = image.getHeight();
            float[] sum = new float[3];
            int border = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    if (x < 3 || y < 3 || x >= w - 3 || y >= h - 3) {
                        float[] p = rgb(image.getRGB(x, y));
                        for (int c = 0; c < 3; c++) {
                            sum[c] += p[c];
                        }
                        border++;
                    }
                }
            }
            float[] background = { sum[0] / border, sum[1] / border, sum[2] / border };
            List<float[]> shape = new ArrayList<>();
            int middle = 0;
            for (int y = h / 2 - 16; y < h / 2 + 16; y++) {
                for (int x = w / 2 - 16; x < w / 2 + 16; x++) {
                    float[] p = rgb(image.getRGB(x, y));
                    middle++;
                    if (distance(p, background) > 0.2f * (float) Math.sqrt(3)) {
                        shape.add(p);
                    }
                }
            }
            return new Picture(background, shape, middle);
        }

        /** Null when the image is a shape of {@code hue} on a light background; else what is wrong. */
        String problem(double hue) {
            float light = (background[0] + background[1] + background[2]) / 3;
            if (light < 0.7f) {
                return String.format(Locale.ROOT, "the background is not light (%.2f %.2f %.2f)", background[0],
                        background[1], background[2]);
            }
            // the smallest shape the model learnt, a triangle 24 pixels wide, covers 288 pixels
            if (shape.size() < SMALLEST) {
                return "only " + shape.size() + " of the middle's " + middle + " pixels differ from the background";
            }
            int near = 0;
            for (float[] p : shape) {
                if (saturation(p) > 0.35f && Math.abs(angle(hue(p) - hue)) <= 25) {
                    near++;
                }
            }
            if (near < shape.size() * 3 / 4) {
                float[] mean = new float[3];
                shape.forEach(p -> {
                    for (int c = 0; c < 3; c++) {
                        mean[c] += p[c] / shape.size();
                    }
                });
                return String.format(Locale.ROOT, "%d of the shape's %d pixels have a hue near %.0f° (its mean colour: %.2f"
                        + " %.2f %.2f, hue %.0f°)", near, shape.size(), hue, mean[0], mean[1], mean[2], hue(mean));
            }
            return null;
        }
    }

    private static float[] rgb(int argb) {
        return new float[] { ((argb >> 16) & 0xff) / 255f, ((argb >> 8) & 0xff) / 255f, (argb & 0xff) / 255f };
    }

    private static float distance(float[] a, float[] b) {
        float d = 0;
        for (int c = 0; c < 3; c++) {
            d += (a[c] - b[c]) * (a[c] - b[c]);
        }
        return (float) Math.sqrt(d);
    }

    private static float saturation(float[] p) {
        float max = Math.max(p[0], Math.max(p[1], p[2]));
        float min = Math.min(p[0], Math.min(p[1], p[2]));
        return max == 0 ? 0 : (max - min) / max;
    }

    /** The hue in degrees, 0 to 360. */
    private static double hue(float[] p) {
        float[] hsb = java.awt.Color.RGBtoHSB(Math.round(p[0] * 255), Math.round(p[1] * 255), Math.round(p[2] * 255), null);
        return hsb[0] * 360.0;
    }

    /** An angle's difference brought into -180..180. */
    private static double angle(double degrees) {
        double a = ((degrees % 360) + 360) % 360;
        return a > 180 ? a - 360 : a;
    }
}
