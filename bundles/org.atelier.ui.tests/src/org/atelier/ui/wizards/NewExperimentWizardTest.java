package org.atelier.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.atelier.core.model.EmbeddingFormat;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.Precision;
import org.atelier.core.model.SavesEmbedding;
import org.atelier.core.model.SavesWeights;
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

        SavesWeights lora = (SavesWeights) create("my-lora", "org.atelier.methods.lora");
        assertEquals(Precision.BF16, lora.getOutputType(), "the preferred precision");
        SavesEmbedding ti = (SavesEmbedding) create("my-embedding", "org.atelier.methods.ti");
        assertEquals(EmbeddingFormat.A1111_PT, ti.getOutputFormat(), "the preferred embedding format");
        store.setValue(AtelierPreferences.OUTPUT_PRECISION, "KEEP");
        SavesWeights merge = (SavesWeights) create("my-merge", "org.atelier.methods.merge");
        assertEquals(Precision.KEEP, merge.getOutputType(), "every method that saves weights takes the precision");

        store.setToDefault(AtelierPreferences.OUTPUT_PRECISION);
        SavesWeights plain = (SavesWeights) create("plain-lora", "org.atelier.methods.lora");
        assertEquals(Precision.FP16, plain.getOutputType(), "the method's own default");
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
}
