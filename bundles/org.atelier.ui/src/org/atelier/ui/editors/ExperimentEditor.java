package org.atelier.ui.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.validation.ModelValidator;
import org.atelier.core.validation.Problem;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.workspace.ProblemMarkers;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;

/**
 * The experiment editor: an overview (name, method, base model, datasets, what the run will do), the method's
 * hyperparameters, the sampling prompts and seeds, all forms over one EMF editing domain (undo, redo, dirty state,
 * save); and the experiment's runs. Every change is validated at once:
 * problems show in the form and as markers in the Problems view.
 */
public final class ExperimentEditor extends ModelFormEditor {

    public static final String ID = "org.atelier.ui.editors.experiment";

    private IFile file;
    private Path path;
    private Path projectFolder;
    private Experiment experiment;
    private TrainingProject project;
    private OverviewPage overview;
    private HyperparametersPage hyperparameters;
    private SamplingPage sampling;
    private List<Problem> problems = List.of();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("The experiment editor opens experiment files of the workspace");
        }
        super.init(site, input);
        file = fileInput.getFile();
        path = TrainingWorkspace.path(file);
        projectFolder = ProjectStore.projectFolderOf(path);
        ResourceSet resources = ProjectStore.newResourceSet();
        createDomain(resources);
        try {
            experiment = ProjectStore.loadExperiment(resources, path);
        } catch (ModelException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        try {
            project = ProjectStore.loadProject(resources, projectFolder);
        } catch (ModelException e) {
            project = null;
        }
        EcoreUtil.resolveAll(resources);
        setPartName(file.getName());
        setTitleToolTip(path.toString());
    }

    @Override
    protected void addPages() {
        try {
            overview = new OverviewPage(this);
            hyperparameters = new HyperparametersPage(this);
            sampling = new SamplingPage(this);
            addPage(overview);
            addPage(hyperparameters);
            addPage(sampling);
            addPage(new ExperimentRunsPage(this));
        } catch (PartInitException e) {
            AtelierUi.log("Could not create the experiment editor's pages", e);
        }
        installUndoRedo();
        getSite().getShell().getDisplay().asyncExec(this::validate);
    }

    @Override
    protected void modelChanged() {
        validate();
    }

    /** Checks the experiment as it is in the editor; shows the problems in the forms and as markers. */
    public void validate() {
        ModelValidator validator = new ModelValidator(MethodRegistry.getDefault());
        List<Problem> found = new ArrayList<>(validator.validateExperiment(experiment, path, projectFolder));
        problems = found;
        if (overview != null) {
            overview.showProblems(found);
        }
        if (hyperparameters != null) {
            hyperparameters.showProblems(found);
        }
        if (sampling != null) {
            sampling.showProblems(found);
        }
        IFile projectFile = file.getProject().getFile(ProjectStore.PROJECT_FILE);
        WorkspaceJob markers = new WorkspaceJob("Updating problem markers") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (file.exists()) {
                    ProblemMarkers.replace(file, found);
                }
                if (projectFile.exists() && project != null) {
                    // the whole project (every dataset folder listed) is checked here, off the UI thread
                    ProblemMarkers.replace(projectFile, validator.validateProject(project, projectFolder));
                }
                return Status.OK_STATUS;
            }
        };
        markers.setSystem(true);
        markers.setRule(TrainingWorkspace.workspace().getRuleFactory().markerRule(file.getProject()));
        markers.schedule();
    }

    public List<Problem> problems() {
        return problems;
    }

    public Experiment experiment() {
        return experiment;
    }

    /** The project's model, or null when project.atelier cannot be read. */
    public TrainingProject project() {
        return project;
    }

    public IFile file() {
        return file;
    }

    /** The folder of the experiment's training project. */
    public Path projectFolder() {
        return projectFolder;
    }

    /** Called by the overview when the method changes: the hyperparameter page shows the new configuration. */
    void configReplaced() {
        if (hyperparameters != null) {
            hyperparameters.rebuild();
        }
    }

    @Override
    public boolean isDirty() {
        return isModelDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            ProjectStore.save(experiment.eResource());
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            modelSaved();
        } catch (java.io.IOException | CoreException e) {
            ErrorDialog.openError(getSite().getShell(), "Save failed", "Could not save " + path,
                    new Status(IStatus.ERROR, AtelierUi.PLUGIN_ID, e.getMessage(), e));
        }
    }
}
