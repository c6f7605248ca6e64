package org.atelier.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;

import org.atelier.ui.UiTestSupport;
import org.atelier.ui.inspector.InspectorEditor;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IFileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What opening an element of the Training Projects view opens: a base model in the model inspector, a dataset in the dataset editor. */
class OpenFromNavigatorTest {

    private IProject project;

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.page().closeAllEditors(false);
        UiTestSupport.delete(project);
    }

    private static void collect(TreeItem[] items, Class<?> type, List<Object> found) {
        for (TreeItem item : items) {
            if (type.isInstance(item.getData())) {
                found.add(item.getData());
            }
            collect(item.getItems(), type, found);
        }
    }

    @Test
    void aBaseModelOpensInTheInspector() throws Exception {
        project = UiTestSupport.probeProject("open-ui");
        ProjectsView view = (ProjectsView) UiTestSupport.page().showView(ProjectsView.ID);
        List<Object> models = new ArrayList<>();
        UiTestSupport.waitUntil("the base model in the navigator", () -> {
            view.viewer().expandAll();
            models.clear();
            collect(view.viewer().getTree().getItems(), BaseModelElement.class, models);
            models.removeIf(node -> !((BaseModelElement) node).project().equals(project));
            return models.size() == 1;
        });
        view.open(new StructuredSelection(models.get(0)));
        InspectorEditor editor = assertInstanceOf(InspectorEditor.class, UiTestSupport.page().getActiveEditor());
        assertEquals("models/tiny.safetensors",
                ((IFileEditorInput) editor.getEditorInput()).getFile().getProjectRelativePath().toString());
        UiTestSupport.waitUntil(() -> "the inspector to finish reading: " + editor.facts(), editor::isLoaded);
    }

    @Test
    void aDatasetOpensInTheDatasetEditor() throws Exception {
        project = UiTestSupport.probeProject("open-dataset-ui");
        ProjectsView view = (ProjectsView) UiTestSupport.page().showView(ProjectsView.ID);
        List<Object> datasets = new ArrayList<>();
        UiTestSupport.waitUntil("the dataset in the navigator", () -> {
            view.viewer().expandAll();
            datasets.clear();
            collect(view.viewer().getTree().getItems(), ProjectsContentProvider.DatasetNode.class, datasets);
            datasets.removeIf(node -> !((ProjectsContentProvider.DatasetNode) node).project().equals(project));
            return datasets.size() == 1;
        });
        view.open(new StructuredSelection(datasets.get(0)));
        org.atelier.ui.editors.DatasetEditor editor = assertInstanceOf(org.atelier.ui.editors.DatasetEditor.class,
                UiTestSupport.page().getActiveEditor());
        assertEquals(new org.atelier.ui.editors.DatasetEditorInput(project, "cats"), editor.getEditorInput());
        UiTestSupport.page().closeEditor(editor, false);
    }
}
