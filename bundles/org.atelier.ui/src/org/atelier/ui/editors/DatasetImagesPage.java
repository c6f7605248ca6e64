package org.atelier.ui.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.atelier.core.model.SubsetRole;
import org.atelier.datasets.Buckets;
import org.atelier.datasets.CaptionTags;
import org.atelier.datasets.Item;
import org.atelier.ui.SwtImages;
import org.atelier.ui.datasets.ThumbnailGrid;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * A dataset's images as a grid of thumbnails; beside it the selected image, its caption (edited in place), the tags
 * of the selected images (or of all shown) with how many have each, and the bulk tag operations: add a tag, remove
 * or replace the tag chosen in the list, for the selected images or, with none selected, for all shown. The grid
 * can show all images, those without captions, those below the training resolution, or those matching a text.
 */
public final class DatasetImagesPage extends FormPage {

    public static final String ID = "images";

    enum Show {
        ALL("All images"), UNCAPTIONED("Without a caption"), SMALL("Below the resolution");

        final String label;

        Show(String label) {
            this.label = label;
        }
    }

    private final DatasetEditor editor;
    private ScrolledForm form;
    private Combo show;
    private Text filter;
    private ThumbnailGrid grid;
    private Label preview;
    private Image previewImage;
    private Label info;
    private Text caption;
    private Table tags;
    private Label scope;
    private Map<Path, Item> items = Map.of();
    private boolean showingCaption;
    /** The image whose caption is being typed, until the typing is committed as a command. */
    private Item typing;
    private int previewRequests;

