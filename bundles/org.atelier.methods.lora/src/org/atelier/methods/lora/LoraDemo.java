package org.atelier.methods.lora;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.methods.lora.model.LoraConfig;
import org.atelier.training.DemoShapes;
import org.atelier.training.TrainingDemo;

/**
 * LoRA's part of the demo project: a colour the demo model was never shown, orange, trained by a rank-4 LoRA on six
 * orange shapes ("an orange square"), sampling as it goes beside "a blue circle", which the model knows.
 */
public final class LoraDemo implements IDemoContribution {

    static final String DATASET = "orange";

    @Override
    public void addTo(Path projectFolder) throws IOException {
        DemoShapes.addDataset(projectFolder, DATASET, "10_" + DATASET, DemoShapes.six(0xf0821e, kind -> "an orange " + kind.word()));
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.lora", LoraConfig.class, "lora",
                "LoRA of rank 4 on demo-base's UNet and text encoder, 60 steps on six orange shapes, a colour the model was"
                        + " never shown (it draws 'an orange square' yellow-orange from the words it knows), sampling 'an"
                        + " orange square' and 'a blue circle' as it trains. The LoRA lands in the run's output folder.",
                DATASET, List.of("an orange square", "a blue circle"), config -> {
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
