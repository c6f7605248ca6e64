package org.atelier.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.testing.TestProjects;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** What the workbench tests share: waiting while the UI works, and training projects in the workspace. */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /**
     * Runs the event loop until {@code condition} holds, or fails with {@code what} after 30 s. Between two looks at
     * the condition the loop runs until it is idle: SWT runs what was queued with {@code asyncExec} only when no
     * window-system event is waiting, and a condition that makes events (expanding a tree) would otherwise keep the
     * queued work from ever running.
     */
    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(() -> what, condition);
    }

    public static void waitUntil(Supplier<String> what, BooleanSupplier condition) {
        waitUntil(what, condition, 30);
    }

    /** As {@link #waitUntil(String, BooleanSupplier)}, for work that takes long (a training run): up to {@code seconds}. */
    public static void waitUntil(Supplier<String> what, BooleanSupplier condition, int seconds) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting for " + what.get());
            }
            while (display.readAndDispatch() && System.currentTimeMillis() < deadline) {
                // until idle
            }
            display.timerExec(20, () -> {
            });
            display.sleep();
        }
    }

    /** Waits for a run's job to end: a training takes seconds here, minutes on a loaded machine. */
    public static void waitForJob(org.eclipse.core.runtime.jobs.Job job) {
        waitUntil(() -> "the job '" + job.getName() + "' to end",
                () -> job.getState() == org.eclipse.core.runtime.jobs.Job.NONE && job.getResult() != null, 300);
    }

    /** The lines of this JVM's memory map that name libtorch: none in the workbench, which never loads PyTorch. */
    public static java.util.List<String> libtorchMapped() throws java.io.IOException {
        return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/maps")).stream()
                .filter(line -> line.contains("libtorch")).toList();
    }

    /** Processes what the UI has queued. */
    public static void settle() {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // drain
            }
            display.timerExec(20, () -> {
            });
            display.sleep();
        }
    }

    /**
     * A training project of the workspace with base model 'tiny', dataset 'cats' and a probe experiment; returned
     * once the validation its creation started is done (else it could replace markers a test sets afterwards).
     */
    public static IProject probeProject(String name) throws Exception {
        Path folder = TrainingWorkspace.workspace().getRoot().getLocation().toPath().resolve(name);
        TestProjects.create(folder);
        TestProjects.probeExperiment(folder, TestProjects.EXPERIMENT, "SUCCEED");
        IProject project = TrainingWorkspace.create(name, null, false, new NullProgressMonitor());
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(org.atelier.ui.views.ProjectsView.VALIDATION, null);
        return project;
    }

    /** The project's model as it is on disk now. */
    public static TrainingProject projectModel(IProject project) throws ModelException {
        return ProjectStore.loadProject(ProjectStore.newResourceSet(), TrainingWorkspace.path(project));
    }

    public static void delete(IProject project) throws CoreException {
        if (project != null && project.exists()) {
            project.delete(true, true, new NullProgressMonitor());
        }
    }

    /**
     * Saves a picture of the workbench window to {@code <name>.png} in the folder {@code atelier.screenshots} names
     * ({@code target/screenshots} beside the test bundle by default; {@code ./screenshots.sh} gives {@code
     * docs/screenshots}), for people to look at what the tests saw.
     */
    public static void screenshot(String name) {
        org.eclipse.swt.widgets.Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        settle();
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), bounds.width, bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("atelier.screenshots", "target/screenshots"));
            java.nio.file.Files.createDirectories(folder);
            loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** The controls of a type below a composite, depth first. */
    public static <T extends org.eclipse.swt.widgets.Control> java.util.List<T> descendants(
            org.eclipse.swt.widgets.Composite parent, Class<T> type) {
        java.util.List<T> found = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                found.addAll(descendants(composite, type));
            }
        }
        return found;
    }

    /** The texts of a tree's items at the first two levels, one per line, children indented. */
    public static String treeText(Tree tree) {
        StringBuilder text = new StringBuilder();
        for (TreeItem item : tree.getItems()) {
            text.append(item.getText()).append('\n');
            for (TreeItem child : item.getItems()) {
                text.append("  ").append(child.getText()).append('\n');
            }
        }
        return text.toString();
    }
}
