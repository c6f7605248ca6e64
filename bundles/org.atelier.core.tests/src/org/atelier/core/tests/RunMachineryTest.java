package org.atelier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.Run;
import org.atelier.core.model.RunStatus;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.runs.InvalidRunException;
import org.atelier.core.runs.Metrics;
import org.atelier.core.runs.RunEvents;
import org.atelier.core.runs.RunHandle;
import org.atelier.core.runs.RunLauncher;
import org.atelier.core.runs.Runs;
import org.atelier.core.testing.TestProjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the probe method in real child processes and checks what the run folder records. */
class RunMachineryTest {

    @TempDir
    Path folder;

    private final RunLauncher launcher = new RunLauncher(MethodRegistry.getDefault());

    /** Collects what the child process sends. */
    static final class Recorder implements RunEvents.Listener {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<Long> progress = new CopyOnWriteArrayList<>();
        final List<Map<String, Double>> metrics = new CopyOnWriteArrayList<>();
        final CountDownLatch waiting = new CountDownLatch(1);

        @Override
        public void progress(long done, long total, String message) {
            progress.add(done);
        }

        @Override
        public void metrics(long step, Map<String, Double> values) {
            metrics.add(values);
        }

        @Override
        public void log(String line) {
            lines.add(line);
            if (line.contains("waiting to be cancelled")) {
                waiting.countDown();
            }
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        TestProjects.create(folder);
    }

    @Test
    void successfulRunRecordsEverything() throws Exception {
        Path experiment = TestProjects.probeExperiment(folder, "ok", "SUCCEED");
        Recorder recorder = new Recorder();
        RunHandle handle = launcher.start(experiment, recorder);
        assertEquals(RunStatus.SUCCEEDED, handle.waitFor(), log(handle.folder()));

        Run run = ProjectStore.loadRun(ProjectStore.newResourceSet(), handle.folder());
        assertEquals(RunStatus.SUCCEEDED, run.getStatus());
        assertEquals(0, run.getExitCode());
        assertEquals(handle.pid(), run.getPid());
        assertNotNull(run.getStarted());
        assertNotNull(run.getFinished());
        assertFalse(run.getFinished().before(run.getStarted()));
        assertEquals("org.atelier.core.testing", run.getEnvironment().getMethodBundle());
        assertEquals(List.of("output/probe.txt"), run.getArtifacts());
        assertEquals("probe ran 5 steps on tiny.safetensors\n", Files.readString(handle.folder().resolve("output/probe.txt")));

        List<Metrics.Row> rows = Metrics.read(handle.folder());
        assertEquals(5, rows.size());
        assertEquals(1.0, rows.get(0).values().get("loss"), 1e-9);
        assertEquals(0.2, rows.get(4).values().get("loss"), 1e-9);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), recorder.progress);
        assertEquals(5, recorder.metrics.size());
        assertTrue(Files.readString(handle.folder().resolve(RunLauncher.LOG_FILE)).contains("Run succeeded"));
        for (String dir : new String[] { "output", "checkpoints", "samples" }) {
            assertTrue(Files.isDirectory(handle.folder().resolve(dir)), dir);
        }
        Runs.RunInfo info = Runs.list(folder).get(0);
        assertEquals(RunStatus.SUCCEEDED, info.status());
        assertNotNull(info.duration());
    }

    @Test
    void failingMethodMarksTheRunFailedWithTheReason() throws Exception {
        Path experiment = TestProjects.probeExperiment(folder, "bad", "FAIL");
        RunHandle handle = launcher.start(experiment, new Recorder());
        assertEquals(RunStatus.FAILED, handle.waitFor());
        Run run = ProjectStore.loadRun(ProjectStore.newResourceSet(), handle.folder());
        assertEquals("the probe failed as configured", run.getMessage());
        assertEquals(1, run.getExitCode());
        assertTrue(log(handle.folder()).contains("IllegalStateException"), "the stack trace is in the log");
    }

    @Test
    void cancelStopsTheRun() throws Exception {
        Path experiment = TestProjects.probeExperiment(folder, "wait", "WAIT");
        Recorder recorder = new Recorder();
        RunHandle handle = launcher.start(experiment, recorder);
        assertTrue(recorder.waiting.await(60, TimeUnit.SECONDS), "the run started: " + recorder.lines);
        assertEquals(RunStatus.RUNNING, Runs.read(handle.folder()).status());
        handle.cancel();
        assertEquals(RunStatus.CANCELLED, handle.waitFor());
        assertEquals(3, ProjectStore.loadRun(ProjectStore.newResourceSet(), handle.folder()).getExitCode());
    }

    @Test
    void aChildThatDiesIsRecordedAsFailed() throws Exception {
        Path experiment = TestProjects.probeExperiment(folder, "halt", "HALT");
        RunHandle handle = launcher.start(experiment, new Recorder());
        assertEquals(RunStatus.FAILED, handle.waitFor());
        Run run = ProjectStore.loadRun(ProjectStore.newResourceSet(), handle.folder());
        assertEquals(137, run.getExitCode());
        assertTrue(run.getMessage().contains("exit code 137, killed") && run.getMessage().contains("before the run finished"),
                run.getMessage());
    }

    @Test
    void aChildKilledFromOutsideIsRecordedAsFailed() throws Exception {
        Path experiment = TestProjects.probeExperiment(folder, "killed", "WAIT");
        Recorder recorder = new Recorder();
        RunHandle handle = launcher.start(experiment, recorder);
        assertTrue(recorder.waiting.await(60, TimeUnit.SECONDS), "the run started: " + recorder.lines);
        ProcessHandle.of(handle.pid()).orElseThrow().destroyForcibly();
        assertEquals(RunStatus.FAILED, handle.waitFor());
    }

    @Test
    void aRunWhoseProcessIsGoneIsNotShownRunning() throws Exception {
        Path experiment = TestProjects.probeExperiment(folder, "orphan", "SUCCEED");
        Path runFolder = Runs.newRunFolder(folder, "orphan");
        var resources = ProjectStore.newResourceSet();
        Run run = Runs.snapshot(ProjectStore.loadExperiment(resources, experiment), folder);
        run.setStatus(RunStatus.RUNNING);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        run.setPid(gone.pid());
        run.setStarted(new Date());
        ProjectStore.save(ProjectStore.create(ProjectStore.newResourceSet(), runFolder.resolve(ProjectStore.RUN_FILE), run));
        Runs.RunInfo info = Runs.read(runFolder);
        assertEquals(RunStatus.FAILED, info.status());
        assertTrue(info.message().contains("ended without recording"), info.message());
    }

    @Test
    void anInvalidExperimentDoesNotStart() throws Exception {
        Path experiment = TestProjects.probeExperiment(folder, "invalid", "SUCCEED");
        Files.writeString(experiment, Files.readString(experiment).replace("<config", "<config steps=\"0\""));
        InvalidRunException e = assertThrows(InvalidRunException.class, () -> launcher.start(experiment, new Recorder()));
        assertTrue(e.getMessage().contains("config › steps: must be between 1 and 1000 (is 0)"), e.getMessage());
        assertFalse(Files.exists(folder.resolve(ProjectStore.RUNS_FOLDER)), "no run folder for a run that never started");
    }

    private static String log(Path runFolder) throws Exception {
        Path log = runFolder.resolve(RunLauncher.LOG_FILE);
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }
}
