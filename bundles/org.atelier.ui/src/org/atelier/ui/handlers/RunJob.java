package org.atelier.ui.handlers;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.Run;
import org.atelier.core.model.RunStatus;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.runs.InvalidRunException;
import org.atelier.core.runs.RunEvents;
import org.atelier.core.runs.RunHandle;
import org.atelier.core.runs.RunLauncher;
import org.atelier.core.runs.RunSettings;
import org.atelier.core.validation.Problem;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.workspace.ProblemMarkers;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * One run of an experiment, started (or a stopped run resumed) from the workbench; its process outlives nothing but
 * this job's wait.
 */
public final class RunJob extends Job {

    /** The jobs of runs belong to this family, so that views and tests can find them. */
    public static final Object FAMILY = RunJob.class;

    private static final int TICKS = 1000;

    /** How the run's process is started: a new run of an experiment, or a stopped run resumed. */
    private interface Starter {
        RunHandle start(RunLauncher launcher, RunEvents.Listener listener)
                throws ModelException, InvalidRunException, java.io.IOException;
    }

    private final IProject project;
    /** The experiment of a new run; null for a resumed one. */
    private final IFile file;
    private final String label;
    private final Starter starter;
    /** The settings (device, threads...) of the moment the run was asked for: it runs with them, whenever it starts. */
    private final Map<String, String> settings = RunSettings.current();
    private volatile Path runFolder;

    public RunJob(IFile file) {
        this(file.getProject(), file, file.getName(), (launcher, listener) -> launcher.start(TrainingWorkspace.path(file), listener));
    }

    private RunJob(IProject project, IFile file, String label, Starter starter) {
        super((file == null ? "Resume " : "Run ") + label);
        this.project = project;
        this.file = file;
        this.label = label;
        this.starter = starter;
        setUser(true);
    }

    /** Resumes a cancelled or failed run of {@code project} in its folder (training from its last checkpoint). */
    public static RunJob resume(IProject project, Path runFolder) {
        return new RunJob(project, null, "run " + runFolder.getFileName(), (launcher, listener) -> launcher.resume(runFolder, listener));
    }

    /** The device the run computes on, as set when it was asked for ("auto": a GPU when there is one). */
    public String device() {
        return RunSettings.device(settings);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    public Path runFolder() {
        return runFolder;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), TICKS);
        RunHandle handle;
        int[] reported = { 0 };
        RunEvents.Listener listener = new RunEvents.Listener() {
            @Override
            public void progress(long done, long total, String message) {
                int ticks = total > 0 ? (int) Math.min(TICKS, done * TICKS / total) : 0;
                synchronized (reported) {
                    if (ticks > reported[0]) {
                        monitor.worked(ticks - reported[0]);
                        reported[0] = ticks;
                    }
                }
                monitor.subTask(message == null ? "" : message);
            }
        };
        try {
            handle = starter.start(new RunLauncher(MethodRegistry.getDefault(), settings), listener);
        } catch (InvalidRunException e) {
            String errors = e.problems().stream().filter(Problem::isError)
                    .map(p -> p.location() + ": " + p.message()).collect(Collectors.joining("\n"));
            if (file == null) {
                return Status.error("The " + label + " was not resumed: " + errors);
            }
            try {
                ProblemMarkers.replace(file, e.problems());
            } catch (CoreException markersFailed) {
                AtelierUi.log("Could not update the problem markers of " + file, markersFailed);
            }
            return Status.error(label + " was not run: it has errors (see the Problems view):\n" + errors);
        } catch (ModelException | java.io.IOException e) {
            return Status.error(label + " was not run: " + e.getMessage(), e);
        }
        runFolder = handle.folder();
        refreshRuns();
        showRun(runFolder);
        boolean cancelled = false;
        try {
            while (handle.isAlive()) {
                if (monitor.isCanceled() && !cancelled) {
                    cancelled = true;
                    monitor.subTask("Cancelling...");
                    handle.cancel();
                }
                Thread.sleep(100);
            }
            RunStatus status = handle.waitFor();
            refreshRuns();
            Run run = ProjectStore.loadRun(ProjectStore.newResourceSet(), handle.folder());
            String outcome = "Run " + run.getId() + " " + status.getLiteral().toLowerCase(Locale.ROOT)
                    + (run.getMessage() == null ? "" : ": " + run.getMessage());
            return switch (status) {
            case SUCCEEDED -> new Status(IStatus.OK, AtelierUi.PLUGIN_ID, outcome);
            case CANCELLED -> Status.CANCEL_STATUS;
            default -> Status.error(outcome);
            };
        } catch (InterruptedException e) {
            handle.cancel();
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } catch (java.io.IOException | ModelException e) {
            return Status.error("Run of " + label + ": " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    /** The run in the Run view as it starts, without taking the focus. */
    private static void showRun(Path folder) {
        if (!org.eclipse.ui.PlatformUI.isWorkbenchRunning()) {
            return;
        }
        org.eclipse.ui.PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            org.eclipse.ui.IWorkbenchWindow window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                try {
                    org.atelier.ui.run.RunView.show(window.getActivePage(), folder, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
                } catch (org.eclipse.ui.PartInitException e) {
                    AtelierUi.log("Could not show run " + folder, e);
                }
            }
        });
    }

    private void refreshRuns() {
        try {
            project.getFolder(ProjectStore.RUNS_FOLDER).refreshLocal(IResource.DEPTH_INFINITE, null);
            // a run may add what it made to the project's base models
            project.getFile(ProjectStore.PROJECT_FILE).refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            AtelierUi.log("Could not refresh the runs of " + project.getName(), e);
        }
    }
}
