package org.atelier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;

import org.atelier.core.testing.DemoExperiments;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.RunStatus;
import org.atelier.core.runs.Metrics;
import org.atelier.core.runs.RunEvents;
import org.atelier.core.runs.RunHandle;
import org.atelier.core.runs.RunLauncher;
import org.atelier.core.runs.Runs;
import org.junit.jupiter.api.Test;

/** A training whose process is killed (SIGKILL, mid-step) resumes from its last checkpoint and ends as it would have. */
class KilledTrainingTest extends CliRunner {

    private static long lastStep(Path run) throws Exception {
        List<Metrics.Row> rows = Metrics.read(run);
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).step();
    }

    @Test
    void aKilledTrainingResumesFromItsLastCheckpoint() throws Exception {
        Path demo = folder.resolve("demo");
        assertEquals(Cli.OK, atelier("new", demo.toString(), "--demo"), err());
        DemoExperiments.shorten(demo.resolve("experiments/lora.experiment"), 60, 20);
        RunHandle handle = new RunLauncher(MethodRegistry.getDefault()).start(demo.resolve("experiments/lora.experiment"),
                new RunEvents.Listener() {
                });
        Path run = handle.folder();
        long deadline = System.currentTimeMillis() + 180_000;
        // past the step-20 checkpoint, well before the next one at 40
        while (!(Files.isRegularFile(run.resolve("checkpoints/step-00000020.safetensors")) && lastStep(run) > 21)) {
            if (System.currentTimeMillis() > deadline || !handle.isAlive()) {
                fail("the run did not reach step 22: " + Files.readString(run.resolve("log.txt")));
            }
            Thread.sleep(20);
        }
        long killedAt = lastStep(run);
        ProcessHandle.of(handle.pid()).orElseThrow().destroyForcibly();
        handle.waitFor();
        assertTrue(killedAt < 40, "killed between checkpoints, at step " + killedAt);
        assertEquals(RunStatus.FAILED, Runs.read(run).status(), "a killed run has failed");

        assertEquals(Cli.OK, atelier("resume", run.toString()), err());
        assertTrue(Files.readString(run.resolve("log.txt")).contains("Resuming at step 20"), "from the last checkpoint");
        assertEquals(RunStatus.SUCCEEDED, Runs.read(run).status());
        assertEquals(LongStream.rangeClosed(1, 60).boxed().toList(), Metrics.read(run).stream().map(Metrics.Row::step).toList(),
                "steps 1 to 60 each once: those after the checkpoint logged again by the resumed run");
        assertTrue(Files.isRegularFile(run.resolve("output/demo-lora.safetensors")));
    }
}
