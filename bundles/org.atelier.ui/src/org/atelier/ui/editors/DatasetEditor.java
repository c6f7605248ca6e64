package org.atelier.ui.editors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.core.model.Dataset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.datasets.CaptionFiles;
import org.atelier.datasets.DatasetScanner;
import org.atelier.datasets.DatasetStats;
import org.atelier.datasets.Item;
import org.atelier.datasets.ThumbnailStore;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.workspace.ProblemMarkers;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;

/**
 * The dataset editor: its images as thumbnails with their captions (edited one by one or by tags in bulk), and its
 * folders (repeats, roles), settings, buckets and warnings. Folders, settings and captions are all edited as commands
 * (undo, redo) and kept until saved; then each edited caption file is written whole, and the dataset into
 * project.atelier. The dataset is read again, in a job, whenever its folders or settings change.
 */
public final class DatasetEditor extends ModelFormEditor {

    public static final String ID = "org.atelier.ui.editors.dataset";
    /** The side of a thumbnail in the grid. */
    static final int THUMBNAIL = 128;
    /** The side of the selected image's picture. */
    static final int PREVIEW = 240;

    /** What a reading of the dataset found: its images and warnings, or why it could not be read. */
    record Contents(List<Item> items, List<String> warnings, DatasetStats stats, String error) {
        static final Contents NONE = new Contents(List.of(), List.of(), null, null);
    }

