package org.atelier.methods.ti;

import static org.atelier.training.Config.set;

import java.io.IOException;
import java.nio.file.Path;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.training.TrainingDemo;

/** Textual inversion's part of the demo project: an embedding of the shapes, trained for a minute on a CPU. */
public final class TextualInversionDemo implements IDemoContribution {

    @Override
    public void addTo(Path projectFolder) throws IOException {
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.ti", "textual-inversion",
                "Textual inversion of the token <shape> (2 vectors, from 'shape') on demo-base, 60 steps on the shapes"
                        + " dataset: the loss falls within a couple of minutes on a CPU. The embedding lands in the run's"
                        + " output folder.",
                "a red <shape>", config -> {
                    set(config, "steps", 60);
                    set(config, "token", "<shape>");
                    set(config, "initText", "shape");
                    set(config, "vectors", 2);
                    set(config, "template", "[filewords], [name]");
                    set(config, "learningRate", "5e-2");
                    set(config, "checkpointEverySteps", 20);
                });
    }
}
