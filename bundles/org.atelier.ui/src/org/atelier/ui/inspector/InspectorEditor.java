package org.atelier.ui.inspector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.atelier.tensors.ModelReport;
import org.atelier.tensors.TensorInfo;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * Shows what a model file is (the facts of {@code atelier inspect}) and its tensors in a tree that a filter
 * narrows. The file is read in the background; hashing, a full read of the file, comes after the rest is shown.
 */
public final class InspectorEditor extends EditorPart {

    public static final String ID = "org.atelier.ui.editors.inspector";

    private Path path;
    private Text facts;
    private Text filter;
    private TreeViewer tree;
    private volatile ModelReport report;
    private volatile boolean hashed;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        if (input instanceof IFileEditorInput file) {
            path = TrainingWorkspace.path(file.getFile());
        } else if (input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) {
            path = Path.of(uri.getURI());
        } else {
            throw new PartInitException("The model inspector opens files");
        }
        setPartName(input.getName());
        setTitleToolTip(path.toString());
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        facts = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        facts.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        facts.setText("Reading " + path + " ...");

        Composite tensors = new Composite(sash, SWT.NONE);
        tensors.setLayout(new GridLayout(2, false));
        new Label(tensors, SWT.NONE).setText("Filter:");
        filter = new Text(tensors, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("part of a tensor name, e.g. attn2.to_k");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> showTensors());

        tree = new TreeViewer(tensors, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.MULTI);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        column("Name", 420, n -> n.label);
        column("Type", 70, n -> n.isTensor() ? n.tensor.dtype().label() : "");
        column("Shape", 170, n -> n.isTensor() ? n.tensor.shapeText() : n.tensors + (n.tensors == 1 ? " tensor" : " tensors"));
        column("Parameters", 110, n -> ModelReport.count(n.isTensor() ? n.tensor.numel() : n.parameters));
        column("Size", 90, n -> ModelReport.bytes(n.isTensor() ? n.tensor.byteSize() : n.bytes));
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((TensorTree.Node) input).children().toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((TensorTree.Node) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((TensorTree.Node) element).children.isEmpty();
            }
        });
        sash.setWeights(new int[] { 2, 3 });
        load();
    }

    private void column(String title, int width, java.util.function.Function<TensorTree.Node, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((TensorTree.Node) element);
            }
        });
    }

    private void load() {
        Job read = Job.create("Reading " + path.getFileName(), (IProgressMonitor monitor) -> {
            try {
                ModelReport quick = ModelReport.of(path, false);
                show(quick, false);
                monitor.setTaskName("Hashing " + path.getFileName());
                show(quick.withHashes(), true);
            } catch (IOException e) {
                showError(e.getMessage());
            }
            return Status.OK_STATUS;
        });
        read.setSystem(false);
        read.schedule();
    }

    private void show(ModelReport loaded, boolean withHashes) {
        report = loaded;
        tree.getControl().getDisplay().asyncExec(() -> {
            if (facts.isDisposed()) {
                return;
            }
            hashed = withHashes;
            facts.setText(loaded.text(false) + (withHashes ? "" : "Hashes:      computing..."));
            showTensors();
        });
    }

    private void showError(String message) {
        tree.getControl().getDisplay().asyncExec(() -> {
            if (!facts.isDisposed()) {
                facts.setText("This file cannot be read as a model:\n\n" + message);
                hashed = true;
            }
        });
    }

    private void showTensors() {
        ModelReport current = report;
        if (current == null || tree.getControl().isDisposed()) {
            return;
        }
        List<TensorInfo> tensors = current.tensors();
        TensorTree.Node root = TensorTree.build(tensors, filter.getText());
        tree.setInput(root);
        if (!filter.getText().isBlank() && TensorTree.count(root) <= 200) {
            tree.expandAll();
        }
    }

    /** For tests: true once the file is read and hashed (or found unreadable). */
    public boolean isLoaded() {
        return hashed;
    }

    public String facts() {
        return facts.getText();
    }

    public TreeViewer tree() {
        return tree;
    }

    public void setFilter(String text) {
        filter.setText(text);
    }

    /** The tensors the tree shows now. */
    public int shownTensors() {
        Object input = tree.getInput();
        return input == null ? 0 : TensorTree.count((TensorTree.Node) input);
    }

    @Override
    public void setFocus() {
        filter.setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save: the inspector only reads
    }

    @Override
    public void doSaveAs() {
        // nothing to save: the inspector only reads
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
