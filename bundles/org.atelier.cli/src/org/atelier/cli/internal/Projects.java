package org.atelier.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;

/** Training projects as commands name them: a project folder, or its project file. */
final class Projects {

    private Projects() {
    }

    /**
     * The project folder {@code arg} names.
     *
     * @throws ModelException when it does not exist or is not a training project
     */
    static Path folder(String arg) throws ModelException {
        Path path = Path.of(arg).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new ModelException(path, "no such file or folder");
        }
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        if (!Files.isDirectory(path) && !path.getFileName().toString().equals(ProjectStore.PROJECT_FILE)
                || !ProjectStore.isProjectFolder(folder)) {
            throw new ModelException(path, "not a training project (no " + ProjectStore.PROJECT_FILE + " there)");
        }
        return folder;
    }

    /** The default place of the demo project: beside the workbench's projects. */
    static Path defaultDemoFolder() {
        String workspace = System.getenv("ATELIER_WORKSPACE");
        Path root = workspace != null && !workspace.isBlank() ? Path.of(workspace)
                : Path.of(System.getProperty("user.home"), "atelier-workspace");
        return root.resolve("demo");
    }
}
