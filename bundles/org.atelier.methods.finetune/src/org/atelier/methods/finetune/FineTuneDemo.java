package org.atelier.methods.finetune;

import java.io.IOException;
import java.nio.file.Path;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.methods.finetune.model.FineTuneConfig;
import org.atelier.methods.finetune.model.TrainedParts;
import org.atelier.training.TrainingDemo;

/** Fine-tuning's part of the demo project: the demo model's UNet and text encoder trained further on the shapes. */
public final class FineTuneDemo implements IDemoContribution {

    @Override
    public void addTo(Path projectFolder) throws IOException {
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.finetune", FineTuneConfig.class, "fine-tuning",
                "Fine-tuning of demo-base's UNet and text encoder, 60 steps on the shapes dataset: every weight trains, the"
                        + " result is a whole checkpoint that joins the project's base models.",
                "a red circle", config -> {
                    config.setSteps(60);
                    config.setTrains(TrainedParts.UNET_AND_TEXT_ENCODER);
                    config.setLearningRate("1e-4");
                    config.setCheckpointEverySteps(30);
                    config.setOutputName("demo-finetuned");
                });
    }
}
