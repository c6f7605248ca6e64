package org.atelier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.testing.TestProjects;
import org.atelier.core.validation.ModelValidator;
import org.atelier.core.validation.Problem;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationTest {

    @TempDir
    Path folder;

    private final ModelValidator validator = new ModelValidator(MethodRegistry.getDefault());
    private ResourceSet resources;
    private Path file;
    private Experiment experiment;

    @BeforeEach
    void setUp() throws Exception {
        TestProjects.create(folder);
        file = TestProjects.probeExperiment(folder, "check", "SUCCEED");
        resources = ProjectStore.newResourceSet();
        experiment = ProjectStore.loadExperiment(resources, file);
        EcoreUtil.resolveAll(resources);
    }

    private List<Problem> problems() {
        return validator.validateExperiment(experiment, file, folder);
    }

    private static String text(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aGoodExperimentHasNoProblems() throws Exception {
        assertEquals("", text(problems()));
        TrainingProject project = ProjectStore.loadProject(resources, folder);
        assertEquals("", text(validator.validateProject(project, folder)));
    }

    @Test
    void outOfBoundsValueNamesFileFieldAndReason() {
        experiment.getConfig().eSet(experiment.getConfig().eClass().getEStructuralFeature("learningRate"), 2.5);
        List<Problem> problems = problems();
        assertEquals(1, problems.size(), text(problems));
        Problem p = problems.get(0);
        assertTrue(p.isError());
        assertEquals("learningRate", p.feature().getName());
        assertEquals(file + ": error: experiment 'check' › config › learningRate: must be between 0 and 1 (is 2.5)",
                p.toString());
    }

    @Test
    void missingBaseModelAndDataset() {
        experiment.setBaseModel(null);
        experiment.getDatasets().clear();
        String text = text(problems());
        assertTrue(text.contains("baseModel: no base model is chosen"), text);
        assertTrue(text.contains("datasets: no dataset is chosen"), text);
    }

    @Test
    void danglingReferenceIsReported() throws Exception {
        Files.writeString(file, Files.readString(file).replace("project.atelier#tiny", "project.atelier#gone"));
        resources = ProjectStore.newResourceSet();
        experiment = ProjectStore.loadExperiment(resources, file);
        EcoreUtil.resolveAll(resources);
        String text = text(problems());
        assertTrue(text.contains("baseModel: refers to") && text.contains("#gone', which does not exist"), text);
    }

    @Test
    void unknownMethod() {
        experiment.setMethod("org.atelier.methods.nothing");
        String text = text(problems());
        assertTrue(text.contains("method: no installed method 'org.atelier.methods.nothing' (installed: "), text);
        assertTrue(text.contains(TestProjects.PROBE), text);
    }

    @Test
    void emptyDatasetMissingFilesAndCaptions() throws Exception {
        TrainingProject project = ProjectStore.loadProject(resources, folder);
        Path images = folder.resolve("datasets/cats/10_cat");
        Files.delete(images.resolve("cat1.txt"));
        project.getBaseModels().get(0).setPath("models/missing.safetensors");
        String text = text(validator.validateProject(project, folder));
        assertTrue(text.contains("warning: dataset 'cats' › subsets[0] › path: 1 of 2 images in"), text);
        assertTrue(text.contains("base model 'tiny' › path: no file or folder at"), text);

        project.getDatasets().get(0).getSubsets().clear();
        text = text(validator.validateProject(project, folder));
        assertTrue(text.contains("error: dataset 'cats' › subsets: the dataset is empty"), text);
    }
}
