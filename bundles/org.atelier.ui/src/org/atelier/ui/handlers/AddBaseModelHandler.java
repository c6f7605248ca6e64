package org.atelier.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.core.model.BaseModel;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.project.BaseModels;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.views.ProjectElement;
import org.atelier.ui.workspace.ProblemMarkers;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Adds a base model to the selected training project: the user picks a checkpoint (or a diffusers folder's
 * model_index.json); a job reads what it is and records it in project.atelier.
 */
public final class AddBaseModelHandler extends AbstractHandler {

    public static final String COMMAND = "org.atelier.ui.commands.addModel";

    @Override
    public Object execute(ExecutionEvent event) {
        IProject project = project(HandlerUtil.getCurrentSelection(event));
        if (project == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Add Base Model", "Select a training project.");
            return null;
        }
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
        dialog.setText("Add Base Model to " + project.getName());
        dialog.setFilterExtensions(new String[] { "*.safetensors;*.ckpt;*.pt;*.pth;*.bin;model_index.json", "*" });
        dialog.setFilterNames(new String[] { "Checkpoints and diffusers folders (model_index.json)", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            Path file = Path.of(chosen);
            job(project, file.getFileName().toString().equals("model_index.json") ? file.getParent() : file).schedule();
        }
        return null;
    }

    static IProject project(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured)) {
            return null;
        }
        Object first = structured.getFirstElement();
        if (first instanceof ProjectElement element) {
            return element.project();
        }
        IResource resource = Adapters.adapt(first, IResource.class);
        return resource == null ? null : resource.getProject();
    }

    /** The job that reads the model and records it; its result says what was added or why not. */
    public static Job job(IProject project, Path model) {
        Job job = Job.create("Adding base model " + model.getFileName(), (IProgressMonitor monitor) -> {
            try {
                BaseModel added = add(project, model);
                return new Status(IStatus.OK, AtelierUi.PLUGIN_ID, "Added base model '" + added.getId() + "' ("
                        + added.getArchitecture().getLiteral() + ")");
            } catch (java.io.IOException | ModelException | CoreException e) {
                return Status.error("Could not add " + model + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.setRule(project);
        return job;
    }

    static BaseModel add(IProject project, Path model) throws java.io.IOException, ModelException, CoreException {
        Path folder = TrainingWorkspace.path(project);
        if (!Files.exists(model)) {
            throw new java.io.IOException("no such file or folder");
        }
        ResourceSet resources = ProjectStore.newResourceSet();
        TrainingProject training = ProjectStore.loadProject(resources, folder);
        BaseModel added = BaseModels.describe(model, folder, BaseModels.newId(training, model), true);
        training.getBaseModels().add(added);
        ProjectStore.save(training.eResource());
        project.getFile(ProjectStore.PROJECT_FILE).refreshLocal(IResource.DEPTH_ZERO, null);
        ProblemMarkers.validateProject(project);
        return added;
    }
}
