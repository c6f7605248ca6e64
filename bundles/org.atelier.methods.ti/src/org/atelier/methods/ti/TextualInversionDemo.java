package org.atelier.methods.ti;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.methods.ti.model.TextualInversionConfig;
import org.atelier.training.DemoShapes;
import org.atelier.training.TrainingDemo;

/**
 * Textual inversion's part of the demo project: a word for a colour the demo model has never seen, purple, learnt as
 * the token {@code <purple>} from six purple shapes while the model stays as it is.
 */
public final class TextualInversionDemo implements IDemoContribution {

    static final String DATASET = "purple";

    @Override
    public void addTo(Path projectFolder) throws IOException {
        DemoShapes.addDataset(projectFolder, DATASET, "10_" + DATASET, DemoShapes.six(0x8c28b4, DemoShapes.Kind::word));
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.ti", TextualInversionConfig.class, "textual-inversion",
                "Textual inversion of the token <purple> (2 vectors, from 'pink') on demo-base, 60 steps on six purple"
                        + " shapes, a colour the model was never shown; the loss falls within a minute on a CPU. The"
                        + " embedding lands in the run's output folder.",
                DATASET, List.of("a <purple> square", "a <purple> circle"), config -> {
                    config.setSteps(60);
                    config.setToken("<purple>");
                    config.setInitText("pink");
                    config.setVectors(2);
                    config.setTemplate("a [name] [filewords]");
                    config.setLearningRate("5e-2");
                    config.setCheckpointEverySteps(20);
                });
    }
}
