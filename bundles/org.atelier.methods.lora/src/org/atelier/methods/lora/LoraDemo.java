package org.atelier.methods.lora;

import java.io.IOException;
import java.nio.file.Path;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.methods.lora.model.LoraConfig;
import org.atelier.training.TrainingDemo;

/** LoRA's part of the demo project: an experiment training a rank-4 LoRA on the shapes, sampling as it goes. */
public final class LoraDemo implements IDemoContribution {

    @Override
    public void addTo(Path projectFolder) throws IOException {
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.lora", LoraConfig.class, "lora",
                "LoRA of rank 4 on demo-base's UNet and text encoder, 60 steps on the shapes dataset: the loss falls and"
                        + " the samples change within a couple of minutes on a CPU. The LoRA lands in the run's output folder.",
                "a red circle", config -> {
                    config.setSteps(60);
                    config.setRank(4);
                    config.setAlpha(4.0);
                    config.setLearningRate("1e-3");
                    config.setTextEncoderLearningRate(5e-4);
                    config.setCheckpointEverySteps(20);
                    config.setOutputName("demo-lora");
                });
    }
}
