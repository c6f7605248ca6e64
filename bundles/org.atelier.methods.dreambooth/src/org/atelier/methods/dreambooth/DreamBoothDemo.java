package org.atelier.methods.dreambooth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.methods.dreambooth.model.DreamBoothConfig;
import org.atelier.methods.finetune.model.TrainedParts;
import org.atelier.training.DemoShapes;
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

    /** The subject: four purple triangles of different sizes and places, a colour the demo model has never drawn. */
    private static void addSubject(Path projectFolder) throws IOException {
        int purple = 0x8c28b4;
        int[][] places = { { 32, 34, 40 }, { 28, 30, 32 }, { 36, 32, 30 }, { 32, 32, 46 } };
        List<DemoShapes.Shape> subject = new ArrayList<>();
        for (int[] place : places) {
            subject.add(new DemoShapes.Shape(DemoShapes.Kind.TRIANGLE, purple, place[0], place[1], place[2], "a photo of sks shape"));
        }
        // the images at the dataset folder's top, where its one subset points
        DemoShapes.addDataset(projectFolder, DATASET, "", subject);
    }
}
