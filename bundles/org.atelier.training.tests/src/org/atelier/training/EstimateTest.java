package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.core.project.ProjectStore;
import org.atelier.diffusion.StepTime;
import org.atelier.runtime.DeviceSpeed;
import org.atelier.runtime.EngineAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/** A step's time estimate divides by the device's speed as remembered: measured once, then read. */
class EstimateTest {

    @TempDir
    Path folder;

    private String previousCache;

    @BeforeEach
    void isolate() {
        previousCache = System.getProperty("atelier.cache");
    }

    @AfterEach
    void restore() {
        if (previousCache == null) {
            System.clearProperty("atelier.cache");
        } else {
            System.setProperty("atelier.cache", previousCache);
        }
        System.clearProperty(EngineAccess.FORBIDDEN);
    }

    private TrainingRun.Estimate estimate(Path experiment) throws Exception {
        return TrainingRun.preview(ProjectStore.loadExperimentResolved(ProjectStore.newResourceSet(), experiment), folder,
                TrainedTensors.NONE).estimate();
    }

    @Test
    void theSpeedIsMeasuredOnceAndRememberedThenRead() throws Exception {
        Path experiment = Projects.lora(folder, "lora", config -> config.setSteps(10));
        Path model = folder.resolve("models/tiny.safetensors");
        System.setProperty("atelier.cache", folder.resolve("cache").toString());

        TrainingRun.Estimate measured = estimate(experiment);
        assertTrue(measured.secondsPerStep() > 0, measured.toString());
        assertEquals("the CPU", measured.device());
        double speed = JsonParser.parseString(Files.readString(DeviceSpeed.file())).getAsJsonObject()
                .getAsJsonObject(DeviceSpeed.key()).get("operationsPerSecond").getAsDouble();
        assertEquals(StepTime.training(model, 64, 64, 1, 1, speed), measured.secondsPerStep(), 1e-9,
                "the estimate divides by the figure remembered");

        // a figure no probe would measure: the next estimate reads it, and measures nothing
        DeviceSpeed.remember(new DeviceSpeed.Figure("cpu", 1e9));
        assertEquals(StepTime.training(model, 64, 64, 1, 1, 1e9), estimate(experiment).secondsPerStep(), 1e-9);
        assertTrue(estimate(experiment).toString().matches("a step at 64x64 needs about [0-9.]+ GB and .+ on the CPU; 10 steps about .+"),
                estimate(experiment).toString());

        // where the engine must not start (the workbench) and nothing is remembered: the memory alone
        System.setProperty("atelier.cache", folder.resolve("empty-cache").toString());
        EngineAccess.forbid("this test's workbench");
        TrainingRun.Estimate memoryOnly = estimate(experiment);
        assertEquals(0, memoryOnly.secondsPerStep());
        assertTrue(memoryOnly.toString().matches("a step at 64x64 needs about [0-9.]+ GB"), memoryOnly.toString());
        assertFalse(Files.exists(folder.resolve("empty-cache")), "nothing measured, nothing written");
    }
}
