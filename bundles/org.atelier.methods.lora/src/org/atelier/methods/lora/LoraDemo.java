package org.atelier.methods.lora;

import static org.atelier.training.Config.set;

import java.io.IOException;
import java.nio.file.Path;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.training.TrainingDemo;

/** LoRA's part of the demo project: an experiment training a rank-4 LoRA on the shapes, sampling as it goes. */
public final class LoraDemo implements IDemoContribution {

    @Override
    public void addTo(Path projectFolder) throws IOException {
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.lora", "lora",
                "LoRA of rank 4 on demo-base's UNet and text encoder, 60 steps on the shapes dataset: the loss falls and"
                        + " the samples change within a couple of minutes on a CPU. The LoRA lands in the run's output folder.",
                "a red circle", config -> {
                    set(config, "steps", 60);
                    set(config, "rank", 4);
                    set(config, "alpha", 4.0);
                    set(config, "learningRate", "1e-3");
                    set(config, "textEncoderLearningRate", 5e-4);
                    set(config, "checkpointEverySteps", 20);
                    set(config, "outputName", "demo-lora");
                });
    }
}
