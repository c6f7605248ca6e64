package org.atelier.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.atelier.core.model.Architecture;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ProjectStore;
import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.views.ProjectsView;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Adding a base model from the workbench: detected, recorded, shown. */
class AddBaseModelTest {

    private IProject project;

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.delete(project);
    }

    @Test
    void aCheckpointIsDetectedRecordedAndShown() throws Exception {
        project = UiTestSupport.probeProject("addmodel-ui");
        Path file = TrainingWorkspace.path(project).resolve("models/refiner.safetensors");
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(SdLayout.tinySdxlRefiner()), DType.F16, 9);
        ProjectsView view = (ProjectsView) UiTestSupport.page().showView(ProjectsView.ID);
        Job job = AddBaseModelHandler.job(project, file);
        job.schedule();
        UiTestSupport.waitUntil("the job", () -> job.getResult() != null);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());

        TrainingProject model = ProjectStore.loadProject(ProjectStore.newResourceSet(), TrainingWorkspace.path(project));
        BaseModel added = model.getBaseModels().get(1);
        assertEquals("refiner", added.getId());
        assertEquals("models/refiner.safetensors", added.getPath());
        assertEquals(Architecture.SDXL_REFINER, added.getArchitecture());
        assertEquals(64, added.getSha256().length());

        Tree tree = view.viewer().getTree();
        UiTestSupport.waitUntil(() -> "the model in the view: " + UiTestSupport.treeText(tree), () -> {
            view.viewer().expandToLevel(3); // the project's items appear with the refresh that follows the change
            return UiTestSupport.treeText(tree).contains("  Base models (2)\n");
        });
        view.viewer().expandAll();
        UiTestSupport.settle();
        boolean shown = false;
        for (var projectItem : tree.getItems()) {
            for (var group : projectItem.getItems()) {
                for (var item : group.getItems()) {
                    shown |= item.getText().equals("refiner  models/refiner.safetensors  [SDXL_REFINER]");
                }
            }
        }
        assertTrue(shown, UiTestSupport.treeText(tree));
    }
}
