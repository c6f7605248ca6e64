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
 * DreamBooth's part of the demo project: a subject the demo model has never drawn (an orange triangle, in a dataset
 * of its own made here) bound to the identifier "sks", with class images of "a triangle" the model makes first, so
 * that "a sks triangle" becomes the subject while "a triangle" stays the model's own green one.
 */
public final class DreamBoothDemo implements IDemoContribution {

    static final String DATASET = "subject";

    @Override
    public void addTo(Path projectFolder) throws IOException {
        addSubject(projectFolder);
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.dreambooth", DreamBoothConfig.class, "dreambooth",
                "DreamBooth of demo-base's UNet on four orange triangles as 'a sks triangle', with 8 class images of"
                        + " 'a triangle' made by the model first (kept in the project's cache): 100 steps, about a minute on"
                        + " a CPU. 'a sks triangle' turns from the model's green to the subject's orange while 'a triangle'"
                        + " stays green. The result joins the project's base models.",
                DATASET, List.of("a sks triangle", "a triangle"), config -> {
                    config.setSteps(100);
                    config.setTrains(TrainedParts.UNET);
                    config.setLearningRate("3e-4");
                    config.setInstancePrompt("a sks triangle");
                    config.setClassPrompt("a triangle");
                    config.setClassImages(8);
                    config.setClassSteps(20);
                    config.setCheckpointEverySteps(25);
                    config.setOutputName("demo-dreambooth");
                });
    }

    /** The subject: four orange triangles of different sizes and places. */
    private static void addSubject(Path projectFolder) throws IOException {
        int orange = 0xf0821e;
        int[][] places = { { 32, 34, 40 }, { 28, 30, 32 }, { 36, 32, 30 }, { 32, 32, 46 } };
        List<DemoShapes.Shape> subject = new ArrayList<>();
        for (int[] place : places) {
            subject.add(new DemoShapes.Shape(DemoShapes.Kind.TRIANGLE, orange, place[0], place[1], place[2], "a sks triangle"));
        }
        // the images at the dataset folder's top, where its one subset points
        DemoShapes.addDataset(projectFolder, DATASET, "", subject);
    }
}
