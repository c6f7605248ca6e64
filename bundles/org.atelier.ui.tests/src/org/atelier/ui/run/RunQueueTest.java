package org.atelier.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.atelier.core.runs.RunSettings;
import org.atelier.core.testing.TestProjects;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.handlers.RunJob;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs wait their turn in the queue of their device; a waiting run moves up or is taken out, the running one is
 * cancelled; a run on another device goes side by side.
 */
class RunQueueTest {

    private IProject project;

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.delete(project);
    }

    @Test
    void runsWaitTheirTurnAndTheQueueCanBeReordered() throws Exception {
        project = UiTestSupport.probeProject("queue-ui");
        Path folder = TrainingWorkspace.path(project);
        TestProjects.probeExperiment(folder, "a", "WAIT");
        TestProjects.probeExperiment(folder, "b", "SUCCEED");
        TestProjects.probeExperiment(folder, "c", "SUCCEED");
        TestProjects.probeExperiment(folder, "d", "SUCCEED");
        RunJob a = new RunJob(project.getFile("experiments/a.experiment"));
        RunJob b = new RunJob(project.getFile("experiments/b.experiment"));
        RunJob c = new RunJob(project.getFile("experiments/c.experiment"));
        RunJob d;
        RunSettings.set(RunSettings.DEVICE, "cpu");
        try {
            d = new RunJob(project.getFile("experiments/d.experiment"));
        } finally {
            RunSettings.set(RunSettings.DEVICE, null);
        }
        assertEquals("auto", a.device());
        assertEquals("cpu", d.device(), "the device set when the run was asked for");
        RunQueueView view = (RunQueueView) UiTestSupport.page().showView(RunQueueView.ID);
        RunQueue queue = RunQueue.get();
        queue.submit(a);
        queue.submit(b);
        queue.submit(c);
        UiTestSupport.waitUntil("the first run to start", () -> a.runFolder() != null);
        assertEquals(List.of(b, c), queue.waiting(), "the others wait, in order");
        UiTestSupport.waitUntil(() -> "the queue shown: " + view.rows(), () -> view.rows().equals(List.of(
                "running: Run a.experiment (auto)", "waiting (1): Run b.experiment (auto)", "waiting (2): Run c.experiment (auto)")));

        queue.submit(d);
        UiTestSupport.waitUntil("d to run beside a, on its own device", () -> d.getResult() != null);
        assertEquals(IStatus.OK, d.getResult().getSeverity(), d.getResult().toString());
        assertTrue(Files.readString(d.runFolder().resolve("log.txt")).contains("atelier.device=cpu"), "its process had its device");
        assertEquals(List.of(b, c), queue.waiting(), "the others still wait for a");

        queue.move(c, -1);
        assertEquals(List.of(c, b), queue.waiting(), "c moved ahead of b");
        queue.cancel(b);
        assertEquals(List.of(c), queue.waiting(), "b taken out");
        queue.cancel(a);
        UiTestSupport.waitUntil("c to run after a stops", () -> c.getState() == Job.NONE && c.getResult() != null);
        assertEquals(IStatus.CANCEL, a.getResult().getSeverity());
        assertEquals(IStatus.OK, c.getResult().getSeverity(), c.getResult().toString());
        assertNull(b.runFolder(), "b never ran");
        UiTestSupport.waitUntil(() -> "an empty queue: " + view.rows(), () -> view.rows().isEmpty());
        try (Stream<Path> runs = Files.list(folder.resolve("runs"))) {
            assertEquals(List.of("a", "c", "d"), runs.map(p -> p.getFileName().toString().replaceAll(".*-", "")).sorted().toList());
        }
    }
}
