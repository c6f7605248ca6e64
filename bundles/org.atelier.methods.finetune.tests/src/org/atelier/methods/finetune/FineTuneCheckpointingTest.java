package org.atelier.methods.finetune;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.atelier.core.model.Precision;
import org.atelier.core.runs.Metrics;
import org.atelier.methods.finetune.model.FineTuneConfig;
import org.atelier.methods.finetune.model.TrainedParts;
import org.atelier.tensors.SdLayout;
import org.atelier.training.LocalRunContext;
import org.atelier.training.testing.TrainingProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fine-tuning the UNet and the text encoder with gradient checkpointing trains as without it: the same loss and the
 * same gradient norm at every step, through gradient accumulation and the optimizer's steps.
 */
class FineTuneCheckpointingTest {

    @TempDir
    Path folder;

    private List<Metrics.Row> train(String name, boolean checkpointing) throws Exception {
        Path experiment = TrainingProjects.create(folder, SdLayout.tinySd1(), "org.atelier.methods.finetune", FineTuneConfig.class,
                name, config -> {
                    config.setTrains(TrainedParts.UNET_AND_TEXT_ENCODER);
                    config.setSteps(3);
                    config.setGradientAccumulation(2);
                    config.setLearningRate("1e-3");
                    config.setCheckpointEverySteps(100);
                    config.setOutputName(name);
                    config.setOutputType(Precision.FP32);
                    config.setGradientCheckpointing(checkpointing);
                });
        LocalRunContext context = new LocalRunContext(experiment, folder.resolve("runs/" + name));
        new FineTuneRunner().run(context);
        return Metrics.read(context.runFolder()).stream().filter(r -> r.values().containsKey("loss")).toList();
    }

    @Test
    void theLossesAndGradientNormsAreTheSameWithCheckpointing() throws Exception {
        List<Metrics.Row> whole = train("whole", false);
        List<Metrics.Row> checkpointed = train("checkpointed", true);
        assertEquals(3, whole.size());
        assertEquals(3, checkpointed.size());
        for (int i = 0; i < whole.size(); i++) {
            for (String metric : List.of("loss", "grad_norm")) {
                double a = whole.get(i).values().get(metric);
                double b = checkpointed.get(i).values().get(metric);
                System.out.printf("step %d %s: %.8f whole, %.8f checkpointed%n", i + 1, metric, a, b);
                assertEquals(a, b, 1e-5 * Math.abs(a), "step " + (i + 1) + " " + metric);
            }
        }
    }
}
