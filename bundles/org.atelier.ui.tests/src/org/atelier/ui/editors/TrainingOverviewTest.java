package org.atelier.ui.editors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.atelier.ui.UiTestSupport;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The overview of a training experiment says what its run will do, and follows the edits. */
class TrainingOverviewTest {

    private IProject demo;

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.page().closeAllEditors(false);
        UiTestSupport.delete(demo);
    }

    @Test
    void theOverviewShowsThePlanMemoryAndTimeOfARun() throws Exception {
        demo = TrainingWorkspace.create("overview-ui", null, true, new NullProgressMonitor());
        ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTestSupport.page(), demo.getFile("experiments/lora.experiment"));
        OverviewPage overview = (OverviewPage) editor.findPage(OverviewPage.ID);
        UiTestSupport.waitUntil(() -> "the plan: " + overview.previewText(), () -> overview.previewText().startsWith(
                "Plan: 8 images (80 per epoch with repeats) in 1 bucket (64x64: 80)"));
        String text = overview.previewText();
        assertTrue(text.contains("60 steps = 1 epoch") && text.matches("(?s).*Estimate: a step at 64x64 needs about 0\\.6 GB and "
                + "[0-9.]+ s on the CPU; 60 steps about .*"), text);
        UiTestSupport.screenshot("experiment-overview-training");

        var config = editor.experiment().getConfig();
        editor.getEditingDomain().getCommandStack().execute(
                SetCommand.create(editor.getEditingDomain(), config, config.eClass().getEStructuralFeature("steps"), 160));
        UiTestSupport.waitUntil(() -> "the plan after the edit: " + overview.previewText(),
                () -> overview.previewText().contains("160 steps = 2 epochs"));

        editor.getEditingDomain().getCommandStack().execute(
                SetCommand.create(editor.getEditingDomain(), config, config.eClass().getEStructuralFeature("steps"), 0));
        UiTestSupport.waitUntil(() -> "an invalid experiment: " + overview.previewText(),
                () -> overview.previewText().equals("Shown when the experiment has no errors."));
    }
}
