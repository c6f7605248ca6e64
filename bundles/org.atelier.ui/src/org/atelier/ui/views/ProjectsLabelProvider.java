package org.atelier.ui.views;

import java.util.Locale;

import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Names and icons that tell projects, base models, datasets, experiments and runs apart. */
final class ProjectsLabelProvider extends LabelProvider {

    private final ProjectsContentProvider content;

    ProjectsLabelProvider(ProjectsContentProvider content) {
        this.content = content;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof IProject project) {
            TrainingProject model = content.model(project);
            if (model == null) {
                return project.getName() + "  (project.atelier cannot be read; see Problems)";
            }
            return model.getName() == null || model.getName().equals(project.getName()) ? project.getName()
                    : model.getName() + "  [" + project.getName() + "]";
        }
        if (element instanceof ProjectsContentProvider.Group group) {
            return group.kind().label + " (" + content.children(group).size() + ")";
        }
        if (element instanceof ProjectsContentProvider.ObjectNode node) {
            if (node.object() instanceof BaseModel model) {
                return model.getId() + "  " + model.getPath() + "  [" + model.getArchitecture().getLiteral() + "]";
            }
            Dataset dataset = (Dataset) node.object();
            return dataset.getId() + (dataset.getName() == null ? "" : "  " + dataset.getName()) + "  ("
                    + dataset.getSubsets().size() + (dataset.getSubsets().size() == 1 ? " folder)" : " folders)");
        }
        if (element instanceof IFile file) {
            return content.experimentLabel(file, ProjectsLabelProvider::experimentLabel);
        }
        if (element instanceof ProjectsContentProvider.RunNode run) {
            var info = run.info();
            String duration = info.duration() == null ? "" : ", " + org.atelier.common.Durations.clock(info.duration());
            return info.run().getId() + "  " + info.status().getLiteral().toLowerCase(Locale.ROOT) + duration;
        }
        return super.getText(element);
    }

    private static String experimentLabel(IFile file) {
        String name = file.getName().substring(0, file.getName().length() - file.getFileExtension().length() - 1);
        try {
            Experiment experiment = ProjectStore.loadExperiment(ProjectStore.newResourceSet(), TrainingWorkspace.path(file));
            String method = MethodRegistry.getDefault().find(experiment.getMethod()).map(MethodDescriptor::label)
                    .orElse(experiment.getMethod() + ", not installed");
            return name + "  (" + method + ")";
        } catch (ModelException e) {
            return name + "  (cannot be read; see Problems)";
        }
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof IProject) {
            return AtelierUi.image(AtelierUi.IMG_PROJECT);
        }
        if (element instanceof ProjectsContentProvider.Group) {
            return AtelierUi.image(AtelierUi.IMG_GROUP);
        }
        if (element instanceof ProjectsContentProvider.ObjectNode node) {
            return AtelierUi.image(node.object() instanceof BaseModel ? AtelierUi.IMG_BASE_MODEL : AtelierUi.IMG_DATASET);
        }
        if (element instanceof IFile) {
            return AtelierUi.image(AtelierUi.IMG_EXPERIMENT);
        }
        if (element instanceof ProjectsContentProvider.RunNode run) {
            return AtelierUi.image(AtelierUi.runStatusImage(run.info().status()));
        }
        return null;
    }
}
