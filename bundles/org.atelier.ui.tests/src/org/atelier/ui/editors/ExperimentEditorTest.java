package org.atelier.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.atelier.core.model.MethodConfig;
import org.atelier.core.testing.TestProjects;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.workspace.ProblemMarkers;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.forms.widgets.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The experiment editor: forms built from the method's EClass, edits through the editing domain, validation. */
class ExperimentEditorTest {

    private IProject project;
    private IFile file;
    private ExperimentEditor editor;

    @BeforeEach
    void setUp() throws Exception {
        project = UiTestSupport.probeProject("editor-ui");
        file = project.getFile("experiments/" + TestProjects.EXPERIMENT + ".experiment");
        editor = (ExperimentEditor) IDE.openEditor(UiTestSupport.page(), file);
        UiTestSupport.settle();
    }

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.page().closeAllEditors(false);
        UiTestSupport.delete(project);
    }

    private MethodConfig config() {
        return editor.experiment().getConfig();
    }

    private Object value(String feature) {
        return config().eGet(config().eClass().getEStructuralFeature(feature));
    }

    private HyperparametersPage hyperparameters() {
        editor.setActivePage(HyperparametersPage.ID);
        UiTestSupport.settle();
        return (HyperparametersPage) editor.findPage(HyperparametersPage.ID);
    }

    private static void type(Control field, String text) {
        ((Text) field).setText(text);
        field.notifyListeners(SWT.DefaultSelection, new Event());
    }

    private void undo() throws Exception {
        editor.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        UiTestSupport.settle();
    }

    @Test
    void theOverviewShowsTheMethodAndTheChoices() {
        OverviewPage overview = (OverviewPage) editor.findPage(OverviewPage.ID);
        Combo method = overview.methodField();
        assertEquals("Probe (tests only)", method.getText());
        UiTestSupport.screenshot("experiment-editor-overview");
        assertFalse(editor.isDirty());
    }

    @Test
    void theHyperparameterFormComesFromTheModel() {
        HyperparametersPage page = hyperparameters();
        assertInstanceOf(Combo.class, page.field("mode"), "an enum is a combo");
        Combo mode = (Combo) page.field("mode");
        assertEquals(List.of("SUCCEED", "FAIL", "WAIT", "HALT"), List.of(mode.getItems()));
        assertEquals("SUCCEED", mode.getText());
        assertInstanceOf(Button.class, page.field("useEma"), "a boolean is a checkbox");
        assertTrue((((Button) page.field("useEma")).getStyle() & SWT.CHECK) != 0);
        assertEquals("5", ((Text) page.field("steps")).getText(), "defaults come from the model");
        assertEquals("0.001", ((Text) page.field("learningRate")).getText());
        assertTrue(page.field("learningRate").getToolTipText().contains("Scales the logged loss."), "help text");
        assertTrue(page.field("learningRate").getToolTipText().contains("Allowed: from 0 to 1"), "bounds");

        List<String> sections = UiTestSupport.descendants(page.getManagedForm().getForm().getBody(), Section.class)
                .stream().map(Section::getText).toList();
        assertEquals(List.of("Behaviour", "Training", "Optimizer", "Output"), sections, "groups are sections");
    }

    @Test
    void anEditIsUndoableAndSaved() throws Exception {
        HyperparametersPage page = hyperparameters();
        type(page.field("steps"), "12");
        assertEquals(12, value("steps"));
        UiTestSupport.settle();
        assertTrue(editor.isDirty());

        undo();
        assertEquals(5, value("steps"));
        assertEquals("5", ((Text) page.field("steps")).getText(), "the field follows the undo");
        assertFalse(editor.isDirty());

        Combo mode = (Combo) page.field("mode");
        mode.select(2);
        mode.notifyListeners(SWT.Selection, new Event());
        assertEquals("WAIT", value("mode").toString());
        editor.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals("SUCCEED", value("mode").toString());
        editor.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
        assertEquals("WAIT", value("mode").toString());

        type(page.field("steps"), "12");
        editor.doSave(null);
        assertFalse(editor.isDirty());
        String saved = Files.readString(TrainingWorkspace.path(file));
        assertTrue(saved.contains("steps=\"12\"") && saved.contains("mode=\"WAIT\""), saved);
    }

    @Test
    void anInvalidValueShowsInTheFormAndInTheProblemsView() throws Exception {
        HyperparametersPage page = hyperparameters();
        type(page.field("learningRate"), "3");
        assertEquals(3.0, (Double) value("learningRate"), 0);
        UiTestSupport.waitUntil("a marker for learningRate", () -> markers().stream()
                .anyMatch(m -> m.equals("experiment 'probe' › config › learningRate: must be between 0 and 1 (is 3)")));
        assertEquals(IMessageProvider.ERROR, page.getManagedForm().getForm().getMessageType(), "shown in the form");
        UiTestSupport.screenshot("experiment-editor-invalid-value");

        type(page.field("learningRate"), "0.5");
        UiTestSupport.waitUntil("the marker to go", () -> markers().isEmpty());
        assertEquals(IMessageProvider.NONE, page.getManagedForm().getForm().getMessageType());

        type(page.field("steps"), "many");
        assertEquals(5, value("steps"), "text that is not a number is not applied");
        assertEquals(IMessageProvider.ERROR, page.getManagedForm().getForm().getMessageType());
        assertTrue(page.getManagedForm().getForm().getMessage() != null);
    }

    @Test
    void aMissingBaseModelIsAProblem() throws Exception {
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                editor.getEditingDomain(), editor.experiment(),
                org.atelier.core.model.AtelierPackage.Literals.EXPERIMENT__BASE_MODEL, null));
        UiTestSupport.waitUntil(() -> "a marker for the base model: " + markers(),
                () -> markers().contains("experiment 'probe' › baseModel: no base model is chosen"));
        undo();
        UiTestSupport.waitUntil(() -> "no markers: " + markers(), () -> markers().isEmpty());
    }

    private List<String> markers() {
        try {
            return ProblemMarkers.messages(file);
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
