package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.atelier.core.runs.Metrics;
import org.atelier.diffusion.nn.Ops;
import org.atelier.methods.ti.TextualInversion;
import org.atelier.methods.ti.TextualInversionRunner;
import org.atelier.methods.ti.model.TextualInversionConfig;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.training.model.OptimizerKind;
import org.atelier.training.optim.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;

/** What other methods build on: the prediction hook (Dream Artist's guidance in the loss), EMA, Prodigy, Adafactor. */
class TrainerHooksTest {

    @TempDir
    Path folder;

    private Path experiment(String name, OptimizerKind optimizer, double ema, int steps) throws Exception {
        return Projects.textualInversion(folder, name, config -> {
            config.setSteps(steps);
            config.setToken("<shape>");
            config.setInitText("shape");
            config.setLearningRate(optimizer == OptimizerKind.PRODIGY ? "1" : "5e-2");
            config.setOptimizer(optimizer);
            config.setEmaDecay(ema);
            config.setCheckpointEverySteps(steps);
        });
    }

    /** Textual inversion whose prediction is guided inside the loss: {@code u + scale·(c - u)}, u unconditioned. */
    private static Trainer.Method guided(TextualInversion ti, float scale) {
        return new Trainer.Method() {
            @Override
            public List<Parameter> parameters() {
                return ti.parameters();
            }

            @Override
            public String prompt(String caption) {
                return ti.prompt(caption);
            }

            @Override
            public NDArray predict(Trainer.Prediction p) {
                NDArray conditioned = p.unet(p.condition());
                NDArray unconditioned = p.unet(p.conditionOf(Collections.nCopies(p.prompts().size(), "")));
                return unconditioned.add(Ops.mul(conditioned.sub(unconditioned), scale));
            }

            @Override
            public List<Path> save(Path out, long step) throws IOException {
                return ti.save(out, step);
            }
        };
    }

    private List<Double> losses(Path file, String run, Float scale) throws Exception {
        LocalRunContext context = new LocalRunContext(file, folder.resolve("runs/" + run));
        TrainingRun.run(context, TextualInversionConfig.class, (sd, config, data) -> {
            TextualInversion ti = TextualInversionRunner.attach(context, sd, config);
            return scale == null ? ti : guided(ti, scale);
        });
        return Metrics.read(context.runFolder()).stream().filter(r -> r.values().containsKey("loss"))
                .map(r -> r.values().get("loss")).toList();
    }

    @Test
    void aMethodsPredictionHookIsWhatTheLossSees() throws Exception {
        Path file = experiment("hook", OptimizerKind.ADAMW, 0, 4);
        List<Double> plain = losses(file, "plain", null);
        List<Double> one = losses(file, "one", 1f);
        List<Double> three = losses(file, "three", 3f);
        assertEquals(4, plain.size());
        for (int i = 0; i < plain.size(); i++) {
            assertEquals(plain.get(i), one.get(i), 1e-4 * plain.get(i), "guidance 1 is the conditioned prediction: " + plain + one);
        }
        assertTrue(Math.abs(three.get(0) - plain.get(0)) > 1e-3 * plain.get(0), "guidance 3 changes the loss: " + plain + three);
    }

