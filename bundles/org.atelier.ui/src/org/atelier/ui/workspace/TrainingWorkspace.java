package org.atelier.ui.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.core.project.DemoProject;
import org.atelier.core.project.ProjectStore;
import org.atelier.ui.AtelierUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/** Training projects as workspace projects: each is an Eclipse project whose folder holds a project.atelier. */
public final class TrainingWorkspace {

    private TrainingWorkspace() {
    }

    public static IWorkspace workspace() {
        return ResourcesPlugin.getWorkspace();
    }

    /** The open workspace projects that are training projects, by name. */
    public static List<IProject> trainingProjects() {
        List<IProject> result = new ArrayList<>();
        for (IProject project : workspace().getRoot().getProjects()) {
            if (isTrainingProject(project)) {
                result.add(project);
            }
        }
        return result;
    }

    public static boolean isTrainingProject(IProject project) {
        return project.isOpen() && project.getFile(ProjectStore.PROJECT_FILE).exists();
    }

    /** The file-system path of a resource. */
    public static Path path(IResource resource) {
        IPath location = resource.getLocation();
        return location == null ? null : location.toPath();
    }

    /** The workspace file at a file-system path, or null when it is outside every project. */
    public static IFile file(Path path) {
        return workspace().getRoot().getFileForLocation(IPath.fromPath(path.toAbsolutePath().normalize()));
    }

    /**
     * Makes a training project in {@code location} (the workspace's own folder for it when null) and opens it as
     * a workspace project: empty, or a copy of the demo. An existing training project in that folder is taken
     * as it is.
     */
    public static IProject create(String name, Path location, boolean demo, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Creating training project " + name, 4);
        IProject project = workspace().getRoot().getProject(name);
        if (project.exists()) {
            throw new CoreException(Status.error("A project named '" + name + "' exists already"));
        }
        Path defaultLocation = workspace().getRoot().getLocation().toPath().resolve(name);
        Path folder = location == null ? defaultLocation : location.toAbsolutePath().normalize();
        try {
            if (!ProjectStore.isProjectFolder(folder)) {
                if (demo) {
                    DemoProject.copyTo(folder);
                } else {
                    ProjectStore.createProject(folder, name);
                }
            }
            Files.createDirectories(folder.resolve(ProjectStore.EXPERIMENTS_FOLDER));
        } catch (IOException e) {
            throw new CoreException(new Status(Status.ERROR, AtelierUi.PLUGIN_ID, e.getMessage(), e));
        }
        progress.worked(1);
        IProjectDescription description = workspace().newProjectDescription(name);
        if (!folder.equals(defaultLocation)) {
            description.setLocation(IPath.fromPath(folder));
        }
        project.create(description, progress.split(1));
        project.open(progress.split(1));
        // Our files are UTF-8 XMI; saying so also spares the user the workspace's "no explicit encoding" warning.
        project.setDefaultCharset("UTF-8", progress.split(1));
        return project;
    }
}
