package org.atelier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ProjectStore;
import org.atelier.ui.views.ProjectsView;
import org.atelier.ui.wizards.WizardTesting;
import org.atelier.ui.workspace.ProblemMarkers;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workbench as a user finds it: the product, the perspective, the navigator, the new-project wizard. */
class WorkbenchTest {

    private IProject project;

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.delete(project);
    }

    @Test
    void theProductIsAtelier() {
        IProduct product = Platform.getProduct();
        assertNotNull(product, "the tests run in the Atelier product");
        assertEquals("Atelier", product.getName());
        assertTrue(product.getProperty("aboutText").startsWith("Atelier {0}"), product.getProperty("aboutText"));
        assertEquals("org.atelier.ui.perspective",
                PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
    }

    @Test
    void helpAboutNamesTheProductAndItsVersion() throws Exception {
        Display display = Display.getCurrent();
        StringBuilder seen = new StringBuilder();
        // The About dialog is modal: read and close it from the event loop it runs.
        display.timerExec(1000, new Runnable() {
            int tries;

            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell.isVisible() && shell.getText().startsWith("About")) {
                        seen.append(shell.getText()).append('\n');
                        for (StyledText text : UiTestSupport.descendants(shell, StyledText.class)) {
                            seen.append(text.getText()).append('\n');
                        }
                        shell.close();
                        return;
                    }
                }
                if (tries++ < 50) {
                    display.timerExec(200, this);
                }
            }
        });
        UiTestSupport.page().getWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand(IWorkbenchCommandConstants.HELP_ABOUT, null);
        assertTrue(seen.toString().startsWith("About Atelier\n"), seen.toString());
        assertTrue(seen.toString().contains("Atelier 0.1.0"), seen.toString());
    }

    @Test
    void theAtelierPerspectiveShowsProjectsAndProblems() throws Exception {
        IWorkbenchPage page = UiTestSupport.page();
        PlatformUI.getWorkbench().showPerspective(AtelierPerspective.ID, page.getWorkbenchWindow());
        assertEquals(AtelierPerspective.ID, page.getPerspective().getId());
        assertNotNull(page.findView(ProjectsView.ID));
        assertNotNull(page.findView(IPageLayout.ID_PROBLEM_VIEW));
    }

    @Test
    void theNewProjectWizardMakesTheDemoAndTheNavigatorShowsIt() throws Exception {
        assertNotNull(PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("org.atelier.ui.wizards.project"));
        project = WizardTesting.newTrainingProject("demo-ui", true);
        assertTrue(project.getFile("project.atelier").exists());
        assertTrue(project.getFolder("datasets/shapes/10_shapes").exists());

        ProjectsView view = (ProjectsView) UiTestSupport.page().showView(ProjectsView.ID);
        Tree tree = view.viewer().getTree();
        TrainingProject demo = UiTestSupport.projectModel(project); // each installed method adds its models and experiment
        int experiments = ProjectStore.experimentFiles(TrainingWorkspace.path(project)).size();
        String expected = "Atelier demo  [demo-ui]\n  Base models (" + demo.getBaseModels().size() + ")\n  Datasets ("
                + demo.getDatasets().size() + ")\n  Experiments (" + experiments + ")\n  Runs (0)\n";
        assertTrue(demo.getBaseModels().size() >= 3 && demo.getDatasets().size() >= 1, "the merge's two models, the training methods' one");
        UiTestSupport.waitUntil(() -> "the demo in the navigator: " + UiTestSupport.treeText(tree) + "expected:\n" + expected,
                () -> UiTestSupport.treeText(tree).contains(expected));
        view.viewer().expandAll();
        UiTestSupport.settle();
        String text = UiTestSupport.treeText(tree);
        assertTrue(tree.getItems()[0].getImage() != null, "projects have an icon");
        assertTrue(ProblemMarkers.messages(project.getFile("project.atelier")).isEmpty(),
                "the demo project is valid: " + ProblemMarkers.messages(project.getFile("project.atelier")) + text);
        UiTestSupport.settle();
        StringBuilder all = new StringBuilder();
        for (IMarker marker : project.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE)) {
            all.append(marker.getResource()).append(": ").append(marker.getAttribute(IMarker.MESSAGE, "")).append('\n');
        }
        assertEquals("", all.toString(), "no problem of any kind in the demo project");
    }

    @Test
    void anEmptyProjectFromTheWizard() throws Exception {
        project = WizardTesting.newTrainingProject("empty-ui", false);
        assertTrue(project.getFile("project.atelier").exists());
        assertTrue(project.getFolder("experiments").exists());
    }
}
