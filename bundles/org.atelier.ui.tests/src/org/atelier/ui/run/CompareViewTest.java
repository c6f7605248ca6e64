package org.atelier.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.core.testing.DemoExperiments;
import org.atelier.common.AtomicFiles;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.handlers.CompareRunsHandler;
import org.atelier.ui.handlers.RunJob;
import org.atelier.ui.views.ProjectsView;
import org.atelier.ui.views.RunElement;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two trainings of the demo at different learning rates, selected in the navigator and compared side by side. */
class CompareViewTest {

    private IProject demo;

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.delete(demo);
    }

    private static void run(IFile experiment) {
        RunJob job = new RunJob(experiment);
        job.schedule();
        UiTestSupport.waitForJob(job);
        assertTrue(job.getResult().isOK(), job.getResult().toString());
    }

    private static void runs(TreeItem[] items, List<Object> found) {
        for (TreeItem item : items) {
            if (item.getData() instanceof RunElement) {
                found.add(item.getData());
            }
            runs(item.getItems(), found);
        }
    }

    @Test
    void twoRunsSelectedAreComparedAndReported() throws Exception {
        demo = TrainingWorkspace.create("compare-ui", null, true, new NullProgressMonitor());
        IFile experiment = demo.getFile("experiments/lora.experiment");
        Path file = TrainingWorkspace.path(experiment);
        DemoExperiments.shorten(file, 20, 20);
        run(experiment);
        AtomicFiles.writeString(file, Files.readString(file).replace("learningRate=\"6e-3\"", "learningRate=\"5e-3\""));
        run(experiment);

        ProjectsView projects = (ProjectsView) UiTestSupport.page().showView(ProjectsView.ID);
        List<Object> found = new ArrayList<>();
        UiTestSupport.waitUntil(() -> "two runs in the navigator: " + UiTestSupport.treeText(projects.viewer().getTree()), () -> {
            projects.viewer().expandAll();
            found.clear();
            runs(projects.viewer().getTree().getItems(), found);
            return found.size() == 2;
        });
        projects.viewer().setSelection(new StructuredSelection(found));
        UiTestSupport.page().activate(projects);
        projects.getSite().getService(IHandlerService.class).executeCommand(CompareRunsHandler.COMMAND, null);

        CompareView view = (CompareView) UiTestSupport.page().findView(CompareView.ID);
        assertNotNull(view, "the command opens the view");
        UiTestSupport.waitUntil("the samples of both runs (before the first step and at step 20)", () -> view.samplesShown() == 8);
        assertTrue(view.differencesShown().contains(List.of("learningRate", "6e-3", "5e-3")), view.differencesShown().toString());
        assertEquals(1, view.differencesShown().size(), "only the learning rate differs: " + view.differencesShown());
        UiTestSupport.settle();
        assertNotNull(view.chartImage(), "the losses are charted");
        UiTestSupport.screenshot("compare-runs");

        Path report = TrainingWorkspace.path(demo).resolve("comparison.html");
        Job save = view.saveReport(report);
        save.join();
        assertEquals(IStatus.OK, save.getResult().getSeverity(), save.getResult().toString());
        assertTrue(Files.readString(report).contains("<th>learningRate</th><td>6e-3</td><td>5e-3</td>"));
    }
}
