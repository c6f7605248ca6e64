package org.atelier.ui.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.AtelierPackage.Literals;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Subset;
import org.atelier.core.model.SubsetRole;
import org.atelier.datasets.DatasetStats;
import org.atelier.datasets.Item;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * A dataset's folders (each with its repeats, role, class tokens and loss weight, and the images found in it), its
 * settings (resolution, captions, buckets, augmentation), how its images fall into buckets, and its warnings.
 */
public final class DatasetFoldersPage extends FormPage {

    public static final String ID = "folders";

    private final DatasetEditor editor;
    private IManagedForm managed;
    private FormToolkit toolkit;
    private FeatureForm settings;
    private FeatureForm folderFields;
    private Composite folders;
    private final List<Label> folderCounts = new ArrayList<>();
    private Label summary;
    private Table buckets;
    private Label warnings;
    private Adapter subsetsFollower;

    DatasetFoldersPage(DatasetEditor editor) {
        super(editor, ID, "Folders and Settings");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managed = managedForm;
        toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Dataset " + editor.getPartName());
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, true));
        Dataset dataset = editor.dataset();

        Composite folderSection = Sections.create(toolkit, body, "Folders",
                "Image folders and their captions; kohya's 10_mycat folders give their repeats and class tokens.");
        folderSection.setLayout(new GridLayout(1, false));
        folders = toolkit.createComposite(folderSection);
        folders.setLayout(new GridLayout(1, false));
        folders.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button add = toolkit.createButton(folderSection, "Add Folder...", SWT.PUSH);
        add.addListener(SWT.Selection, e -> askAddFolder());
        buildFolders();
        subsetsFollower = new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                if (notification.getFeature() == Literals.DATASET__SUBSETS && !folders.isDisposed()) {
                    buildFolders();
                }
            }
        };
        dataset.eAdapters().add(subsetsFollower);

        Composite statistics = Sections.create(toolkit, body, "Images and buckets", "What an epoch shows, and in which buckets.");
        summary = toolkit.createLabel(statistics, "", SWT.WRAP);
        GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        summaryData.widthHint = 300;
        summary.setLayoutData(summaryData);
        buckets = toolkit.createTable(statistics, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        buckets.setHeaderVisible(true);
        for (String[] column : new String[][] { { "Bucket", "100" }, { "Images", "80" }, { "An epoch", "80" } }) {
            TableColumn c = new TableColumn(buckets, column[0].equals("Bucket") ? SWT.LEFT : SWT.RIGHT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        GridData bucketsData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        bucketsData.heightHint = 140;
        buckets.setLayoutData(bucketsData);
        warnings = toolkit.createLabel(statistics, "", SWT.WRAP);
        GridData warningsData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        warningsData.widthHint = 300;
        warnings.setLayoutData(warningsData);

        settings = new FeatureForm(toolkit, editor.getEditingDomain(), managedForm.getMessageManager());
        Composite general = Sections.create(toolkit, body, "Dataset", "Name, training resolution, augmentation.");
        settings.add(general, dataset, Literals.DATASET__NAME);
        settings.add(general, dataset, Literals.DATASET__RESOLUTION);
        settings.add(general, dataset, Literals.DATASET__CAPTION_EXTENSION);
        settings.add(general, dataset, Literals.DATASET__FLIP);
        settings.add(general, dataset, Literals.DATASET__RANDOM_CROP);
        Composite captions = Sections.create(toolkit, body, "Captions", "How captions change each time an image is shown.");
        for (var feature : dataset.getCaptions().eClass().getEAllAttributes()) {
            settings.add(captions, dataset.getCaptions(), feature);
        }
        Composite bucketSpec = Sections.create(toolkit, body, "Aspect-ratio buckets", "Each image trains in the bucket nearest its shape.");
        for (var feature : dataset.getBuckets().eClass().getEAllAttributes()) {
            settings.add(bucketSpec, dataset.getBuckets(), feature);
        }
        settings.refresh();
        contentsChanged();
    }

    /** One group of fields per folder, made again when folders are added or removed. */
    private void buildFolders() {
        if (folderFields != null) {
            folderFields.dispose();
        }
        for (Control child : folders.getChildren()) {
            child.dispose();
        }
        folderCounts.clear();
        folderFields = new FeatureForm(toolkit, editor.getEditingDomain(), managed.getMessageManager());
        for (Subset subset : editor.dataset().getSubsets()) {
            Composite group = toolkit.createComposite(folders);
            group.setLayout(new GridLayout(2, false));
            group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            folderFields.add(group, subset, Literals.SUBSET__PATH);
            folderFields.add(group, subset, Literals.SUBSET__REPEATS);
            folderFields.add(group, subset, Literals.SUBSET__ROLE);
            folderFields.add(group, subset, Literals.SUBSET__CLASS_TOKENS);
            folderFields.add(group, subset, Literals.SUBSET__LOSS_WEIGHT);
            Label count = toolkit.createLabel(group, "", SWT.WRAP);
            count.setData(subset);
            count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            folderCounts.add(count);
            Button remove = toolkit.createButton(group, "Remove Folder", SWT.PUSH);
            remove.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
            remove.addListener(SWT.Selection, e -> execute(RemoveCommand.create(editor.getEditingDomain(), editor.dataset(),
                    Literals.DATASET__SUBSETS, subset)));
            toolkit.createSeparator(folders, SWT.HORIZONTAL).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        folderFields.refresh();
        showFolderCounts();
        managed.getForm().reflow(true);
    }

    private void askAddFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
        dialog.setText("Add Folder");
        dialog.setMessage("A folder of images and their captions");
        dialog.setFilterPath(editor.projectFolder().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            addFolder(Path.of(chosen));
        }
    }

    /** Adds a folder of images: written relative to the project when inside it. */
    void addFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Subset subset = AtelierFactory.eINSTANCE.createSubset();
        subset.setPath(absolute.startsWith(editor.projectFolder())
                ? editor.projectFolder().relativize(absolute).toString().replace('\\', '/')
                : absolute.toString());
        execute(AddCommand.create(editor.getEditingDomain(), editor.dataset(), Literals.DATASET__SUBSETS, subset));
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            editor.getEditingDomain().getCommandStack().execute(command);
        }
    }

    /** Shows what the latest reading of the dataset found. */
    void contentsChanged() {
        if (summary == null || summary.isDisposed()) {
            return;
        }
        DatasetEditor.Contents contents = editor.contents();
        DatasetStats stats = contents.stats();
        buckets.removeAll();
        if (stats == null) {
            summary.setText(contents.error() == null ? "Reading the dataset..." : "");
        } else {
            StringBuilder roles = new StringBuilder();
            for (SubsetRole role : SubsetRole.VALUES) {
                Integer n = stats.imagesByRole().get(role);
                if (n != null) {
                    roles.append(roles.length() == 0 ? "" : ", ").append(n).append(' ').append(role.getLiteral().toLowerCase(Locale.ROOT));
                }
            }
            summary.setText(stats.images() + " images (" + roles + "); an epoch shows " + stats.imagesPerEpoch()
                    + " with repeats, in " + stats.buckets().size() + " bucket" + (stats.buckets().size() == 1 ? "" : "s") + ".");
            for (DatasetStats.BucketCount bucket : stats.buckets()) {
                new TableItem(buckets, SWT.NONE).setText(new String[] { bucket.size().toString(),
                        String.valueOf(bucket.images()), String.valueOf(bucket.samples()) });
            }
        }
        List<String> lines = new ArrayList<>();
        if (contents.error() != null) {
            lines.add(contents.error());
        }
        lines.addAll(contents.warnings());
        if (stats != null) {
            lines.addAll(stats.warnings());
        }
        warnings.setText(lines.isEmpty() ? "No warnings." : "Warnings:\n- " + String.join("\n- ", lines));
        showFolderCounts();
        managed.getForm().reflow(true);
    }

    private void showFolderCounts() {
        List<Item> items = editor.contents().items();
        for (Label count : folderCounts) {
            Subset subset = (Subset) count.getData();
            Path folder = editor.projectFolder().resolve(subset.getPath() == null ? "" : subset.getPath()).normalize();
            long n = items.stream().filter(i -> i.image().startsWith(folder)).count();
            count.setText(n + " image" + (n == 1 ? "" : "s") + " found");
        }
    }

    /** The rows of the bucket table: bucket, images, samples an epoch. */
    List<String[]> bucketRows() {
        List<String[]> rows = new ArrayList<>();
        for (TableItem item : buckets.getItems()) {
            rows.add(new String[] { item.getText(0), item.getText(1), item.getText(2) });
        }
        return rows;
    }

    String summaryText() {
        return summary.getText();
    }

    String warningsText() {
        return warnings.getText();
    }

    /** The field of a folder's feature (tests type in it). */
    Control folderField(Subset subset, org.eclipse.emf.ecore.EStructuralFeature feature) {
        return folderFields.control(subset, feature);
    }

    @Override
    public void dispose() {
        if (subsetsFollower != null) {
            editor.dataset().eAdapters().remove(subsetsFollower);
        }
        if (settings != null) {
            settings.dispose();
        }
        if (folderFields != null) {
            folderFields.dispose();
        }
        super.dispose();
    }
}
