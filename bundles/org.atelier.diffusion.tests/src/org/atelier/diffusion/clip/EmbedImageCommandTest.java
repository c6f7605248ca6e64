package org.atelier.diffusion.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.atelier.cli.Cli;
import org.atelier.runtime.Compute;
import org.atelier.training.testing.TinyClipVision;
import org.atelier.tensors.SafetensorsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDManager;

/** {@code atelier embed-image}: CLIP image embeddings printed and saved, and bad input refused by name. */
class EmbedImageCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int atelier(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private Path image(String name, int w, int h, int rgb) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, (x + y) % 3 == 0 ? rgb : 0x202020);
            }
        }
        Path file = folder.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void embeddingsArePrintedAndSavedAsTheEncoderComputesThem() throws Exception {
        Path model = folder.resolve("clip-vision.safetensors");
        new TinyClipVision(8).writeOpenClip(model, "visual.");
        Path red = image("red.png", 24, 20, 0xE02020);
        Path blue = image("blue.png", 16, 30, 0x2020E0);
        Path saved = folder.resolve("embeds.safetensors");

        assertEquals(Cli.OK, atelier("embed-image", "--clip", model.toString(), red.toString(), blue.toString()),
                err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("OpenCLIP layout") && printed.contains("embeddings of 32"), printed);
        assertTrue(printed.contains(red + ": [") && printed.contains(blue + ": ["), printed);

        assertEquals(Cli.OK, atelier("embed-image", "--clip", model.toString(), red.toString(), blue.toString(), "-o",
                saved.toString()), err.toString(StandardCharsets.UTF_8));
        try (SafetensorsReader file = SafetensorsReader.open(saved);
                NDManager manager = Compute.engine().newBaseManager()) {
            assertEquals("clip-image-embeddings", file.metadata().get("atelier.kind"));
            assertEquals("red.png\nblue.png", file.metadata().get("images"));
            float[] embeds = file.floats(file.tensor("image_embeds"));
            ClipVisionEncoder encoder = ClipVisionEncoder.open(model, manager);
            float[] expected = encoder.embed(ClipImageProcessor.pixels(manager,
                    List.of(ImageIO.read(red.toFile()), ImageIO.read(blue.toFile())), encoder.imageSize())).toFloatArray();
            assertArrayEquals(expected, embeds, 1e-6f);
            // the printed values are the saved ones, to six digits
            String first = printed.substring(printed.indexOf(red + ": [") + (red + ": [").length()).split(",")[0];
            assertEquals(embeds[0], Float.parseFloat(first), Math.abs(embeds[0]) * 1e-5);
        }
    }

    @Test
    void badInputIsRefusedByName() throws Exception {
        Path model = folder.resolve("clip-vision.safetensors");
        new TinyClipVision(8).writeHuggingFace(model, "");
        Path broken = folder.resolve("broken.png");
        Files.write(broken, new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 });
        Path red = image("red.png", 8, 8, 0xE02020);

        assertEquals(Cli.INVALID, atelier("embed-image", "--clip", model.toString(), broken.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken.png"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Cli.INVALID, atelier("embed-image", "--clip", folder.resolve("none").toString(), red.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("none"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Cli.INVALID, atelier("embed-image", "--clip", red.toString(), red.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("red.png"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Cli.INVALID, atelier("embed-image", "--clip", model.toString(), red.toString(), "-o",
                folder.resolve("out.pt").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(".safetensors"), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.notExists(folder.resolve("out.pt")));
    }
}