    @Test
    void withEmaTheResultIsTheAverageNotTheLastWeights() throws Exception {
        Path file = experiment("ema", OptimizerKind.ADAMW, 0.9, 4);
        LocalRunContext context = new LocalRunContext(file, folder.resolve("runs/ema"));
        new TextualInversionRunner().run(context);
        Path checkpoint;
        try (Stream<Path> files = Files.list(context.checkpointsFolder())) {
            checkpoint = files.filter(f -> f.toString().endsWith(".safetensors")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        try (SafetensorsReader out = SafetensorsReader.open(context.outputFolder().resolve("shape.safetensors"));
                SafetensorsReader state = SafetensorsReader.open(checkpoint)) {
            float[] result = out.floats(out.tensor("emb_params"));
            assertArrayEquals(state.floats(state.tensor("ema/emb_params")), result, 1e-6f, "the saved embedding is the average");
            assertFalse(java.util.Arrays.equals(state.floats(state.tensor("param/emb_params")), result),
                    "which differs from the trained weights");
        }
    }

    @Test
    void prodigyTrainsWithALearningRateOfOne() throws Exception {
        Path file = experiment("prodigy", OptimizerKind.PRODIGY, 0, 20);
        LocalRunContext context = new LocalRunContext(file, folder.resolve("runs/prodigy"));
        new TextualInversionRunner().run(context);
        List<Double> d = Metrics.read(context.runFolder()).stream().filter(r -> r.values().containsKey("prodigy_d"))
                .map(r -> r.values().get("prodigy_d")).toList();
        assertEquals(20, d.size());
        assertEquals(1e-6, d.get(0), 1e-12, "d starts at d0");
        assertTrue(d.get(19) > 100 * d.get(0), "and grows as the embedding moves: " + d);
        for (int i = 1; i < d.size(); i++) {
            assertTrue(d.get(i) >= d.get(i - 1), "never shrinking: " + d);
        }
        try (SafetensorsReader reader = SafetensorsReader.open(context.checkpointsFolder().resolve("step-00000020.safetensors"))) {
            assertTrue(reader.metadata().containsKey("atelier.optimizer.d_numerator"), "its estimate is checkpointed");
            assertTrue(reader.tensor("optimizer/p0.emb_params") != null, "and its initial weights");
        }
    }

    /**
     * Adafactor with kohya's defaults (relative step, scaled by the parameter) and a first moment: the learning rate
     * logged is the one it applied, {@code 1e-2·RMS(p)}, not the configured one; its factored state is checkpointed
     * and a run resumed from it ends where an uninterrupted run ends.
     */
    @Test
    void adafactorLogsTheRateItAppliedAndResumesExactly() throws Exception {
        Path file = Projects.textualInversion(folder, "adafactor", config -> {
            config.setSteps(6);
            config.setToken("<shape>");
            config.setInitText("shape");
            config.setLearningRate("5e-2");
            config.setOptimizer(OptimizerKind.ADAFACTOR);
            config.setAdafactorBeta1(0.9);
            config.setCheckpointEverySteps(2);
        });
        LocalRunContext straight = new LocalRunContext(file, folder.resolve("runs/straight"));
        TrainingRun.run(straight, TextualInversionConfig.class, (sd, config, data) -> TextualInversionRunner.attach(straight, sd, config));
        List<Metrics.Row> rows = Metrics.read(straight.runFolder()).stream().filter(r -> r.values().containsKey("lr")).toList();
        assertEquals(6, rows.size());
        try (SafetensorsReader four = SafetensorsReader.open(straight.checkpointsFolder().resolve("step-00000004.safetensors"))) {
            float[] weights = four.floats(four.tensor("param/emb_params"));
            double sum = 0;
            for (float w : weights) {
                sum += (double) w * w;
            }
            double expected = 1e-2 * Math.max(1e-3, Math.sqrt(sum / weights.length));
            assertEquals(expected, rows.get(4).values().get("lr"), 1e-5 * expected, "step 5's rate: 1e-2 times the RMS of step 4's weights");
            long[] shape = four.tensor("param/emb_params").shape();
            assertEquals(2, shape.length, "the embedding is a matrix, so its second moment is factored");
            assertEquals(shape[0], four.tensor("optimizer/exp_avg_sq_row.emb_params").numel());
            assertEquals(shape[1], four.tensor("optimizer/exp_avg_sq_col.emb_params").numel());
            assertEquals(shape[0] * shape[1], four.tensor("optimizer/exp_avg.emb_params").numel());
            assertArrayEquals(new float[] { 4f }, four.floats(four.tensor("optimizer/step.emb_params")));
        }

        LocalRunContext broken = new LocalRunContext(file, folder.resolve("runs/broken"));
        IOException crash = assertThrows(IOException.class, () -> TrainingRun.run(broken, TextualInversionConfig.class,
                (sd, config, data) -> TextualInversionRunner.attach(broken, sd, config), (step, loss) -> {
                    if (step == 5) {
                        throw new IOException("killed after step 5");
                    }
                }));
        assertEquals("killed after step 5", crash.getMessage());
        LocalRunContext resumed = new LocalRunContext(file, folder.resolve("runs/broken"));
        TrainingRun.run(resumed, TextualInversionConfig.class, (sd, config, data) -> TextualInversionRunner.attach(resumed, sd, config));
        assertTrue(resumed.log().stream().anyMatch(l -> l.startsWith("Resuming at step 4")), resumed.log().toString());
        List<Metrics.Row> again = Metrics.read(broken.runFolder()).stream().filter(r -> r.values().containsKey("lr")).toList();
        for (int i = 0; i < 6; i++) {
            assertEquals(rows.get(i).values().get("loss"), again.get(i).values().get("loss"), 1e-6, "step " + (i + 1));
            assertEquals(rows.get(i).values().get("lr"), again.get(i).values().get("lr"), 1e-12, "step " + (i + 1));
        }
        try (SafetensorsReader a = SafetensorsReader.open(straight.outputFolder().resolve("shape.safetensors"));
                SafetensorsReader b = SafetensorsReader.open(broken.outputFolder().resolve("shape.safetensors"))) {
            assertArrayEquals(a.floats(a.tensor("emb_params")), b.floats(b.tensor("emb_params")), 1e-6f);
        }
    }
}
