package org.atelier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.core.model.Experiment;
import org.atelier.core.model.Run;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.runs.Runs;
import org.atelier.core.testing.TestProjects;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void projectAndExperimentRoundTrip() throws Exception {
        TestProjects.create(folder);
        Path file = TestProjects.probeExperiment(folder, "first", "SUCCEED");

        ResourceSet resources = ProjectStore.newResourceSet();
        Experiment experiment = ProjectStore.loadExperiment(resources, file);
        TrainingProject project = ProjectStore.loadProject(resources, folder);
        assertEquals("first", experiment.getName());
        assertEquals(TestProjects.PROBE, experiment.getMethod());
        assertSame(project.getBaseModels().get(0), experiment.getBaseModel(), "the base model resolves by id");
        assertSame(project.getDatasets().get(0), experiment.getDatasets().get(0));
        assertEquals(10, project.getDatasets().get(0).getSubsets().get(0).getRepeats());
        assertEquals("ProbeConfig", experiment.getConfig().eClass().getName());
        String xml = Files.readString(file);
        assertTrue(xml.contains("../project.atelier#tiny"), "cross-file references use ids: " + xml);

        experiment.getConfig().eSet(experiment.getConfig().eClass().getEStructuralFeature("steps"), 77);
        ProjectStore.save(experiment.eResource());
        Experiment again = ProjectStore.loadExperiment(ProjectStore.newResourceSet(), file);
        assertEquals(77, again.getConfig().eGet(again.getConfig().eClass().getEStructuralFeature("steps")));
        assertEquals(ProjectStore.experimentFiles(folder), java.util.List.of(file));
    }

    @Test
    void runSnapshotIsSelfContained() throws Exception {
        TestProjects.create(folder);
        Path file = TestProjects.probeExperiment(folder, "snap", "SUCCEED");
        ResourceSet resources = ProjectStore.newResourceSet();
        Experiment experiment = ProjectStore.loadExperiment(resources, file);
        EcoreUtil.resolveAll(resources);
        Run run = Runs.snapshot(experiment, folder);
        Path runFolder = Runs.newRunFolder(folder, "snap");
        ProjectStore.save(ProjectStore.create(ProjectStore.newResourceSet(), runFolder.resolve(ProjectStore.RUN_FILE), run));

        String xml = Files.readString(runFolder.resolve(ProjectStore.RUN_FILE));
        assertFalse(xml.contains("project.atelier"), "the snapshot refers to no other file: " + xml);
        Run loaded = ProjectStore.loadRun(ProjectStore.newResourceSet(), runFolder);
        assertSame(loaded.getBaseModel(), loaded.getExperiment().getBaseModel());
        assertEquals("tiny", loaded.getBaseModel().getId());
        assertEquals(1, loaded.getDatasets().size());
        assertTrue(runFolder.getFileName().toString().matches("\\d{8}-\\d{6}-snap"), runFolder.toString());
    }

    @Test
    void corruptFileNamesFileAndLine() throws Exception {
        TestProjects.create(folder);
        Path file = TestProjects.probeExperiment(folder, "broken", "SUCCEED");
        String xml = Files.readString(file);
        Files.writeString(file, xml.substring(0, xml.length() / 2));
        ModelException e = assertThrows(ModelException.class,
                () -> ProjectStore.loadExperiment(ProjectStore.newResourceSet(), file));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("line "), e.getMessage());
    }

    @Test
    void unknownFieldIsAnError() throws Exception {
        TestProjects.create(folder);
        Path file = TestProjects.probeExperiment(folder, "typo", "SUCCEED");
        Files.writeString(file, Files.readString(file).replace("name=\"typo\"", "name=\"typo\" nmae=\"x\""));
        ModelException e = assertThrows(ModelException.class,
                () -> ProjectStore.loadExperiment(ProjectStore.newResourceSet(), file));
        assertTrue(e.getMessage().contains("nmae"), e.getMessage());
    }

    @Test
    void wrongRootTypeAndMissingFile() throws Exception {
        TestProjects.create(folder);
        Path projectFile = ProjectStore.projectFile(folder);
        ModelException wrongType = assertThrows(ModelException.class,
                () -> ProjectStore.loadExperiment(ProjectStore.newResourceSet(), projectFile));
        assertTrue(wrongType.getMessage().contains("expected a Experiment but the file holds a TrainingProject"),
                wrongType.getMessage());
        ModelException missing = assertThrows(ModelException.class,
                () -> ProjectStore.loadProject(ProjectStore.newResourceSet(), folder.resolve("nowhere")));
        assertTrue(missing.getMessage().endsWith("no such file"), missing.getMessage());
    }

    @Test
    void savingLeavesNoTemporaryFiles() throws Exception {
        TestProjects.create(folder);
        TestProjects.probeExperiment(folder, "clean", "SUCCEED");
        try (var files = Files.walk(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
