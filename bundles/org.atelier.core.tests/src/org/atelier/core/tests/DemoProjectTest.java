package org.atelier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.DemoProject;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.validation.ModelValidator;
import org.atelier.core.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoProjectTest {

    @TempDir
    Path folder;

    @Test
    void theDemoProjectIsValid() throws Exception {
        Path demo = DemoProject.copyTo(folder.resolve("demo"));
        TrainingProject project = ProjectStore.loadProject(ProjectStore.newResourceSet(), demo);
        assertEquals("Atelier demo", project.getName());
        assertEquals(8, ModelValidator.images(demo.resolve("datasets/shapes/10_shapes")).size());
        String problems = new ModelValidator(MethodRegistry.getDefault()).validateProject(project, demo).stream()
                .map(Problem::toString).collect(Collectors.joining("\n"));
        assertEquals("", problems);
    }

    @Test
    void anExistingProjectIsNotOverwritten() throws Exception {
        Path demo = DemoProject.copyTo(folder.resolve("demo"));
        IOException e = assertThrows(IOException.class, () -> DemoProject.copyTo(demo));
        assertTrue(e.getMessage().contains("exists there already"), e.getMessage());
        ProjectStore.createProject(folder.resolve("empty"), "Empty");
        assertTrue(ProjectStore.isProjectFolder(folder.resolve("empty")));
    }
}
