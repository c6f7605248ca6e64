package org.atelier.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.atelier.core.model.Dataset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ProjectStore;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.views.ProjectsView;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Adding a dataset from the workbench: read, recorded, shown; an empty folder or a taken name refused. */
class AddDatasetTest {

    private IProject project;

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.delete(project);
    }

    @Test
    void aFolderOfImagesBecomesADataset() throws Exception {
        project = UiTestSupport.probeProject("adddataset-ui");
        Path images = TrainingWorkspace.path(project).resolve("datasets/dogs/5_dog");
        Files.createDirectories(images);
        for (int i = 0; i < 3; i++) {
            ImageIO.write(new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB), "png", images.resolve("dog" + i + ".png").toFile());
            Files.writeString(images.resolve("dog" + i + ".txt"), "a dog, number " + i);
        }
        ProjectsView view = (ProjectsView) UiTestSupport.page().showView(ProjectsView.ID);

        IStatus added = run(AddDatasetHandler.job(project, images.getParent()));
        assertEquals("Added dataset 'dogs': 3 images, 15 an epoch with repeats", added.getMessage());
        TrainingProject model = ProjectStore.loadProject(ProjectStore.newResourceSet(), TrainingWorkspace.path(project));
        Dataset dogs = model.getDatasets().get(1);
        assertEquals("dogs", dogs.getId());
        assertEquals("datasets/dogs", dogs.getSubsets().get(0).getPath());
        Tree tree = view.viewer().getTree();
        UiTestSupport.waitUntil(() -> "the dataset in the view: " + UiTestSupport.treeText(tree), () -> {
            view.viewer().expandToLevel(project, 1);
            return UiTestSupport.treeText(tree).contains("adddataset-ui\n  Base models (1)\n  Datasets (2)\n");
        });

        IStatus again = run(AddDatasetHandler.job(project, images.getParent()));
        assertEquals(IStatus.ERROR, again.getSeverity());
        assertTrue(again.getMessage().contains("has a dataset 'dogs' already"), again.getMessage());
        Path empty = Files.createDirectories(TrainingWorkspace.path(project).resolve("empty"));
        IStatus nothing = run(AddDatasetHandler.job(project, empty));
        assertTrue(nothing.getMessage().contains("no images to train on"), nothing.getMessage());
    }

    private static IStatus run(Job job) {
        job.schedule();
        UiTestSupport.waitUntil("the job", () -> job.getResult() != null);
        return job.getResult();
    }
}
