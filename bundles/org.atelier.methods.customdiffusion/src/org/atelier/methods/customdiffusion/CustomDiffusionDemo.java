package org.atelier.methods.customdiffusion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.methods.customdiffusion.model.CustomDiffusionConfig;
import org.atelier.training.DemoShapes;
import org.atelier.training.TrainingDemo;

/**
 * Custom Diffusion's part of the demo project: a new word {@code <new1>} bound to pink triangles (a dataset of their own;
 * the model draws triangles green and pink circles), with class images of "a triangle" made by the model first, so
 * that "a <new1> triangle" turns pink while "a triangle" stays the model's own.
 */
public final class CustomDiffusionDemo implements IDemoContribution {

    static final String DATASET = "new1";
    static final int PINK = 0xf08cbe;

    @Override
    public void addTo(Path projectFolder) throws IOException {
        int[][] places = { { 32, 34, 40 }, { 28, 30, 32 }, { 36, 32, 30 }, { 32, 32, 46 } };
        List<DemoShapes.Shape> pink = new ArrayList<>();
        for (int[] place : places) {
            pink.add(new DemoShapes.Shape(DemoShapes.Kind.TRIANGLE, PINK, place[0], place[1], place[2], "a <new1> triangle"));
        }
        DemoShapes.addDataset(projectFolder, DATASET, "", pink);
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.customdiffusion", CustomDiffusionConfig.class,
                "custom-diffusion", "Custom Diffusion of demo-base's cross-attention keys and values with a new word <new1>,"
                        + " on four pink triangles, with 8 class images of 'a triangle' the model makes first: 'a <new1>"
                        + " triangle' turns pink while 'a triangle' stays the model's own; 'a <new1> circle' shows the word on"
                        + " another shape.",
                DATASET, List.of("a <new1> triangle", "a triangle", "a <new1> circle"), config -> {
                    config.setSteps(200);
                    config.setBatchSize(2);
                    config.setLearningRate("2e-3");
                    config.setModifierToken("<new1>");
                    config.setInstancePrompt("a <new1> triangle");
                    config.setClassPrompt("a triangle");
                    config.setClassImages(8);
                    config.setClassSteps(20);
                    config.setCheckpointEverySteps(100);
                    config.setOutputName("demo-new1");
                });
    }
}
