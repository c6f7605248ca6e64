package org.atelier.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.atelier.core.model.Experiment;
import org.atelier.core.project.ProjectStore;
import org.atelier.ui.AtelierPreferences;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** File > New > Experiment makes an experiment file, saving as the preferences say. */
class NewExperimentWizardTest {

    private IProject project;
    private final IPreferenceStore store = AtelierUi.getDefault().getPreferenceStore();

    @AfterEach
    void tearDown() throws Exception {
        store.setToDefault(AtelierPreferences.OUTPUT_PRECISION);
        store.setToDefault(AtelierPreferences.EMBEDDING_FORMAT);
        UiTestSupport.page().closeAllEditors(false);
        UiTestSupport.delete(project);
    }

    @Test
    void newExperimentsSaveAsThePreferencesSay() throws Exception {
        project = TrainingWorkspace.create("wizard-ui", null, true, new NullProgressMonitor());
        store.setValue(AtelierPreferences.OUTPUT_PRECISION, "BF16");
        store.setValue(AtelierPreferences.EMBEDDING_FORMAT, "A1111_PT");

        EObject lora = create("my-lora", "org.atelier.methods.lora");
        assertEquals("BF16", literal(lora, "outputType"), "the preferred precision");
        EObject ti = create("my-embedding", "org.atelier.methods.ti");
        assertEquals("A1111_PT", literal(ti, "outputFormat"), "the preferred embedding format");

        store.setToDefault(AtelierPreferences.OUTPUT_PRECISION);
        EObject plain = create("plain-lora", "org.atelier.methods.lora");
        assertEquals("FP16", literal(plain, "outputType"), "the method's own default");
    }

    private EObject create(String name, String method) throws Exception {
        NewExperimentWizard wizard = new NewExperimentWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(UiTestSupport.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.fill(name, method);
            assertTrue(wizard.canFinish(), "the page is complete");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Experiment experiment = ProjectStore.loadExperiment(ProjectStore.newResourceSet(),
                TrainingWorkspace.path(project).resolve("experiments/" + name + ".experiment"));
        assertEquals(method, experiment.getMethod());
        return experiment.getConfig();
    }

    private static String literal(EObject config, String feature) {
        return String.valueOf(config.eGet(config.eClass().getEStructuralFeature(feature)));
    }
}
