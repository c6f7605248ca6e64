package org.atelier.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.atelier.core.model.AtelierPackage.Literals;
import org.atelier.core.model.SamplePrompt;
import org.atelier.core.model.SamplingSpec;
import org.atelier.core.testing.TestProjects;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.handlers.RunJob;
import org.atelier.ui.run.RunView;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The experiment editor's sampling page (prompts and seeds) and runs page. */
class ExperimentPagesTest {

    private IProject project;

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.page().closeAllEditors(false);
        UiTestSupport.delete(project);
    }

    @Test
    void samplingPromptsAndSeedsAreEditedAndSaved() throws Exception {
        project = TrainingWorkspace.create("sampling-ui", null, true, new NullProgressMonitor());
        ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTestSupport.page(), project.getFile("experiments/lora.experiment"));
        editor.setActivePage(SamplingPage.ID);
        SamplingPage page = (SamplingPage) editor.findPage(SamplingPage.ID);
        assertEquals(2, page.promptTable().getTable().getItemCount());
        assertEquals("a brown circle", page.promptTable().getTable().getItem(0).getText(0));
        assertEquals("1", page.promptTable().getTable().getItem(0).getText(2));

        page.addPrompt("a green square");
        page.promptTable().cancelEditing();
        SamplingSpec sampling = editor.experiment().getSampling();
        SamplePrompt added = sampling.getPrompts().get(2);
        page.edit(added, Literals.SAMPLE_PROMPT__SEED, "7");
        page.edit(added, Literals.SAMPLE_PROMPT__NEGATIVE_PROMPT, "blurry");
        assertEquals(7, added.getSeed());
        assertEquals(List.of("a green square", "blurry", "7"), List.of(page.promptTable().getTable().getItem(2).getText(0),
                page.promptTable().getTable().getItem(2).getText(1), page.promptTable().getTable().getItem(2).getText(2)));
        page.edit(added, Literals.SAMPLE_PROMPT__SEED, "seven");
        assertEquals(7, added.getSeed(), "not a number: refused");
        assertEquals("Seed: 'seven' is not a whole number", page.getManagedForm().getForm().getMessage());
        assertTrue(editor.isDirty());

        editor.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals("", page.promptTable().getTable().getItem(2).getText(1), "undo takes the negative prompt back");
        editor.doSave(new NullProgressMonitor());
        String saved = Files.readString(TrainingWorkspace.path(project).resolve("experiments/lora.experiment"));
        assertTrue(saved.contains("prompt=\"a green square\"") && saved.contains("seed=\"7\""), saved);
        UiTestSupport.screenshot("experiment-sampling");
    }

    @Test
    void theRunsOfTheExperimentAreListedOpenedAndCompared() throws Exception {
        project = UiTestSupport.probeProject("experiment-runs-ui");
        ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTestSupport.page(),
                project.getFile("experiments/" + TestProjects.EXPERIMENT + ".experiment"));
        editor.setActivePage(ExperimentRunsPage.ID);
        ExperimentRunsPage page = (ExperimentRunsPage) editor.findPage(ExperimentRunsPage.ID);
        UiTestSupport.settle();
        assertEquals(List.of(), page.rows());
        for (int i = 0; i < 2; i++) {
            RunJob job = new RunJob(project.getFile("experiments/" + TestProjects.EXPERIMENT + ".experiment"));
            job.schedule();
            UiTestSupport.waitForJob(job);
        }
        UiTestSupport.waitUntil(() -> "two runs on the page: " + page.rows(),
                () -> page.rows().size() == 2 && page.rows().stream().allMatch(r -> r.endsWith(" succeeded")));
        page.table().selectAll();
        page.table().notifyListeners(SWT.Selection, new Event());
        page.table().select(0);
        page.table().deselect(1);
        page.table().notifyListeners(SWT.DefaultSelection, new Event());
        RunView view = (RunView) UiTestSupport.page().findView(RunView.ID);
        assertNotNull(view, "the run opens in the Run view");
        assertFalse(page.rows().isEmpty());
    }
}
