package org.atelier.methods.customdiffusion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.methods.customdiffusion.model.CustomDiffusionConfig;
import org.atelier.training.DemoShapes;
import org.atelier.training.TrainingDemo;

/**
 * Custom Diffusion's part of the demo project: a colour the demo model has never drawn (brown, on circles and squares
 * in a dataset of their own; brown, unlike purple, comes through the demo model's VAE) bound to the new word
 * {@code <new1>}, with class images of "a shape" made by the model first. The samples show the word carried to a shape
 * it never saw brown ("a <new1> triangle") while "a triangle" stays the model's own.
 */
public final class CustomDiffusionDemo implements IDemoContribution {

    static final String DATASET = "new1";
    static final int BROWN = 0x8c5a2d;

    @Override
    public void addTo(Path projectFolder) throws IOException {
        List<DemoShapes.Shape> brown = DemoShapes.six(BROWN, kind -> "a <new1> " + kind.word()).stream()
                .filter(shape -> shape.kind() != DemoShapes.Kind.TRIANGLE).toList();
        DemoShapes.addDataset(projectFolder, DATASET, "", brown);
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.customdiffusion", CustomDiffusionConfig.class,
                "custom-diffusion", "Custom Diffusion of demo-base's cross-attention keys and values with a new word <new1>,"
                        + " on four brown circles and squares, with 8 class images of 'a shape' the model makes first: the"
                        + " samples draw a brown triangle, a shape it never saw brown.",
                DATASET, List.of("a <new1> triangle", "a <new1> circle", "a triangle"), config -> {
                    config.setSteps(120);
                    config.setBatchSize(2);
                    config.setLearningRate("1e-3");
                    config.setModifierToken("<new1>");
                    config.setInstancePrompt("a <new1> shape");
                    config.setUseCaptions(true);
                    config.setClassPrompt("a shape");
                    config.setClassImages(8);
                    config.setClassSteps(8);
                    config.setCheckpointEverySteps(60);
                    config.setOutputName("demo-new1");
                });
    }
}
