package org.atelier.methods.hypernetwork;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.atelier.core.runs.Metrics;
import org.atelier.diffusion.hypernetwork.Hypernetwork;
import org.atelier.methods.hypernetwork.model.Activation;
import org.atelier.methods.hypernetwork.model.HypernetworkConfig;
import org.atelier.tensors.SdLayout;
import org.atelier.training.LocalRunContext;
import org.atelier.training.TrainingException;
import org.atelier.training.TrainingRun;
import org.atelier.training.testing.TrainingProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/** A hypernetwork trained on a tiny SD 1.x model: it learns, is saved as AUTOMATIC1111's .pt, and trains further. */
class HypernetworkTrainingTest {

    private static final String METHOD = "org.atelier.methods.hypernetwork";

    @TempDir
    Path folder;

    private LocalRunContext run(String name, Consumer<HypernetworkConfig> configure) throws Exception {
        Path experiment = TrainingProjects.create(folder, SdLayout.tinySd1(), METHOD, HypernetworkConfig.class, name, config -> {
            config.setSteps(20);
            config.setLearningRate("5e-3");
            config.setCheckpointEverySteps(10);
            config.setValidationShare(0.25);
            config.setOutputName(name);
            configure.accept(config);
        });
        LocalRunContext context = new LocalRunContext(experiment, folder.resolve("runs/" + name));
        new HypernetworkRunner().run(context);
        return context;
    }

    @Test
    void itLearnsAndIsSavedAsAutomatic1111sPtThenTrainsFurther() throws Exception {
        LocalRunContext context = run("style", config -> {
            config.setActivation(Activation.RELU);
            config.setLayerNorm(true);
        });
        List<Double> validation = Metrics.read(context.runFolder()).stream()
                .filter(r -> r.values().containsKey("validation_loss")).map(r -> r.values().get("validation_loss")).toList();
        assertEquals(3, validation.size(), "validation before training and at each checkpoint");
        assertTrue(validation.get(2) < validation.get(0), "the held-out loss falls: " + validation);

        Path file = context.outputFolder().resolve("style.pt");
        assertEquals(List.of(file), context.artifacts());
        try (NDManager manager = NDManager.newBaseManager()) {
            Hypernetwork trained = Hypernetwork.read(file, manager);
            assertEquals(20, trained.step());
            assertEquals(List.of(32, 64, 128), trained.widths(), "every width the tiny model's attention reads");
            assertEquals("relu", trained.structure().activation());
            assertTrue(trained.structure().layerNorm());
            Hypernetwork fresh = Hypernetwork.create("style", trained.structure(), trained.widths(), manager,
                    context.experiment().getSeed());
            NDArray before = fresh.arrays().get("32.1.linear.0.weight");
            assertFalse(java.util.Arrays.equals(before.toFloatArray(), trained.arrays().get("32.1.linear.0.weight").toFloatArray()));

            Files.copy(file, folder.resolve("style.pt"));
            LocalRunContext further = run("further", config -> {
                config.setStartFrom("style.pt");
                config.setSteps(5);
                config.setActivation(Activation.TANH); // the file's structure wins
            });
            Hypernetwork goneOn = Hypernetwork.read(further.outputFolder().resolve("further.pt"), manager);
            assertEquals("further", goneOn.name(), "saved under the name asked for");
            assertEquals(25, goneOn.step(), "the steps count on from the file's");
            assertEquals("relu", goneOn.structure().activation());
            assertTrue(further.log().stream().anyMatch(l -> l.contains("going on from step 20")), further.log().toString());
        }
    }

    /** A run killed after its step-4 checkpoint, resumed, ends where an uninterrupted run ends. */
    @Test
    void aResumedRunEndsWhereAnUninterruptedOneEnds() throws Exception {
        Path file = TrainingProjects.create(folder, SdLayout.tinySd1(), METHOD, HypernetworkConfig.class, "resume", config -> {
            config.setSteps(6);
            config.setLearningRate("5e-3");
            config.setCheckpointEverySteps(2);
            config.setUseDropout(true);
            config.setOutputName("resume");
        });
        LocalRunContext straight = new LocalRunContext(file, folder.resolve("runs/straight"));
        TrainingRun.run(straight, HypernetworkConfig.class, (sd, config, data) -> HypernetworkRunner.attach(straight, sd, config));
        LocalRunContext broken = new LocalRunContext(file, folder.resolve("runs/broken"));
        java.io.IOException crash = assertThrows(java.io.IOException.class, () -> TrainingRun.run(broken, HypernetworkConfig.class,
                (sd, config, data) -> HypernetworkRunner.attach(broken, sd, config), (step, loss) -> {
                    if (step == 5) {
                        throw new java.io.IOException("killed after step 5");
                    }
                }));
        assertEquals("killed after step 5", crash.getMessage());
        LocalRunContext resumed = new LocalRunContext(file, folder.resolve("runs/broken"));
        TrainingRun.run(resumed, HypernetworkConfig.class, (sd, config, data) -> HypernetworkRunner.attach(resumed, sd, config));
        assertTrue(resumed.log().stream().anyMatch(l -> l.startsWith("Resuming at step 4")), resumed.log().toString());
        try (NDManager manager = NDManager.newBaseManager()) {
            Hypernetwork a = Hypernetwork.read(straight.outputFolder().resolve("resume.pt"), manager);
            Hypernetwork b = Hypernetwork.read(broken.outputFolder().resolve("resume.pt"), manager);
            assertEquals(6, b.step());
            assertEquals(a.arrays().keySet(), b.arrays().keySet());
            for (String key : a.arrays().keySet()) {
                assertArrayEquals(a.arrays().get(key).toFloatArray(), b.arrays().get(key).toFloatArray(), 1e-6f, key);
            }
        }
    }

    @Test
    void badSettingsAreRefusedNamingTheField() {
        TrainingException e = assertThrows(TrainingException.class, () -> run("ends", c -> c.setLayerStructure("2, 1")));
        assertTrue(e.getMessage().contains("layerStructure") && e.getMessage().contains("starts and ends with 1"), e.getMessage());
        e = assertThrows(TrainingException.class, () -> run("sizes", c -> c.setSizes("768, 320")));
        assertTrue(e.getMessage().contains("sizes") && e.getMessage().contains("768"), e.getMessage());
        e = assertThrows(TrainingException.class, () -> run("missing", c -> c.setStartFrom("none.pt")));
        assertTrue(e.getMessage().contains("startFrom") && e.getMessage().contains("none.pt"), e.getMessage());
    }
}
