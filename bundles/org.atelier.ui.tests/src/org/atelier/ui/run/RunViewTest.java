package org.atelier.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.atelier.core.testing.DemoExperiments;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.handlers.RunJob;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Scale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Run view follows a LoRA training of the demo project as it runs, and shows it whole when it has ended. */
class RunViewTest {

    private IProject demo;

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.delete(demo);
    }

    /** Whether the image holds a pixel of about {@code colour} (the chart's lines are antialiased at their edges). */
    private static boolean holds(Image image, int colour) {
        ImageData data = image.getImageData();
        RGB want = new RGB(colour >> 16 & 0xff, colour >> 8 & 0xff, colour & 0xff);
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (Math.abs(rgb.red - want.red) + Math.abs(rgb.green - want.green) + Math.abs(rgb.blue - want.blue) < 24) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aTrainingIsFollowedLiveThenShownWhole() throws Exception {
        demo = TrainingWorkspace.create("run-view-ui", null, true, new NullProgressMonitor());
        DemoExperiments.shorten(TrainingWorkspace.path(demo.getFile("experiments/lora.experiment")), 60, 20);
        RunJob job = new RunJob(demo.getFile("experiments/lora.experiment"));
        job.schedule();
        UiTestSupport.waitUntil("the run to start", () -> job.runFolder() != null);
        UiTestSupport.waitUntil("the Run view to show the run", () -> UiTestSupport.page().findView(RunView.ID) != null
                && job.runFolder().equals(((RunView) UiTestSupport.page().findView(RunView.ID)).run()));
        RunView shown = (RunView) UiTestSupport.page().findView(RunView.ID);
        List<String> seen = new ArrayList<>();
        UiTestSupport.waitUntil(() -> "the progress while it trains: " + seen, () -> {
            seen.add(shown.statusText());
            return shown.statusText().matches("Running: step \\d+ of 60 .*left.*");
        });
        UiTestSupport.waitUntil(() -> "the run job to end", () -> job.getState() == Job.NONE, 900); // 60 steps of the demo LoRA: about a minute on a quiet machine
        UiTestSupport.waitUntil(() -> "the finished run: " + shown.statusText(),
                () -> shown.statusText().startsWith("Succeeded: step 60 of 60") && shown.samplesShown() == 8);

        assertTrue(shown.rows().size() >= 60, "every step's metrics: " + shown.rows().size());
        assertTrue(shown.logText().contains("Training on 6 images"), shown.logText());
        UiTestSupport.settle();
        UiTestSupport.screenshot("run-view");
        Image chart = shown.chartImage();
        assertNotNull(chart, "the chart is drawn");
        assertTrue(holds(chart, 0x1F4E79), "the smoothed loss is drawn in its colour");
        assertTrue(holds(chart, 0x59A14F), "and the learning rate in its own");

        Scale smoothing = UiTestSupport.descendants(UiTestSupport.page().getWorkbenchWindow().getShell(), Scale.class).get(0);
        smoothing.setSelection(0);
        smoothing.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        UiTestSupport.settle();
        assertNotSame(chart, shown.chartImage(), "another smoothing draws the chart again");
        assertEquals(job.runFolder(), shown.run());
    }
}
