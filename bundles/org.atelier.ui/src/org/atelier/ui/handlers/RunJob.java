package org.atelier.ui.handlers;

import java.nio.file.Path;
import java.util.Locale;
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
import org.atelier.core.validation.Problem;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.workspace.ProblemMarkers;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** One run of an experiment, started from the workbench; its process outlives nothing but this job's wait. */
public final class RunJob extends Job {

    /** The jobs of runs belong to this family, so that views and tests can find them. */
    public static final Object FAMILY = RunJob.class;

    private static final int TICKS = 1000;

    private final IFile file;
    private volatile Path runFolder;

    public RunJob(IFile file) {
        super("Run " + file.getName());
        this.file = file;
        setUser(true);
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
        Path path = TrainingWorkspace.path(file);
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
            handle = new RunLauncher(MethodRegistry.getDefault()).start(path, listener);
        } catch (InvalidRunException e) {
            try {
                ProblemMarkers.replace(file, e.problems());
            } catch (CoreException markersFailed) {
                AtelierUi.log("Could not update the problem markers of " + file, markersFailed);
            }
            String errors = e.problems().stream().filter(Problem::isError)
                    .map(p -> p.location() + ": " + p.message()).collect(Collectors.joining("\n"));
            return Status.error(file.getName() + " was not run: it has errors (see the Problems view):\n" + errors);
        } catch (ModelException | java.io.IOException e) {
            return Status.error(file.getName() + " was not run: " + e.getMessage(), e);
        }
        runFolder = handle.folder();
        refreshRuns();
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
            return Status.error("Run of " + file.getName() + ": " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    private void refreshRuns() {
        try {
            file.getProject().getFolder(ProjectStore.RUNS_FOLDER).refreshLocal(IResource.DEPTH_INFINITE, null);
            // a run may add what it made to the project's base models
            file.getProject().getFile(ProjectStore.PROJECT_FILE).refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            AtelierUi.log("Could not refresh the runs of " + file.getProject().getName(), e);
        }
    }
}
