package org.atelier.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.testing.DemoExperiments;
import org.atelier.core.model.AtelierPackage;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview of a training experiment says what its run will do, and follows the edits. */
class TrainingOverviewTest {

    private IProject demo;

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.page().closeAllEditors(false);
        UiTestSupport.delete(demo);
    }

    /**
     * The memory at once; the time once a worker process has measured this machine's speed (the workbench does not
     * start the engine), which is remembered in the cache folder and shown without asking the worker again.
     */
    @Test
    void theOverviewShowsThePlanMemoryAndTimeOfARun(@TempDir Path cache) throws Exception {
        String previousCache = System.getProperty("atelier.cache");
        System.setProperty("atelier.cache", cache.toString());
        try {
            demo = TrainingWorkspace.create("overview-ui", null, true, new NullProgressMonitor());
            DemoExperiments.shorten(TrainingWorkspace.path(demo.getFile("experiments/lora.experiment")), 60, 20);
            ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTestSupport.page(), demo.getFile("experiments/lora.experiment"));
            OverviewPage overview = (OverviewPage) editor.findPage(OverviewPage.ID);
            UiTestSupport.waitUntil(() -> "the plan: " + overview.previewText(), () -> overview.previewText().startsWith(
                    "Plan: 6 images (60 per epoch with repeats) in 1 bucket (64x64: 60)"));
            String first = overview.previewText();
            assertTrue(first.contains("Estimate: a step at 64x64 needs about 0.6 GB\n") && first.endsWith(
                    "The time a step takes follows once this machine's speed is measured (once, in a process of its own)."), first);
            UiTestSupport.waitUntil(() -> "the time: " + overview.previewText(),
                    () -> overview.previewText().contains(" s on the CPU"), 120);
            String text = overview.previewText();
            assertTrue(text.contains("60 steps = 1 epoch") && text.matches("(?s).*Estimate: a step at 64x64 needs about 0\\.6 GB and "
                    + "[0-9.]+ s on the CPU; 60 steps about .*"), text);
            assertFalse(text.contains("follows once"), text);
            assertTrue(Files.readString(cache.resolve("device-speed.json")).contains("\"device\": \"cpu\""),
                    "the speed is remembered for the processes to come");
            UiTestSupport.screenshot("experiment-overview-training");
            followsTheEdits(editor, overview);
            assertEquals(List.of(), UiTestSupport.libtorchMapped(), "the workbench loaded no PyTorch");
        } finally {
            if (previousCache == null) {
                System.clearProperty("atelier.cache");
            } else {
                System.setProperty("atelier.cache", previousCache);
            }
        }
    }

    private static void followsTheEdits(ExperimentEditor editor, OverviewPage overview) {
        var config = editor.experiment().getConfig();
        editor.getEditingDomain().getCommandStack().execute(
                SetCommand.create(editor.getEditingDomain(), config, AtelierPackage.Literals.TRAINS_IN_STEPS__STEPS, 160));
        UiTestSupport.waitUntil(() -> "the plan after the edit: " + overview.previewText(),
                () -> overview.previewText().contains("160 steps = 3 epochs"));

        editor.getEditingDomain().getCommandStack().execute(
                SetCommand.create(editor.getEditingDomain(), config, AtelierPackage.Literals.TRAINS_IN_STEPS__STEPS, 0));
        UiTestSupport.waitUntil(() -> "an invalid experiment: " + overview.previewText(),
                () -> overview.previewText().equals("Shown when the experiment has no errors."));
        editor.getEditingDomain().getCommandStack().undo();
        UiTestSupport.waitUntil(() -> "the time at once, the speed being known: " + overview.previewText(),
                () -> overview.previewText().matches("(?s).*160 steps = 3 epochs.*[0-9.]+ s on the CPU; 160 steps about .*"));
    }

    @Test
    void theHyperparametersShowOnlyWhatTheOptionsUse() throws Exception {
        demo = TrainingWorkspace.create("lora-fields-ui", null, true, new NullProgressMonitor());
        ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTestSupport.page(), demo.getFile("experiments/lora.experiment"));
        editor.setActivePage(HyperparametersPage.ID);
        HyperparametersPage page = (HyperparametersPage) editor.findPage(HyperparametersPage.ID);
        assertEquals(List.of(false, true, false), shown(page, "convAlpha", "textEncoderLearningRate", "restarts"),
                "no LoCon, the text encoder trained, a schedule without restarts");
        Text convRank = (Text) page.field("convRank");
        convRank.setText("4");
        convRank.notifyListeners(SWT.DefaultSelection, new Event());
        assertTrue(page.isShown("convAlpha"), "LoCon on");
        Button textEncoder = (Button) page.field("trainTextEncoder");
        textEncoder.setSelection(false);
        textEncoder.notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of(true, false), shown(page, "convAlpha", "textEncoderLearningRate"));
        Combo optimizer = (Combo) page.field("optimizer");
        assertTrue(page.isShown("beta2"));
        optimizer.select(optimizer.indexOf("SGD"));
        optimizer.notifyListeners(SWT.Selection, new Event());
        assertFalse(page.isShown("beta2"), "SGD has no second moment");
    }

    private static List<Boolean> shown(HyperparametersPage page, String... features) {
        return java.util.Arrays.stream(features).map(page::isShown).toList();
    }
}
