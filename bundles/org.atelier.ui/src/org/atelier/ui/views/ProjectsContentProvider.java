package org.atelier.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.runs.Runs;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Workspace → training projects → base models, datasets, experiments, runs. */
final class ProjectsContentProvider implements ITreeContentProvider {

    enum Kind {
        BASE_MODELS("Base models"), DATASETS("Datasets"), EXPERIMENTS("Experiments"), RUNS("Runs");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** A group of a project's children. */
    record Group(IProject project, Kind kind) implements ProjectElement {
    }

    /** A base model or a dataset of a project. */
    interface ObjectNode extends ProjectElement {
        EObject object();
    }

    /** A base model of a project. */
    record BaseModelNode(IProject project, BaseModel object) implements ObjectNode, BaseModelElement {
        @Override
        public BaseModel baseModel() {
            return object;
        }
    }

    /** A dataset of a project. */
    record DatasetNode(IProject project, Dataset object) implements ObjectNode {
    }

    /** A run folder of a project. */
    record RunNode(IProject project, Path folder, Runs.RunInfo info) implements RunElement {
    }

    /**
     * What was read from disk for the current picture of the tree: each project's project.atelier (or the reason it
     * cannot be read), each group's children, each experiment's label. A group's children are asked for its label,
     * its expander and its items: the cache reads them once. The view clears it before each refresh.
     */
    private final Map<IProject, Object> models = new ConcurrentHashMap<>();
    private final Map<Group, List<?>> children = new ConcurrentHashMap<>();
    private final Map<IFile, String> experimentLabels = new ConcurrentHashMap<>();

    /** Forgets what was read: the next refresh reads the files again. */
    void clear() {
        models.clear();
        children.clear();
        experimentLabels.clear();
    }

    /** The label of an experiment file, read once per refresh. */
    String experimentLabel(IFile file, java.util.function.Function<IFile, String> read) {
        return experimentLabels.computeIfAbsent(file, read);
    }

    /** The project's model, or null when its file cannot be read. */
    TrainingProject model(IProject project) {
        if (TrainingWorkspace.path(project) == null) {
            return null;
        }
        Object model = models.computeIfAbsent(project, p -> {
            try {
                return ProjectStore.loadProject(ProjectStore.newResourceSet(), TrainingWorkspace.path(p));
            } catch (ModelException e) {
                return e;
            }
        });
        return model instanceof TrainingProject training ? training : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof IWorkspaceRoot) {
            return TrainingWorkspace.trainingProjects().toArray();
        }
        return new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof IProject project) {
            return new Object[] { new Group(project, Kind.BASE_MODELS), new Group(project, Kind.DATASETS),
                    new Group(project, Kind.EXPERIMENTS), new Group(project, Kind.RUNS) };
        }
        if (parent instanceof Group group) {
            return children(group).toArray();
        }
        return new Object[0];
    }

    List<?> children(Group group) {
        return children.computeIfAbsent(group, this::read);
    }

    private List<?> read(Group group) {
        IProject project = group.project();
        if (TrainingWorkspace.path(project) == null) {
            return List.of(); // deleted since the tree was drawn: the refresh that follows takes it out
        }
        TrainingProject model = model(project);
        switch (group.kind()) {
        case BASE_MODELS:
            return model == null ? List.of() : wrap(project, model.getBaseModels());
        case DATASETS:
            return model == null ? List.of() : wrap(project, model.getDatasets());
        case EXPERIMENTS: {
            IFolder folder = project.getFolder(ProjectStore.EXPERIMENTS_FOLDER);
            List<IFile> files = new ArrayList<>();
            try {
                for (Path file : ProjectStore.experimentFiles(TrainingWorkspace.path(project))) {
                    files.add(folder.getFile(file.getFileName().toString()));
                }
            } catch (IOException e) {
                return List.of();
            }
            return files;
        }
        case RUNS: {
            List<RunNode> runs = new ArrayList<>();
            try {
                for (Runs.RunInfo info : Runs.list(TrainingWorkspace.path(project))) {
                    runs.add(new RunNode(project, info.folder(), info));
                }
            } catch (IOException e) {
                return List.of();
            }
            Collections.reverse(runs);
            return runs;
        }
        default:
            return List.of();
        }
    }

    private static List<ObjectNode> wrap(IProject project, List<? extends EObject> objects) {
        List<ObjectNode> nodes = new ArrayList<>();
        for (EObject object : objects) {
            if (object instanceof BaseModel model) {
                nodes.add(new BaseModelNode(project, model));
            } else if (object instanceof Dataset dataset) {
                nodes.add(new DatasetNode(project, dataset));
            }
        }
        return nodes;
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof IProject project) {
            return project.getWorkspace().getRoot();
        }
        if (element instanceof Group group) {
            return group.project();
        }
        if (element instanceof RunNode run) {
            return new Group(run.project(), Kind.RUNS);
        }
        if (element instanceof ObjectNode node) {
            return new Group(node.project(), node.object() instanceof BaseModel ? Kind.BASE_MODELS : Kind.DATASETS);
        }
        if (element instanceof IFile file) {
            return new Group(file.getProject(), Kind.EXPERIMENTS);
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof IProject || element instanceof Group group && !children(group).isEmpty();
    }
}
