package org.atelier.ui.editors;

import java.util.Objects;

import org.atelier.core.project.ProjectStore;
import org.atelier.ui.AtelierUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A dataset of a training project, as the dataset editor opens it: the project and the dataset's id. */
public final class DatasetEditorInput implements IEditorInput {

    private final IProject project;
    private final String datasetId;

    public DatasetEditorInput(IProject project, String datasetId) {
        this.project = project;
        this.datasetId = datasetId;
    }

    public IProject project() {
        return project;
    }

    public String datasetId() {
        return datasetId;
    }

    /** The file the dataset is saved in: the project's project.atelier. */
    public IFile projectFile() {
        return project.getFile(ProjectStore.PROJECT_FILE);
    }

    @Override
    public boolean exists() {
        return projectFile().exists();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return AtelierUi.getDefault().getImageRegistry().getDescriptor(AtelierUi.IMG_DATASET);
    }

    @Override
    public String getName() {
        return datasetId;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "Dataset '" + datasetId + "' of " + project.getName();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IProject.class) {
            return adapter.cast(project);
        }
        if (adapter == IFile.class) {
            return adapter.cast(projectFile());
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatasetEditorInput input && input.project.equals(project) && input.datasetId.equals(datasetId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(project, datasetId);
    }
}
