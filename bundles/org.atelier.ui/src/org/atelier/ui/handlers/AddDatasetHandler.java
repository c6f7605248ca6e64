package org.atelier.ui.handlers;

import java.nio.file.Path;

import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.datasets.Datasets;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.editors.DatasetEditor;
import org.atelier.ui.editors.DatasetEditorInput;
import org.atelier.ui.workspace.ProblemMarkers;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Adds a dataset to the selected training project: the user picks a folder of captioned images (or of kohya's
 * {@code 10_name} folders); a job reads it and records it in project.atelier, then the dataset editor opens on it.
 */
public final class AddDatasetHandler extends AbstractHandler {

    public static final String COMMAND = "org.atelier.ui.commands.addDataset";

    @Override
    public Object execute(ExecutionEvent event) {
        IProject project = AddBaseModelHandler.project(HandlerUtil.getCurrentSelection(event));
        if (project == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Add Dataset", "Select a training project.");
            return null;
        }
        DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShell(event));
        dialog.setText("Add Dataset to " + project.getName());
        dialog.setMessage("A folder of images with their captions, or of kohya's <repeats>_<name> folders");
        dialog.setFilterPath(TrainingWorkspace.path(project).toString());
        String chosen = dialog.open();
        if (chosen != null) {
            Job job = job(project, Path.of(chosen));
            IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent done) {
                    if (done.getResult().isOK()) {
                        page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> open(page, project, Path.of(chosen)));
                    }
                }
            });
            job.schedule();
        }
        return null;
    }

    private static void open(IWorkbenchPage page, IProject project, Path folder) {
        try {
            page.openEditor(new DatasetEditorInput(project, Datasets.idFor(folder)), DatasetEditor.ID);
        } catch (PartInitException e) {
            AtelierUi.log("Could not open the new dataset", e);
        }
    }

    /** The job that reads the folder and records the dataset; its result says what was added or why not. */
    public static Job job(IProject project, Path folder) {
        Job job = Job.create("Adding dataset " + folder.getFileName(), (IProgressMonitor monitor) -> {
            try {
                Datasets.Added added = Datasets.add(TrainingWorkspace.path(project), folder, Datasets.idFor(folder), 512);
                project.getFile(ProjectStore.PROJECT_FILE).refreshLocal(IResource.DEPTH_ZERO, null);
                ProblemMarkers.validateProject(project);
                return new Status(IStatus.OK, AtelierUi.PLUGIN_ID, "Added dataset '" + added.dataset().getId() + "': "
                        + added.scan().items().size() + " images, " + added.imagesPerEpoch() + " an epoch with repeats");
            } catch (java.io.IOException | ModelException | CoreException | org.atelier.datasets.DatasetException e) {
                return Status.error("Could not add " + folder + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.setRule(project);
        return job;
    }
}
