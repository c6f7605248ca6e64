package org.atelier.methods.finetune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.atelier.core.model.Precision;
import org.atelier.core.runs.Metrics;
import org.atelier.methods.finetune.model.FineTuneConfig;
import org.atelier.methods.finetune.model.TrainedParts;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;
import org.atelier.training.LocalRunContext;
import org.atelier.training.model.OptimizerKind;
import org.atelier.training.testing.TrainingProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fine-tuning the UNet and the text encoder with a fused back pass trains as without it where clipping does not
 * tell them apart (no clipping): the same loss and gradient norm at every step, and the same checkpoint, with AdamW
 * and with Adafactor, through gradient accumulation.
 */
class FineTuneFusedBackPassTest {

    @TempDir
    Path folder;

    private Run train(String name, boolean fused, OptimizerKind optimizer, int accumulation) throws Exception {
        Path experiment = TrainingProjects.create(folder, SdLayout.tinySd1(), "org.atelier.methods.finetune", FineTuneConfig.class,
                name, config -> {
                    config.setTrains(TrainedParts.UNET_AND_TEXT_ENCODER);
                    config.setSteps(3);
                    config.setGradientAccumulation(accumulation);
                    config.setOptimizer(optimizer);
                    config.setLearningRate("1e-3");
                    config.setMaxGradNorm(0);
                    config.setCheckpointEverySteps(100);
                    config.setOutputName(name);
                    config.setOutputType(Precision.FP32);
                    config.setGradientCheckpointing(true);
                    config.setFusedBackPass(fused);
                });
        LocalRunContext context = new LocalRunContext(experiment, folder.resolve("runs/" + name));
        new FineTuneRunner().run(context);
        List<Metrics.Row> rows = Metrics.read(context.runFolder()).stream().filter(r -> r.values().containsKey("loss")).toList();
        return new Run(rows, context.outputFolder().resolve(name + ".safetensors"), context.log());
    }

    private record Run(List<Metrics.Row> rows, Path checkpoint, List<String> log) {
    }

    private void theSame(OptimizerKind optimizer, int accumulation) throws Exception {
        String name = optimizer.name().toLowerCase(java.util.Locale.ROOT) + accumulation;
        Run plain = train(name + "-plain", false, optimizer, accumulation);
        Run fused = train(name + "-fused", true, optimizer, accumulation);
        assertTrue(fused.log().stream().anyMatch(l -> l.startsWith("Fused back pass: ")), fused.log().toString());
        assertTrue(plain.log().stream().noneMatch(l -> l.startsWith("Fused back pass: ")), plain.log().toString());
        assertEquals(3, fused.rows().size());
        for (int i = 0; i < 3; i++) {
            for (String metric : List.of("loss", "grad_norm")) {
                double a = plain.rows().get(i).values().get(metric);
                double b = fused.rows().get(i).values().get(metric);
                System.out.printf("%s step %d %s: %.8f plain, %.8f fused%n", name, i + 1, metric, a, b);
                assertEquals(a, b, 1e-5 * Math.abs(a), name + " step " + (i + 1) + " " + metric);
            }
        }
        Path base = folder.resolve("models/" + TrainingProjects.MODEL + ".safetensors");
        int trained = 0;
        try (TensorSource start = TensorFiles.open(base); TensorSource a = TensorFiles.open(plain.checkpoint());
                TensorSource b = TensorFiles.open(fused.checkpoint())) {
            for (TensorInfo t : a.tensors()) {
                if (!t.dtype().isFloatingPoint()) {
                    continue;
                }
                float[] s = start.floats(start.tensor(t.name()));
                float[] x = a.floats(t);
                float[] y = b.floats(b.tensor(t.name()));
                double moved = 0;
                double apart = 0;
                for (int i = 0; i < x.length; i++) {
                    moved = Math.max(moved, Math.abs(x[i] - s[i]));
                    apart = Math.max(apart, Math.abs(x[i] - y[i]));
                }
                trained += moved > 0 ? 1 : 0;
                assertTrue(apart <= 1e-4 * moved, name + ": " + t.name() + " differs by " + apart + ", trained by " + moved);
            }
        }
        assertTrue(trained > 100, name + ": the UNet and the text encoder trained: " + trained + " tensors");
    }

    @Test
    void adamWTrainsTheSameFused() throws Exception {
        theSame(OptimizerKind.ADAMW, 1);
    }

    @Test
    void adafactorWithGradientAccumulationTrainsTheSameFused() throws Exception {
        theSame(OptimizerKind.ADAFACTOR, 2);
    }
}
