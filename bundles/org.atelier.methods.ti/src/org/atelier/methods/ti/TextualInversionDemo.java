package org.atelier.methods.ti;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.methods.ti.model.TextualInversionConfig;
import org.atelier.training.DemoShapes;
import org.atelier.training.TrainingDemo;

/**
 * Textual inversion's part of the demo project: a word for a colour the demo model was never shown, orange, learnt as
 * the token {@code <amber>} from six orange shapes while the model stays as it is, starting from "yellow".
 */
public final class TextualInversionDemo implements IDemoContribution {

    static final String DATASET = "amber";

    @Override
    public void addTo(Path projectFolder) throws IOException {
        DemoShapes.addDataset(projectFolder, DATASET, "10_" + DATASET, DemoShapes.six(0xf0821e, DemoShapes.Kind::word));
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.ti", TextualInversionConfig.class, "textual-inversion",
                "Textual inversion of the token <amber> on demo-base, 100 steps on six orange shapes, a colour the model"
                        + " was never shown: 6 vectors, one for each token of 'yellow' they start from, so that 'a <amber>"
                        + " square' is yellow before training and orange within half a minute on a CPU. The embedding lands"
                        + " in the run's output folder.",
                DATASET, List.of("a <amber> square", "a <amber> circle"), config -> {
                    config.setSteps(100);
                    config.setToken("<amber>");
                    config.setInitText("yellow");
                    config.setVectors(6);
                    config.setTemplate("a [name] [filewords]");
                    config.setLearningRate("5e-2");
                    config.setCheckpointEverySteps(20);
                });
    }
}
