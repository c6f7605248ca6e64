package org.atelier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.core.model.Run;
import org.atelier.core.model.RunStatus;
import org.atelier.common.AtomicFiles;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.testing.TestProjects;
import org.atelier.ui.handlers.RunJob;
import org.atelier.ui.views.ProjectsView;
import org.atelier.ui.workspace.ProblemMarkers;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs started from the workbench: a job, a run folder, the navigator's Runs group; invalid ones refused. */
class RunFromWorkbenchTest {

    private IProject project;
    private IFile file;

    @BeforeEach
    void setUp() throws Exception {
        project = UiTestSupport.probeProject("run-ui");
        file = project.getFile("experiments/" + TestProjects.EXPERIMENT + ".experiment");
    }

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.delete(project);
    }

    private static IStatus runAndWait(RunJob job) {
        job.schedule();
        UiTestSupport.waitForJob(job);
        return job.getResult();
    }

    @Test
    void aRunFromTheWorkbenchShowsInTheNavigator() throws Exception {
        ProjectsView view = (ProjectsView) UiTestSupport.page().showView(ProjectsView.ID);
        RunJob job = new RunJob(file);
        IStatus result = runAndWait(job);
        assertTrue(result.isOK(), result.toString());
        Path folder = job.runFolder();
        assertNotNull(folder);
        Run run = ProjectStore.loadRun(ProjectStore.newResourceSet(), folder);
        assertEquals(RunStatus.SUCCEEDED, run.getStatus());
        assertTrue(Files.isRegularFile(folder.resolve("output/probe.txt")));

        Tree tree = view.viewer().getTree();
        view.viewer().expandToLevel(2);
        UiTestSupport.waitUntil(() -> "the run in the navigator: " + UiTestSupport.treeText(tree),
                () -> UiTestSupport.treeText(tree).contains("  Runs (1)\n"));
    }

    @Test
    void anInvalidExperimentIsRefusedWithMarkers() throws Exception {
        Path path = TrainingWorkspace.path(file);
        // written as the product writes files: a new file renamed into place
        AtomicFiles.writeString(path, Files.readString(path).replace("<config", "<config steps=\"0\""));
        RunJob job = new RunJob(file);
        IStatus result = runAndWait(job);
        assertEquals(IStatus.ERROR, result.getSeverity());
        assertTrue(result.getMessage().contains("was not run: it has errors"), result.getMessage());
        assertTrue(result.getMessage().contains("config › steps: must be between 1 and 1000 (is 0)"), result.getMessage());
        assertNull(job.runFolder());
        assertTrue(ProblemMarkers.messages(file).contains("experiment 'probe' › config › steps: must be between 1 and 1000 (is 0)"),
                ProblemMarkers.messages(file).toString());
        assertTrue(!Files.exists(TrainingWorkspace.path(project).resolve(ProjectStore.RUNS_FOLDER)));
    }

    @Test
    void aMergeRunAddsItsModelToTheProject() throws Exception {
        IProject demo = TrainingWorkspace.create("merge-run-ui", null, true, new NullProgressMonitor());
        try {
            ProjectsView view = (ProjectsView) UiTestSupport.page().showView(ProjectsView.ID);
            int models = UiTestSupport.projectModel(demo).getBaseModels().size();
            RunJob job = new RunJob(demo.getFile("experiments/merge.experiment"));
            IStatus result = runAndWait(job);
            assertTrue(result.isOK(), result.toString());
            assertTrue(Files.isRegularFile(job.runFolder().resolve("output/demo-merge.safetensors")));
            Tree tree = view.viewer().getTree();
            view.viewer().expandToLevel(2);
            UiTestSupport.waitUntil(() -> "the merged model in the navigator: " + UiTestSupport.treeText(tree),
                    () -> UiTestSupport.treeText(tree).contains("Atelier demo  [merge-run-ui]\n  Base models (" + (models + 1) + ")\n"));
        } finally {
            UiTestSupport.delete(demo);
        }
    }

    @Test
    void aFailedRunIsResumedInItsFolder() throws Exception {
        Path path = TrainingWorkspace.path(file);
        AtomicFiles.writeString(path, Files.readString(path).replace("<config", "<config mode=\"FAIL\""));
        RunJob first = new RunJob(file);
        assertEquals(IStatus.ERROR, runAndWait(first).getSeverity());
        Path folder = first.runFolder();
        assertEquals(RunStatus.FAILED, ProjectStore.loadRun(ProjectStore.newResourceSet(), folder).getStatus());

        // the cause mended in the run's own snapshot, the run goes on in its folder
        Path runFile = folder.resolve(ProjectStore.RUN_FILE);
        AtomicFiles.writeString(runFile, Files.readString(runFile).replace("mode=\"FAIL\"", "mode=\"SUCCEED\""));
        IStatus resumed = runAndWait(RunJob.resume(project, folder));
        assertTrue(resumed.isOK(), resumed.toString());
        assertEquals(RunStatus.SUCCEEDED, ProjectStore.loadRun(ProjectStore.newResourceSet(), folder).getStatus());
        assertTrue(Files.isRegularFile(folder.resolve("output/probe.txt")));

        IStatus again = runAndWait(RunJob.resume(project, folder));
        assertEquals(IStatus.ERROR, again.getSeverity());
        assertTrue(again.getMessage().contains("cannot be resumed: it has finished"), again.getMessage());
    }
}
