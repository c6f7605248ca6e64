package org.atelier.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ProjectStore;
import org.atelier.methods.merge.model.MergeConfig;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The merge method's form comes from its EClass alone, references to the project's base models included. */
class MergeFormTest {

    private IProject project;

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.page().closeAllEditors(false);
        UiTestSupport.delete(project);
    }

    @Test
    void modelBIsChosenFromTheProjectsBaseModels() throws Exception {
        project = UiTestSupport.probeProject("merge-ui");
        Path folder = TrainingWorkspace.path(project);
        Files.write(folder.resolve("models/other.safetensors"), Files.readAllBytes(folder.resolve("models/tiny.safetensors")));
        ResourceSet resources = ProjectStore.newResourceSet();
        TrainingProject training = ProjectStore.loadProject(resources, folder);
        BaseModel other = AtelierFactory.eINSTANCE.createBaseModel();
        other.setId("other");
        other.setPath("models/other.safetensors");
        training.getBaseModels().add(other);
        ProjectStore.save(training.eResource());
        Experiment experiment = AtelierFactory.eINSTANCE.createExperiment();
        experiment.setName("blend");
        experiment.setMethod("org.atelier.methods.merge");
        experiment.setBaseModel(training.getBaseModels().get(0));
        MethodConfig config = MethodRegistry.getDefault().find("org.atelier.methods.merge").orElseThrow().newConfig();
        experiment.setConfig(config);
        ProjectStore.save(ProjectStore.create(resources, folder.resolve("experiments/blend.experiment"), experiment));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTestSupport.page(), project.getFile("experiments/blend.experiment"));
        editor.setActivePage(HyperparametersPage.ID);
        UiTestSupport.settle();
        HyperparametersPage page = (HyperparametersPage) editor.findPage(HyperparametersPage.ID);
        Combo modelB = (Combo) page.field("modelB");
        assertEquals(List.of("(none)", "base model 'tiny'", "base model 'other'"), List.of(modelB.getItems()));
        modelB.select(2);
        modelB.notifyListeners(SWT.Selection, new Event());
        MergeConfig edited = (MergeConfig) editor.experiment().getConfig();
        assertEquals("other", edited.getModelB().getId());
        editor.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertNull(edited.getModelB());
        assertEquals(0, modelB.getSelectionIndex(), "the combo follows the undo");

        // only what the algorithm uses is shown: weighted sum takes no model C, no N and no seed
        assertEquals(List.of(true, false, false, false), shown(page, "modelB", "modelC", "beta", "seed"));
        Combo algorithm = (Combo) page.field("algorithm");
        algorithm.select(algorithm.indexOf("DARE"));
        algorithm.notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of(true, true, true, true), shown(page, "modelB", "modelC", "beta", "seed"));
        UiTestSupport.screenshot("merge-hyperparameters");
        algorithm.select(algorithm.indexOf("NO_INTERPOLATION"));
        algorithm.notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of(false, false, false, false, true), shown(page, "modelB", "modelC", "multiplier", "blockWeights",
                "outputType"));
        editor.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(List.of(true, true), shown(page, "modelB", "modelC"), "the fields follow the undo");
    }

    private static List<Boolean> shown(HyperparametersPage page, String... features) {
        return java.util.Arrays.stream(features).map(page::isShown).toList();
    }
}
