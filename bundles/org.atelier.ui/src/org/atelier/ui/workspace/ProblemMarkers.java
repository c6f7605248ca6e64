package org.atelier.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.validation.ModelValidator;
import org.atelier.core.validation.Problem;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** Atelier's validation problems as markers (type {@value #TYPE}), so they show in the Problems view. */
public final class ProblemMarkers {

    public static final String TYPE = "org.atelier.ui.problem";
    public static final String FEATURE = "feature";

    private ProblemMarkers() {
    }

    /** Replaces the markers of {@code file} with {@code problems} (those of other files are ignored). */
    public static void replace(IFile file, List<Problem> problems) throws CoreException {
        Path path = TrainingWorkspace.path(file);
        List<Problem> own = problems.stream().filter(p -> p.file().equals(path)).toList();
        IWorkspaceRunnable update = monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (String line : own.stream().map(ProblemMarkers::key).distinct().toList()) {
                Problem problem = own.stream().filter(p -> key(p).equals(line)).findFirst().orElseThrow();
                file.createMarker(TYPE, Map.of(
                        IMarker.MESSAGE, problem.location() + ": " + problem.message(),
                        IMarker.SEVERITY, problem.isError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING,
                        IMarker.LOCATION, problem.location(),
                        FEATURE, problem.feature() == null ? "" : problem.feature().getName()));
            }
        };
        TrainingWorkspace.workspace().run(update, file, IResource.NONE, null);
    }

    private static String key(Problem p) {
        return p.severity() + p.location() + p.message();
    }

    /** Problems as a marker would show them, for a file that cannot be read at all. */
    public static void unreadable(IFile file, ModelException e) throws CoreException {
        IWorkspaceRunnable update = monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            file.createMarker(TYPE, Map.of(IMarker.MESSAGE, e.getMessage().substring(e.file().toString().length() + 2),
                    IMarker.SEVERITY, IMarker.SEVERITY_ERROR));
        };
        TrainingWorkspace.workspace().run(update, file, IResource.NONE, null);
    }

    /** Validates a whole training project (project file and experiments) and updates all its markers. */
    public static void validateProject(IProject project) throws CoreException {
        Path folder = TrainingWorkspace.path(project);
        IFile projectFile = project.getFile(ProjectStore.PROJECT_FILE);
        ModelValidator validator = new ModelValidator(MethodRegistry.getDefault());
        ResourceSet resources = ProjectStore.newResourceSet();
        try {
            TrainingProject model = ProjectStore.loadProject(resources, folder);
            replace(projectFile, validator.validateProject(model, folder));
        } catch (ModelException e) {
            unreadable(projectFile, e);
        }
        try {
            for (Path file : ProjectStore.experimentFiles(folder)) {
                IFile experimentFile = project.getFolder(ProjectStore.EXPERIMENTS_FOLDER).getFile(file.getFileName().toString());
                try {
                    Experiment experiment = ProjectStore.loadExperimentResolved(resources, file);
                    replace(experimentFile, validator.validateExperiment(experiment, file, folder));
                } catch (ModelException e) {
                    unreadable(experimentFile, e);
                }
            }
        } catch (java.io.IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error(e.getMessage(), e));
        }
    }

    /** The messages of the markers on a file, for tests and tooltips. */
    public static List<String> messages(IFile file) throws CoreException {
        List<String> messages = new ArrayList<>();
        for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
            messages.add(marker.getAttribute(IMarker.MESSAGE, ""));
        }
        return messages.stream().sorted().collect(Collectors.toList());
    }
}