    DatasetImagesPage(DatasetEditor editor) {
        super(editor, ID, "Images");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        form = managedForm.getForm();
        form.setText("Dataset " + editor.getPartName());
        toolkit.decorateFormHeading(form.getForm());
        form.setExpandVertical(true); // the grid takes the editor's height, and scrolls itself
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        toolkit.adapt(sash);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite left = toolkit.createComposite(sash);
        left.setLayout(new GridLayout(3, false));
        toolkit.createLabel(left, "Show:");
        show = new Combo(left, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(show, true, false);
        for (Show s : Show.values()) {
            show.add(s.label);
        }
        show.select(0);
        show.addListener(SWT.Selection, e -> showImages());
        filter = toolkit.createText(left, "", SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("tag or file name");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> showImages());
        grid = new ThumbnailGrid(left, editor.thumbnails());
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        grid.addSelectionListener(this::selectionChanged);

        ScrolledComposite side = new ScrolledComposite(sash, SWT.V_SCROLL);
        side.setExpandHorizontal(true);
        side.setExpandVertical(true);
        toolkit.adapt(side);
        Composite right = toolkit.createComposite(side);
        side.setContent(right);
        side.addListener(SWT.Resize, e -> fitSide());
        right.setLayout(new GridLayout(1, false));
        preview = toolkit.createLabel(right, "", SWT.CENTER);
        GridData previewData = new GridData(SWT.CENTER, SWT.TOP, true, false);
        previewData.heightHint = DatasetEditor.PREVIEW;
        previewData.widthHint = DatasetEditor.PREVIEW;
        preview.setLayoutData(previewData);
        preview.addListener(SWT.Dispose, e -> disposePreview());
        info = toolkit.createLabel(right, "", SWT.WRAP);
        info.setLayoutData(narrow());
        toolkit.createLabel(right, "Caption:");
        caption = toolkit.createText(right, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridData captionData = narrow();
        captionData.heightHint = 70;
        caption.setLayoutData(captionData);
        caption.addListener(SWT.Modify, e -> captionTyped());
        caption.addListener(SWT.FocusOut, e -> commitCaption());

        Label tagsLabel = toolkit.createLabel(right, "Tags:");
        tagsLabel.setToolTipText("Double-click a tag to show the images that have it");
        tags = toolkit.createTable(right, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        tags.setHeaderVisible(true);
        new TableColumn(tags, SWT.LEFT).setText("Tag");
        new TableColumn(tags, SWT.RIGHT).setText("Images");
        tags.getColumn(0).setWidth(180);
        tags.getColumn(1).setWidth(60);
        GridData tagsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tagsData.widthHint = 200;
        tagsData.heightHint = 120;
        tags.setLayoutData(tagsData);
        tags.addListener(SWT.DefaultSelection, e -> {
            String tag = selectedTag();
            if (tag != null) {
                filter.setText(tag);
            }
        });
        scope = toolkit.createLabel(right, "", SWT.WRAP);
        scope.setLayoutData(narrow());
        Composite buttons = toolkit.createComposite(right);
        buttons.setLayout(new GridLayout(3, true));
        Button add = toolkit.createButton(buttons, "Add Tag...", SWT.PUSH);
        add.addListener(SWT.Selection, e -> askAddTag());
        Button remove = toolkit.createButton(buttons, "Remove Tag", SWT.PUSH);
        remove.addListener(SWT.Selection, e -> askRemoveTag());
        Button replace = toolkit.createButton(buttons, "Replace Tag...", SWT.PUSH);
        replace.addListener(SWT.Selection, e -> askReplaceTag());
        sash.setWeights(60, 40);
        contentsChanged();
    }

    /** The side panel scrolls up and down when it is taller than the editor; it is never wider than its room. */
    private void fitSide() {
        if (info == null || info.isDisposed()) {
            return;
        }
        ScrolledComposite side = (ScrolledComposite) info.getParent().getParent();
        side.setMinHeight(info.getParent().computeSize(side.getClientArea().width, SWT.DEFAULT).y);
    }

    /** Layout data for what wraps in the side panel: as wide as the panel, never widening it. */
    private static GridData narrow() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 200;
        return data;
    }

    /** Shows what the latest reading of the dataset found. */
    void contentsChanged() {
        if (grid == null || grid.isDisposed()) {
            return;
        }
        DatasetEditor.Contents contents = editor.contents();
        Map<Path, Item> byImage = new HashMap<>();
        for (Item item : contents.items()) {
            byImage.put(item.image(), item);
        }
        items = byImage;
        if (contents.error() != null) {
            form.setMessage(contents.error(), IMessageProvider.ERROR);
        } else if (contents.stats() != null) {
            List<String> warnings = new ArrayList<>(contents.warnings());
            warnings.addAll(contents.stats().warnings());
            String summary = contents.stats().images() + " images, " + contents.stats().imagesPerEpoch() + " an epoch";
            form.setMessage(warnings.isEmpty() ? summary
                    : summary + "; " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings") + " (Folders and Settings)",
                    warnings.isEmpty() ? IMessageProvider.NONE : IMessageProvider.WARNING);
            form.getForm().getHead().setToolTipText(String.join("\n", warnings));
        } else {
            form.setMessage("Reading the dataset...", IMessageProvider.INFORMATION);
        }
        List<Path> selected = grid.selection();
        showImages();
        grid.setSelection(selected);
    }

    /** The images the grid shows: the chosen kind, matching the filter text. */
    private void showImages() {
        Show kind = Show.values()[Math.max(0, show.getSelectionIndex())];
        String text = filter.getText().strip().toLowerCase(Locale.ROOT);
        long area = (long) editor.dataset().getResolution() * editor.dataset().getResolution();
        List<Path> shown = new ArrayList<>();
        for (Item item : editor.contents().items()) {
            boolean matches = switch (kind) {
            case ALL -> true;
            case UNCAPTIONED -> editor.uncaptioned(item);
            case SMALL -> (long) item.width() * item.height() < area;
            };
            if (matches && !text.isEmpty()) {
                matches = item.image().getFileName().toString().toLowerCase(Locale.ROOT).contains(text)
                        || CaptionTags.tags(editor.caption(item)).stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(text));
            }
            if (matches) {
                shown.add(item.image());
            }
        }
        grid.setImages(shown, this::badge);
    }

    private String badge(Path image) {
        Item item = items.get(image);
        if (item == null) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        if (editor.uncaptioned(item)) {
            problems.add("no caption (trains as '" + item.caption() + "')");
        }
        int resolution = editor.dataset().getResolution();
        if ((long) item.width() * item.height() < (long) resolution * resolution) {
            problems.add("smaller than " + resolution + "x" + resolution);
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private void selectionChanged() {
        commitCaption();
        showSelection();
    }

    /** The captions changed (a command done, undone or redone): the caption field, tags and badges follow. */
    void captionsChanged() {
        if (grid != null && !grid.isDisposed()) {
            typing = null;
            showSelection();
            grid.setBadges(this::badge);
        }
    }

    private void showSelection() {
        List<Item> selected = selectedItems();
        showingCaption = true;
        try {
            if (selected.size() == 1) {
                Item item = selected.get(0);
                caption.setEnabled(true);
                caption.setText(editor.caption(item));
                info.setText(describe(item));
                showPreview(item.image());
            } else {
                caption.setEnabled(false);
                caption.setText("");
                info.setText(selected.isEmpty() ? "" : selected.size() + " images selected");
                showPreview(null);
            }
        } finally {
            showingCaption = false;
        }
        updateTags();
        info.getParent().layout(true, true);
        fitSide();
    }

    private String describe(Item item) {
        Buckets.Size bucket = Buckets.forDataset(editor.dataset()).of(item.width(), item.height());
        Path relative = editor.projectFolder().relativize(item.image());
        String role = item.role() == SubsetRole.INSTANCE ? "" : ", " + item.role().getLiteral().toLowerCase(Locale.ROOT);
        String caption = editor.uncaptioned(item) ? "\nNo caption file: trains as '" + item.caption() + "'" : "";
        return relative + "\n" + item.width() + "x" + item.height() + ", bucket " + bucket + ", repeats " + item.repeats() + role
                + caption;
    }

    /** The selected image's picture, made in a job (only the latest one asked for is shown). */
    private void showPreview(Path image) {
        int request = ++previewRequests;
        disposePreview();
        preview.setImage(null);
        if (image == null) {
            return;
        }
        Job.create("Showing " + image.getFileName(), (IProgressMonitor monitor) -> {
            ImageData data;
            try {
                data = SwtImages.of(editor.previews().get(image));
            } catch (Exception e) {
                data = null;
            }
            ImageData loaded = data;
            preview.getDisplay().asyncExec(() -> {
                if (request == previewRequests && !preview.isDisposed() && loaded != null) {
                    disposePreview();
                    previewImage = new Image(preview.getDisplay(), loaded);
                    preview.setImage(previewImage);
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private void disposePreview() {
        if (previewImage != null) {
            previewImage.dispose();
            previewImage = null;
        }
    }

    private void captionTyped() {
        List<Item> selected = selectedItems();
        if (showingCaption || selected.size() != 1) {
            return;
        }
        boolean first = typing == null;
        typing = selected.get(0);
        if (first) {
            editor.captionTyped();
        }
    }

    /** Puts the caption being typed on the undo stack (when the field loses the focus, the selection changes, or at save). */
    void commitCaption() {
        Item item = typing;
        typing = null;
        if (item != null && !caption.isDisposed()) {
            editor.changeCaptions("Edit Caption", Map.of(item, caption.getText()));
        }
    }

    boolean isTyping() {
        return typing != null;
    }

    /** The tags of the images the bulk operations apply to, with how many have each. */
    private void updateTags() {
        List<Item> targets = targets();
        String chosen = selectedTag();
        tags.setRedraw(false);
        try {
            tags.removeAll();
            for (CaptionTags.Frequency frequency : CaptionTags.frequencies(targets.stream().map(editor::caption).toList())) {
                TableItem row = new TableItem(tags, SWT.NONE);
                row.setText(new String[] { frequency.tag(), String.valueOf(frequency.count()) });
                if (frequency.tag().equals(chosen)) {
                    tags.setSelection(row);
                }
            }
        } finally {
            tags.setRedraw(true);
        }
        scope.setText(grid.selection().isEmpty() ? "Tag operations apply to all " + targets.size() + " images shown"
                : "Tag operations apply to the " + targets.size() + " selected image" + (targets.size() == 1 ? "" : "s"));
    }

    private List<Item> selectedItems() {
        return grid.selection().stream().map(items::get).filter(java.util.Objects::nonNull).toList();
    }

    /** What the tag operations apply to: the selected images, or all shown when none is selected. */
    private List<Item> targets() {
        List<Path> chosen = grid.selection().isEmpty() ? grid.images() : grid.selection();
        return chosen.stream().map(items::get).filter(java.util.Objects::nonNull).toList();
    }

    private String selectedTag() {
        return tags.getSelectionCount() == 1 ? tags.getSelection()[0].getText(0) : null;
    }

    private void askAddTag() {
        InputDialog dialog = new InputDialog(getSite().getShell(), "Add Tag", scope.getText() + ". Tag to add:", "",
                text -> text.isBlank() ? "A tag" : text.contains(",") ? "One tag, without commas" : null);
        if (dialog.open() == Window.OK) {
            addTag(dialog.getValue().strip());
        }
    }

    private void askRemoveTag() {
        String tag = selectedTag();
        if (tag == null) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(getSite().getShell(), "Remove Tag", "Choose a tag in the list.");
            return;
        }
        removeTag(tag);
    }

    private void askReplaceTag() {
        String tag = selectedTag();
        if (tag == null) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(getSite().getShell(), "Replace Tag", "Choose a tag in the list.");
            return;
        }
        InputDialog dialog = new InputDialog(getSite().getShell(), "Replace Tag",
                scope.getText() + ". Replace '" + tag + "' with:", tag, text -> text.contains(",") ? "One tag, without commas" : null);
        if (dialog.open() == Window.OK) {
            replaceTag(tag, dialog.getValue().strip());
        }
    }

    /** Adds {@code tag} to the captions of the selected images (or all shown); returns how many changed. */
    int addTag(String tag) {
        return edit("Add Tag '" + tag + "'", caption -> CaptionTags.add(caption, tag));
    }

    int removeTag(String tag) {
        return edit("Remove Tag '" + tag + "'", caption -> CaptionTags.remove(caption, tag));
    }

    int replaceTag(String tag, String with) {
        return edit("Replace Tag '" + tag + "'", caption -> CaptionTags.replace(caption, tag, with));
    }

    private int edit(String label, UnaryOperator<String> change) {
        commitCaption();
        Map<Item, String> captions = new LinkedHashMap<>();
        for (Item item : targets()) {
            captions.put(item, change.apply(editor.caption(item)));
        }
        return editor.changeCaptions(label, captions);
    }

    ThumbnailGrid grid() {
        return grid;
    }

    Text captionField() {
        return caption;
    }

    Table tagTable() {
        return tags;
    }

    Combo showCombo() {
        return show;
    }

    Text filterField() {
        return filter;
    }
}
