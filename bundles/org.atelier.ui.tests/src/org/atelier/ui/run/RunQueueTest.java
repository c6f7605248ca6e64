package org.atelier.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.atelier.core.testing.TestProjects;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.handlers.RunJob;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs wait their turn in the queue; a waiting run moves up or is taken out, the running one is cancelled. */
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
        RunJob a = new RunJob(project.getFile("experiments/a.experiment"));
        RunJob b = new RunJob(project.getFile("experiments/b.experiment"));
        RunJob c = new RunJob(project.getFile("experiments/c.experiment"));
        RunQueueView view = (RunQueueView) UiTestSupport.page().showView(RunQueueView.ID);
        RunQueue queue = RunQueue.get();
        queue.submit(a);
        queue.submit(b);
        queue.submit(c);
        UiTestSupport.waitUntil("the first run to start", () -> a.runFolder() != null);
        assertEquals(List.of(b, c), queue.waiting(), "the others wait, in order");
        UiTestSupport.waitUntil(() -> "the queue shown: " + view.rows(), () -> view.rows().equals(List.of(
                "running: Run a.experiment", "waiting (1): Run b.experiment", "waiting (2): Run c.experiment")));

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
            assertEquals(List.of("a", "c"), runs.map(p -> p.getFileName().toString().replaceAll(".*-", "")).sorted().toList());
        }
    }
}