    private IProject project;
    private Path projectFolder;
    private Dataset dataset;
    private Contents contents = Contents.NONE;
    private final Map<Path, String> editedCaptions = new LinkedHashMap<>();
    private Map<Path, Item> itemsByImage = Map.of();
    /** The dataset as the latest reading read it, or null. */
    private Dataset scanned;
    /** The dataset as last saved (or opened): project.atelier is written only when it differs. */
    private Dataset saved;
    private ThumbnailStore thumbnails;
    private ThumbnailStore previews;
    private DatasetImagesPage images;
    private DatasetFoldersPage folders;
    /** Counts the readings asked for: only the latest one's result is shown. */
    private int readings;
    private Job reading;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DatasetEditorInput datasetInput)) {
            throw new PartInitException("The dataset editor opens the datasets of training projects");
        }
        super.init(site, input);
        project = datasetInput.project();
        projectFolder = TrainingWorkspace.path(project);
        if (projectFolder == null || !project.isOpen()) {
            throw new PartInitException("Project " + project.getName() + " is closed or no longer exists");
        }
        ResourceSet resources = ProjectStore.newResourceSet();
        createDomain(resources);
        TrainingProject model;
        try {
            model = ProjectStore.loadProject(resources, projectFolder);
        } catch (ModelException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        dataset = model.getDatasets().stream().filter(d -> d.getId().equals(datasetInput.datasetId())).findFirst()
                .orElseThrow(() -> new PartInitException(
                        "Project " + project.getName() + " has no dataset '" + datasetInput.datasetId() + "'"));
        saved = EcoreUtil.copy(dataset);
        thumbnails = ThumbnailStore.ofProject(projectFolder, THUMBNAIL);
        previews = ThumbnailStore.ofProject(projectFolder, PREVIEW);
        setPartName(dataset.getName() == null || dataset.getName().isBlank() ? dataset.getId() : dataset.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    protected void addPages() {
        try {
            images = new DatasetImagesPage(this);
            folders = new DatasetFoldersPage(this);
            addPage(images);
            addPage(folders);
        } catch (PartInitException e) {
            AtelierUi.log("Could not create the dataset editor's pages", e);
        }
        installUndoRedo();
        read(true);
    }

    @Override
    protected void modelChanged() {
        if (!(getEditingDomain().getCommandStack().getMostRecentCommand() instanceof CaptionCommand)) {
            read(false); // folders or settings changed; captions are shown as they change
        }
    }

    /**
     * Reads the dataset as it is in the editor, in a job; the pages show what it found. When only settings that
     * do not change which images there are and how they are read (resolution, buckets, caption processing...)
     * changed since the last reading, its images are taken again with new statistics, at once.
     */
    void read(boolean force) {
        int reading = ++readings;
        Dataset copy = EcoreUtil.copy(dataset);
        if (!force && scanned != null && contents.error() == null && sameImages(scanned, copy)) {
            show(new Contents(contents.items(), contents.warnings(), DatasetStats.of(copy, contents.items()), null), copy);
            return;
        }
        Job previous = this.reading;
        if (previous != null) {
            previous.cancel();
        }
        this.reading = Job.create("Reading dataset " + dataset.getId(), (IProgressMonitor monitor) -> {
            Contents found;
            try {
                DatasetScanner.Scan scan = DatasetScanner.scan(copy, projectFolder, false);
                found = new Contents(scan.items(), scan.warnings(), DatasetStats.of(copy, scan.items()), null);
            } catch (IOException | RuntimeException e) {
                found = new Contents(List.of(), List.of(), null, e.getMessage());
            }
            Contents result = found;
            if (!monitor.isCanceled() && getContainer() != null && !getContainer().isDisposed()) {
                getContainer().getDisplay().asyncExec(() -> {
                    if (reading == readings && getContainer() != null && !getContainer().isDisposed()) {
                        show(result, copy);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        this.reading.schedule();
    }

    private void show(Contents found, Dataset readAs) {
        contents = found;
        scanned = found.error() == null ? readAs : null;
        itemsByImage = new HashMap<>();
        found.items().forEach(item -> itemsByImage.put(item.image(), item));
        images.contentsChanged();
        folders.contentsChanged();
    }

    /** Whether two states of the dataset find the same images and read them the same: folders and caption files. */
    private static boolean sameImages(Dataset a, Dataset b) {
        return java.util.Objects.equals(a.getCaptionExtension(), b.getCaptionExtension())
                && EcoreUtil.equals(a.getSubsets(), b.getSubsets());
    }

    /** The latest reading of the dataset. */
    Contents contents() {
        return contents;
    }

    Dataset dataset() {
        return dataset;
    }

    IProject project() {
        return project;
    }

    Path projectFolder() {
        return projectFolder;
    }

    ThumbnailStore thumbnails() {
        return thumbnails;
    }

    ThumbnailStore previews() {
        return previews;
    }

    /** The caption of an image as the editor has it: edited, else its caption file's, else empty. */
    String caption(Item item) {
        String edited = editedCaptions.get(item.image());
        return edited != null ? edited : item.captioned() ? item.caption() : "";
    }

    /** Whether an image is without a caption: no caption file and none written in the editor. */
    boolean uncaptioned(Item item) {
        String edited = editedCaptions.get(item.image());
        return edited == null ? !item.captioned() : edited.isBlank();
    }

    /**
     * Sets captions as one command on the undo stack (saved with the editor); returns how many changed (none: no
     * command).
     */
    int changeCaptions(String label, Map<Item, String> captions) {
        Map<Path, String> before = new LinkedHashMap<>();
        Map<Path, String> after = new LinkedHashMap<>();
        captions.forEach((item, caption) -> {
            String now = caption(item);
            if (!now.equals(caption.strip())) {
                before.put(item.image(), now);
                after.put(item.image(), caption.strip());
            }
        });
        if (!after.isEmpty()) {
            getEditingDomain().getCommandStack().execute(new CaptionCommand(label, before, after));
        }
        return after.size();
    }

    /** Captions changed in the editor: undone, redone, or done. */
    private final class CaptionCommand extends AbstractCommand {
        private final Map<Path, String> before;
        private final Map<Path, String> after;

        CaptionCommand(String label, Map<Path, String> before, Map<Path, String> after) {
            super(label);
            this.before = before;
            this.after = after;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            applyCaptions(after);
        }

        @Override
        public void undo() {
            applyCaptions(before);
        }

        @Override
        public void redo() {
            applyCaptions(after);
        }
    }

    /** Takes captions as the editor's (an image's own caption file's text is no edit). */
    private void applyCaptions(Map<Path, String> captions) {
        captions.forEach((image, caption) -> {
            Item item = itemsByImage.get(image);
            String file = item == null ? null : item.captioned() ? item.caption().strip() : "";
            if (caption.equals(file)) {
                editedCaptions.remove(image);
            } else {
                editedCaptions.put(image, caption);
            }
        });
        if (images != null) {
            images.captionsChanged();
        }
    }

    /** A caption is being typed: the editor has an edit not on the undo stack yet. */
    void captionTyped() {
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public boolean isDirty() {
        return isModelDirty() || images != null && images.isTyping();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (images != null) {
            images.commitCaption();
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Saving dataset " + dataset.getId(), editedCaptions.size() + 1);
        Set<Path> folders = new LinkedHashSet<>();
        try {
            for (Map.Entry<Path, String> caption : new ArrayList<>(editedCaptions.entrySet())) {
                CaptionFiles.write(caption.getKey(), dataset.getCaptionExtension(), caption.getValue());
                editedCaptions.remove(caption.getKey());
                folders.add(caption.getKey().getParent());
                progress.worked(1);
            }
            if (!EcoreUtil.equals(saved, dataset)) {
                saveDataset();
                saved = EcoreUtil.copy(dataset);
            }
            progress.worked(1);
            for (Path folder : folders) {
                IContainer container = TrainingWorkspace.workspace().getRoot()
                        .getContainerForLocation(org.eclipse.core.runtime.IPath.fromPath(folder));
                if (container != null) { // a folder outside the workspace needs no refresh
                    container.refreshLocal(IResource.DEPTH_ONE, null);
                }
            }
            project.getFile(ProjectStore.PROJECT_FILE).refreshLocal(IResource.DEPTH_ZERO, null);
            ProblemMarkers.validateProject(project);
            modelSaved();
            read(true); // the caption files as written
        } catch (IOException | ModelException | CoreException e) {
            firePropertyChange(PROP_DIRTY);
            ErrorDialog.openError(getSite().getShell(), "Save failed", "Could not save dataset '" + dataset.getId() + "'",
                    new Status(IStatus.ERROR, AtelierUi.PLUGIN_ID, e.getMessage(), e));
        }
    }

    /**
     * Writes the dataset into project.atelier as it is on disk now: what else changed there since the editor opened
     * (a base model added, another dataset) is kept.
     */
    private void saveDataset() throws IOException, ModelException {
        TrainingProject current = ProjectStore.loadProject(ProjectStore.newResourceSet(), projectFolder);
        Dataset saved = EcoreUtil.copy(dataset);
        List<Dataset> datasets = current.getDatasets();
        int index = -1;
        for (int i = 0; i < datasets.size(); i++) {
            if (datasets.get(i).getId().equals(dataset.getId())) {
                index = i;
            }
        }
        if (index >= 0) {
            datasets.set(index, saved);
        } else {
            datasets.add(saved);
        }
        ProjectStore.save(current.eResource());
    }

    @Override
    public void dispose() {
        if (reading != null) {
            reading.cancel();
        }
        super.dispose();
    }
}
