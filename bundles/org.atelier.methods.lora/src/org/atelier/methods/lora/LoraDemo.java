package org.atelier.methods.lora;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.methods.lora.model.LoraConfig;
import org.atelier.training.DemoShapes;
import org.atelier.training.TrainingDemo;

/**
 * LoRA's part of the demo project: a colour the demo model was never shown, brown, trained by a rank-4 LoRA on six
 * brown shapes ("a brown square"), sampling "a brown circle" as it goes beside "a blue circle", which the model knows.
 */
public final class LoraDemo implements IDemoContribution {

    static final String DATASET = "brown";

    @Override
    public void addTo(Path projectFolder) throws IOException {
        DemoShapes.addDataset(projectFolder, DATASET, "10_" + DATASET, DemoShapes.six(0x8c5a28, kind -> "a brown " + kind.word()));
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.lora", LoraConfig.class, "lora",
                "LoRA of rank 4 on demo-base's UNet and text encoder, 200 steps on six brown shapes, a colour the model was"
                        + " never shown (it draws 'a brown circle' dark blue), sampling 'a brown circle' and 'a blue circle'"
                        + " as it trains: within a minute on a CPU the circle turns brown. The LoRA lands in the run's output"
                        + " folder.",
                DATASET, List.of("a brown circle", "a blue circle"), config -> {
                    config.setSteps(200);
                    config.setRank(4);
                    config.setAlpha(4.0);
                    config.setLearningRate("6e-3");
                    config.setTextEncoderLearningRate(5e-4);
                    config.setCheckpointEverySteps(40);
                    config.setOutputName("demo-lora");
                });
    }
}
