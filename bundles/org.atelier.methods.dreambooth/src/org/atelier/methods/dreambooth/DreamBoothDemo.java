package org.atelier.methods.dreambooth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.atelier.common.AtomicFiles;
import org.atelier.core.methods.IDemoContribution;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.datasets.Datasets;
import org.atelier.methods.dreambooth.model.DreamBoothConfig;
import org.atelier.methods.finetune.model.TrainedParts;
import org.atelier.training.TrainingDemo;

/**
 * DreamBooth's part of the demo project: a subject the demo model has never drawn (a purple triangle, in a dataset
 * of its own made here) bound to the identifier "sks", with class images of "a shape" the model makes first, so that
 * "a photo of sks shape" becomes the triangle while "a photo of shape" stays the model's own.
 */
public final class DreamBoothDemo implements IDemoContribution {

    static final String DATASET = "subject";

    @Override
    public void addTo(Path projectFolder) throws IOException {
        addSubject(projectFolder);
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.dreambooth", DreamBoothConfig.class, "dreambooth",
                "DreamBooth of demo-base's UNet on four purple triangles as 'a photo of sks shape', with 8 class images of"
                        + " 'a photo of shape' made by the model first (kept in the project's cache): 60 steps, a couple of"
                        + " minutes on a CPU. The result joins the project's base models.",
                DATASET, List.of("a photo of sks shape", "a photo of shape"), config -> {
                    config.setSteps(60);
                    config.setTrains(TrainedParts.UNET);
                    config.setLearningRate("1e-4");
                    config.setInstancePrompt("a photo of sks shape");
                    config.setClassPrompt("a photo of shape");
                    config.setClassImages(8);
                    config.setClassSteps(8);
                    config.setCheckpointEverySteps(30);
                    config.setOutputName("demo-dreambooth");
                });
    }

    /** Four 64x64 purple triangles of different sizes and places, and the dataset of them. */
    private static void addSubject(Path projectFolder) throws IOException {
        // the images at the dataset folder's top, where its one subset points (a kohya N_name folder inside would
        // leave that subset without images of its own)
        Path folder = projectFolder.resolve("datasets").resolve(DATASET);
        Files.createDirectories(folder);
        int[][] places = { { 32, 12, 44 }, { 24, 18, 36 }, { 40, 20, 30 }, { 30, 10, 50 } };
        for (int i = 0; i < places.length; i++) {
            BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 64, 64);
            g.setColor(new Color(128, 0, 160));
            int cx = places[i][0];
            int top = places[i][1];
            int size = places[i][2];
            g.fillPolygon(new int[] { cx, cx - size / 2, cx + size / 2 }, new int[] { top, top + size, top + size }, 3);
            g.dispose();
            Path file = folder.resolve("triangle" + i + ".png");
            ImageIO.write(image, "png", file.toFile());
            AtomicFiles.writeString(folder.resolve("triangle" + i + ".txt"), "a photo of sks shape");
        }
        try {
            if (ProjectStore.loadProject(ProjectStore.newResourceSet(), projectFolder).getDatasets().stream()
                    .noneMatch(d -> DATASET.equals(d.getId()))) {
                Datasets.add(projectFolder, projectFolder.resolve("datasets").resolve(DATASET), DATASET, 64);
            }
        } catch (ModelException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
