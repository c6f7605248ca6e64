package org.atelier.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening a model file shows what it is and a filterable tree of its tensors. */
class InspectorEditorTest {

    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        project = UiTestSupport.probeProject("inspector-ui");
    }

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.page().closeAllEditors(false);
        UiTestSupport.delete(project);
    }

    @Test
    void aCheckpointIsDescribedAndItsTensorsFiltered() throws Exception {
        Path file = TrainingWorkspace.path(project).resolve("models/tiny-sd1.safetensors");
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 2);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile model = project.getFile("models/tiny-sd1.safetensors");
        InspectorEditor editor = (InspectorEditor) IDE.openEditor(UiTestSupport.page(), model);
        UiTestSupport.waitUntil(() -> "the file read and hashed: " + editor.facts(), editor::isLoaded);
        String facts = editor.facts();
        assertTrue(facts.contains("SD 1.x Stable Diffusion checkpoint (epsilon)"), facts);
        assertTrue(facts.contains("sha256"), facts);
        int all = (int) SdLayout.checkpoint(SdLayout.tinySd1()).size();
        assertEquals(all, editor.shownTensors());
        assertEquals("model.diffusion_model", editor.tree().getTree().getItem(0).getText(0), "single-child groups fold");

        editor.setFilter("attn2.to_k");
        UiTestSupport.settle();
        long expected = SdLayout.checkpoint(SdLayout.tinySd1()).stream().filter(e -> e.name().contains("attn2.to_k")).count();
        assertEquals(expected, editor.shownTensors());
        UiTestSupport.screenshot("model-inspector");
    }

    @Test
    void aDamagedFileSaysWhy() throws Exception {
        Path file = TrainingWorkspace.path(project).resolve("models/broken.safetensors");
        Files.write(file, new byte[] { 1, 2, 3 });
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        InspectorEditor editor = (InspectorEditor) IDE.openEditor(UiTestSupport.page(), project.getFile("models/broken.safetensors"));
        UiTestSupport.waitUntil("the error", editor::isLoaded);
        assertTrue(editor.facts().contains("cannot be read as a model") && editor.facts().contains("too short"), editor.facts());
    }
}
