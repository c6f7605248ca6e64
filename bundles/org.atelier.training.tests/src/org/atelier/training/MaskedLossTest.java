package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.atelier.core.runs.Metrics;
import org.atelier.datasets.Masks;
import org.atelier.methods.lora.model.LoraConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The masked loss on a tiny model: an image's {@code -masklabel.png} weighs its squared error; all white is the
 * plain loss, all black counts nothing, half weighs half the picture; masks are no training images.
 */
class MaskedLossTest {

    @TempDir
    Path folder;

    @Test
    void aMaskWeighsTheLossWhereItIsWhite() throws Exception {
        Path experiment = Projects.lora(folder, "masked", config -> {
            config.setSteps(3);
            config.setBatchSize(2);
            config.setLearningRate("1e-3");
            config.setCheckpointEverySteps(100);
        });
        List<Double> plain = losses(experiment, "plain");
        writeMasks(0, 64);
        List<Double> white = losses(experiment, "white");
        for (int i = 0; i < plain.size(); i++) {
            assertEquals(plain.get(i), white.get(i), 1e-5, "an all-white mask is the plain loss, step " + (i + 1));
        }
        writeMasks(0, 0);
        assertEquals(List.of(0.0, 0.0, 0.0), losses(experiment, "black"), "an all-black mask counts nothing");
        writeMasks(0, 32);
        List<Double> half = losses(experiment, "half");
        assertNotEquals(plain, half, "half a mask weighs half the picture");
        assertTrue(half.stream().allMatch(l -> l > 0));
        writeMasks(0, 32, 32); // masks of half the images' size
        TrainingException e = org.junit.jupiter.api.Assertions.assertThrows(TrainingException.class,
                () -> losses(experiment, "small"));
        assertTrue(e.getMessage().contains("-masklabel.png") && e.getMessage().contains("32x32")
                && e.getMessage().contains("64x64"), e.getMessage());
    }

    /** A mask beside each image of the dataset, white from column {@code from} to {@code to}, black elsewhere. */
    private void writeMasks(int from, int to) throws Exception {
        writeMasks(from, to, 64);
    }

    /** {@link #writeMasks(int, int)} of masks {@code size} pixels wide and high. */
    private void writeMasks(int from, int to, int size) throws Exception {
        List<Path> images;
        try (Stream<Path> files = Files.walk(folder.resolve("images"))) {
            images = files.filter(f -> f.toString().endsWith(".png") && !Masks.isMask(f)).toList();
        }
        assertEquals(4, images.size());
        for (Path image : images) {
            BufferedImage mask = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = mask.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(from, 0, to - from, size);
            g.dispose();
            Path file = image.resolveSibling(image.getFileName().toString().replace(".png", Masks.SUFFIX));
            ImageIO.write(mask, "png", file.toFile());
            assertEquals(file, Masks.of(image));
        }
    }

    private List<Double> losses(Path experiment, String name) throws Exception {
        LocalRunContext context = new LocalRunContext(experiment, folder.resolve("runs/" + name));
        TrainingRun.run(context, LoraConfig.class, (sd, config, data) -> LoraTrainingTest.LoraRunnerAccess.attach(context, sd, config, data));
        assertTrue(context.log().stream().anyMatch(l -> l.startsWith("Training on 4 images")), context.log().toString());
        return Metrics.read(context.runFolder()).stream().filter(r -> r.values().containsKey("loss"))
                .map(r -> r.values().get("loss")).toList();
    }
}
