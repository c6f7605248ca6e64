package org.atelier.ui.editors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.AtelierPackage.Literals;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Subset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ProjectStore;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dataset editor on 10,000 images: the grid asks only for the thumbnails it shows, captions are edited one by
 * one and by tags in bulk and saved to their files, folders' repeats are edited and saved to the project, and the
 * statistics and warnings follow.
 */
class DatasetEditorTest {

    private static final int IMAGES = 10_000;
    private IProject project;

    @AfterEach
    void tearDown() throws Exception {
        UiTestSupport.page().closeAllEditors(false);
        UiTestSupport.delete(project);
    }

    @Test
    void tenThousandImagesCaptionsTagsFoldersAndStatistics() throws Exception {
        project = UiTestSupport.probeProject("dataset-ui");
        Path folder = TrainingWorkspace.path(project);
        Path images = folder.resolve("datasets/many/5_thing");
        Files.createDirectories(images);
        byte[] large = png(128, Color.RED);
        byte[] small = png(96, Color.BLUE);
        List<Path> uncaptioned = new ArrayList<>();
        for (int i = 0; i < IMAGES; i++) {
            Path image = images.resolve(String.format("img%05d.png", i));
            Files.write(image, i % 1000 == 999 ? small : large);
            if (i % 2500 == 1) {
                uncaptioned.add(image);
            } else {
                Files.writeString(images.resolve(String.format("img%05d.txt", i)), "thing, " + (i % 2 == 0 ? "even" : "odd"));
            }
        }
        TrainingProject model = ProjectStore.loadProject(ProjectStore.newResourceSet(), folder);
        Dataset dataset = AtelierFactory.eINSTANCE.createDataset();
        dataset.setId("many");
        dataset.setResolution(128);
        dataset.setCaptions(AtelierFactory.eINSTANCE.createCaptionProcessing());
        dataset.setBuckets(AtelierFactory.eINSTANCE.createBucketSpec());
        Subset subset = AtelierFactory.eINSTANCE.createSubset();
        subset.setPath("datasets/many/5_thing"); // kohya's name: 5 repeats, unless the folder says otherwise
        dataset.getSubsets().add(subset);
        model.getDatasets().add(dataset);
        ProjectStore.save(model.eResource());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        long opening = System.nanoTime();
        DatasetEditor editor = (DatasetEditor) UiTestSupport.page().openEditor(new DatasetEditorInput(project, "many"),
                DatasetEditor.ID);
        DatasetImagesPage page = (DatasetImagesPage) editor.findPage(DatasetImagesPage.ID);
        UiTestSupport.waitUntil(() -> "the images in the grid: " + page.grid().images().size(),
                () -> page.grid().images().size() == IMAGES);
        long read = System.nanoTime() - opening;
        UiTestSupport.waitUntil("the first thumbnails", () -> editor.thumbnails().decoded() >= 4);
        UiTestSupport.settle();
        int requests = page.grid().requests();
        int decoded = editor.thumbnails().decoded();
        System.out.printf("Dataset editor: %d images read in %.1f s; %d thumbnails asked for, %d decoded%n", IMAGES,
                read / 1e9, requests, decoded);
        assertTrue(requests > 0 && requests < 300, "only the thumbnails in view are asked for: " + requests);
        assertTrue(decoded <= requests, decoded + " decoded of " + requests + " asked for");

        // warnings, with the grid filtered to the images concerned
        String message = page.getManagedForm().getForm().getMessage();
        assertTrue(message.startsWith(IMAGES + " images, " + 5 * IMAGES + " an epoch"), message);
        assertTrue(message.endsWith("2 warnings (Folders and Settings)"), message);
        page.showCombo().select(DatasetImagesPage.Show.UNCAPTIONED.ordinal());
        page.showCombo().notifyListeners(SWT.Selection, new Event());
        assertEquals(uncaptioned, page.grid().images());
        page.showCombo().select(DatasetImagesPage.Show.ALL.ordinal());
        page.showCombo().notifyListeners(SWT.Selection, new Event());

        // one caption edited
        Path first = images.resolve("img00000.png");
        page.grid().setSelection(List.of(first));
        assertEquals("thing, even", page.captionField().getText());
        page.captionField().setText("thing, even, edited");
        assertTrue(editor.isDirty(), "dirty while typing");
        page.captionField().notifyListeners(SWT.FocusOut, new Event()); // the typing becomes one undoable edit
        assertEquals(List.of("edited 1", "even 1", "thing 1"), rows(page.tagTable()));

        // tags in bulk on a selection of three
        List<Path> three = List.of(images.resolve("img00002.png"), images.resolve("img00003.png"), uncaptioned.get(1));
        page.grid().setSelection(three);
        assertEquals(3, page.addTag("bulk"));
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(List.of("thing 2", "even 1", "odd 1"), rows(page.tagTable()), "the bulk edit undone, whole");
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
        assertEquals(List.of("bulk 3", "thing 2", "even 1", "odd 1"), rows(page.tagTable()), "and redone");
        assertEquals(1, page.replaceTag("odd", "uneven"));
        assertEquals(2, page.removeTag("thing"));
        assertEquals(List.of("bulk 3", "even 1", "uneven 1"), rows(page.tagTable()));
        page.filterField().setText("uneven");
        assertEquals(List.of(images.resolve("img00003.png")), page.grid().images(), "the filter shows the images with a tag");
        page.filterField().setText("");

        // a folder's repeats, on the other page
        editor.setActivePage(DatasetFoldersPage.ID);
        DatasetFoldersPage folders = (DatasetFoldersPage) editor.findPage(DatasetFoldersPage.ID);
        assertArrayEquals(new String[] { "128x128", String.valueOf(IMAGES - 10), String.valueOf(5 * (IMAGES - 10)) },
                folders.bucketRows().get(0));
        assertTrue(folders.warningsText().contains("4 images have no caption file") && folders.warningsText()
                .contains("10 images smaller than the training resolution 128x128"), folders.warningsText());
        // a setting that does not change which images there are: the statistics follow at once, without reading again
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), editor.dataset(),
                Literals.DATASET__RESOLUTION, 256));
        assertTrue(folders.warningsText().contains(IMAGES + " images smaller than the training resolution 256x256"),
                folders.warningsText());
        editor.getEditingDomain().getCommandStack().undo();
        assertTrue(folders.warningsText().contains("10 images smaller than the training resolution 128x128"),
                folders.warningsText());
        Text repeats = (Text) folders.folderField(editor.dataset().getSubsets().get(0), Literals.SUBSET__REPEATS);
        repeats.setText("3");
        repeats.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(3, editor.dataset().getSubsets().get(0).getRepeats());

        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertEquals("thing, even, edited\n", Files.readString(images.resolve("img00000.txt")));
        assertEquals("uneven, bulk\n", Files.readString(images.resolve("img00003.txt")), "odd became uneven, thing removed");
        assertEquals("even, bulk\n", Files.readString(images.resolve("img00002.txt")));
        Path written = images.resolve(uncaptioned.get(1).getFileName().toString().replace(".png", ".txt"));
        assertEquals("bulk\n", Files.readString(written), "a caption file made for an image without one");
        TrainingProject saved = ProjectStore.loadProject(ProjectStore.newResourceSet(), folder);
        Dataset savedSet = saved.getDatasets().stream().filter(d -> d.getId().equals("many")).findFirst().orElseThrow();
        assertEquals(3, savedSet.getSubsets().get(0).getRepeats());
        assertEquals(2, saved.getDatasets().size(), "the project's other dataset kept");
        UiTestSupport.waitUntil(() -> "the dataset read again: " + folders.summaryText(), () -> folders.summaryText()
                .equals(IMAGES + " images (" + IMAGES + " instance); an epoch shows " + 3 * IMAGES + " with repeats, in 2 buckets."));
        assertTrue(folders.warningsText().contains("3 images have no caption file"), folders.warningsText());

        // opened again: the thumbnails come from the store
        UiTestSupport.page().closeEditor(editor, false);
        DatasetEditor again = (DatasetEditor) UiTestSupport.page().openEditor(new DatasetEditorInput(project, "many"),
                DatasetEditor.ID);
        DatasetImagesPage againPage = (DatasetImagesPage) again.findPage(DatasetImagesPage.ID);
        UiTestSupport.waitUntil("the grid again", () -> againPage.grid().images().size() == IMAGES);
        UiTestSupport.waitUntil("thumbnails asked for", () -> againPage.grid().requests() >= 4);
        UiTestSupport.settle();
        assertEquals(0, again.thumbnails().decoded(), "read from the thumbnail store");
    }

    @Test
    void theDemoDatasetInPictures() throws Exception {
        project = TrainingWorkspace.create("dataset-demo-ui", null, true, new org.eclipse.core.runtime.NullProgressMonitor());
        DatasetEditor editor = (DatasetEditor) UiTestSupport.page().openEditor(new DatasetEditorInput(project, "shapes"),
                DatasetEditor.ID);
        var reference = UiTestSupport.page().getReference(editor);
        UiTestSupport.page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        try {
            DatasetImagesPage page = (DatasetImagesPage) editor.findPage(DatasetImagesPage.ID);
            UiTestSupport.waitUntil("the shapes", () -> page.grid().images().size() == 8);
            Path red = TrainingWorkspace.path(project).resolve("datasets/shapes/10_shapes/red_circle.png");
            page.grid().setSelection(List.of(red));
            assertEquals("a red circle, flat colour, plain background", page.captionField().getText());
            UiTestSupport.waitUntil("the thumbnails and the preview",
                    () -> editor.thumbnails().decoded() == 8 && editor.previews().decoded() == 1);
            UiTestSupport.screenshot("dataset-editor");
            editor.setActivePage(DatasetFoldersPage.ID);
            DatasetFoldersPage folders = (DatasetFoldersPage) editor.findPage(DatasetFoldersPage.ID);
            assertEquals("8 images (8 instance); an epoch shows 80 with repeats, in 1 bucket.", folders.summaryText());
            UiTestSupport.screenshot("dataset-folders");
        } finally {
            UiTestSupport.page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        }
    }

    private static List<String> rows(Table table) {
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(item.getText(0) + " " + item.getText(1));
        }
        return rows;
    }

    private static byte[] png(int size, Color color) throws Exception {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setColor(color);
        g.fillOval(size / 4, size / 4, size / 2, size / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
