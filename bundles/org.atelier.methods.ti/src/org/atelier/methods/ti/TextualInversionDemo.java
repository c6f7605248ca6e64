package org.atelier.methods.ti;

import java.io.IOException;
import java.nio.file.Path;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.methods.ti.model.TextualInversionConfig;
import org.atelier.training.TrainingDemo;

/** Textual inversion's part of the demo project: an embedding of the shapes, trained for a minute on a CPU. */
public final class TextualInversionDemo implements IDemoContribution {

    @Override
    public void addTo(Path projectFolder) throws IOException {
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.ti", TextualInversionConfig.class, "textual-inversion",
                "Textual inversion of the token <shape> (2 vectors, from 'shape') on demo-base, 60 steps on the shapes"
                        + " dataset: the loss falls within a couple of minutes on a CPU. The embedding lands in the run's"
                        + " output folder.",
                "a red <shape>", config -> {
                    config.setSteps(60);
                    config.setToken("<shape>");
                    config.setInitText("shape");
                    config.setVectors(2);
                    config.setTemplate("[filewords], [name]");
                    config.setLearningRate("5e-2");
                    config.setCheckpointEverySteps(20);
                });
    }
}
