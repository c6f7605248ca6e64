package org.atelier.ui.editors;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atelier.core.model.RunStatus;
import org.atelier.core.project.ProjectStore;
import org.atelier.common.Durations;
import org.atelier.core.runs.Runs;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.handlers.RunJob;
import org.atelier.ui.run.CompareView;
import org.atelier.ui.run.RunQueue;
import org.atelier.ui.run.RunView;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The runs of the experiment, newest first: status, start, time taken and message; Open shows one in the Run view,
 * Compare lines up two or more, Resume goes on with a stopped one. The list follows the project's runs folder.
 */
public final class ExperimentRunsPage extends FormPage {

    public static final String ID = "runs";
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final ExperimentEditor editor;
    private Table table;
    private Button open;
    private Button compare;
    private Button resume;
    private List<Runs.RunInfo> runs = List.of();
    private boolean refreshQueued;
    private final IResourceChangeListener follower = this::resourcesChanged;

    ExperimentRunsPage(ExperimentEditor editor) {
        super(editor, ID, "Runs");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Runs of " + editor.experiment().getName());
        toolkit.decorateFormHeading(form.getForm());
        form.setExpandVertical(true);
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText("Runs");
        section.setDescription("Double-click a run to follow it; select two or more to compare them.");
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        section.setClient(client);
        table = toolkit.createTable(client, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] column : new String[][] { { "Run", "260" }, { "Status", "100" }, { "Started", "150" }, { "Took", "80" },
                { "Message", "300" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 200;
        table.setLayoutData(tableData);
        table.addListener(SWT.Selection, e -> updateButtons());
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        Composite buttons = toolkit.createComposite(client);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        open = button(toolkit, buttons, "Open", this::openSelected);
        compare = button(toolkit, buttons, "Compare", this::compareSelected);
        resume = button(toolkit, buttons, "Resume", this::resumeSelected);
        TrainingWorkspace.workspace().addResourceChangeListener(follower, IResourceChangeEvent.POST_CHANGE);
        refresh();
    }

    private static Button button(FormToolkit toolkit, Composite parent, String text, Runnable action) {
        Button button = toolkit.createButton(parent, text, SWT.PUSH);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void resourcesChanged(IResourceChangeEvent event) {
        IPath runsFolder = editor.file().getProject().getFullPath().append(ProjectStore.RUNS_FOLDER);
        if (event.getDelta() == null || event.getDelta().findMember(runsFolder) == null || table.isDisposed()) {
            return;
        }
        table.getDisplay().asyncExec(() -> {
            if (!refreshQueued) {
                refreshQueued = true;
                refresh();
            }
        });
    }

    /** Reads the experiment's runs in a job, then shows them. */
    void refresh() {
        Path projectFolder = editor.projectFolder();
        String name = editor.experiment().getName();
        Job.create("Reading the runs of " + name, (IProgressMonitor monitor) -> {
            List<Runs.RunInfo> found = new ArrayList<>();
            try {
                for (Runs.RunInfo info : Runs.list(projectFolder)) {
                    if (info.run().getExperiment() != null && name.equals(info.run().getExperiment().getName())) {
                        found.add(0, info);
                    }
                }
            } catch (IOException e) {
                AtelierUi.log("Could not read the runs of " + projectFolder, e);
            }
            if (!table.isDisposed()) {
                table.getDisplay().asyncExec(() -> show(found));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void show(List<Runs.RunInfo> found) {
        refreshQueued = false;
        if (table.isDisposed()) {
            return;
        }
        List<Path> selected = selected().stream().map(Runs.RunInfo::folder).toList();
        runs = found;
        table.removeAll();
        for (Runs.RunInfo info : found) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setImage(0, AtelierUi.image(AtelierUi.runStatusImage(info.status())));
            item.setText(new String[] { info.folder().getFileName().toString(), info.status().getLiteral().toLowerCase(Locale.ROOT),
                    info.run().getStarted() == null ? "" : STARTED.format(info.run().getStarted().toInstant()),
                    info.duration() == null ? "" : Durations.clock(info.duration()), info.message() == null ? "" : info.message() });
            if (selected.contains(info.folder())) {
                table.select(table.getItemCount() - 1);
            }
        }
        updateButtons();
    }

    private List<Runs.RunInfo> selected() {
        List<Runs.RunInfo> selected = new ArrayList<>();
        for (int index : table.getSelectionIndices()) {
            if (index < runs.size()) {
                selected.add(runs.get(index));
            }
        }
        return selected;
    }

    private void updateButtons() {
        List<Runs.RunInfo> selected = selected();
        open.setEnabled(selected.size() == 1);
        compare.setEnabled(selected.size() >= 2);
        resume.setEnabled(selected.size() == 1
                && (selected.get(0).status() == RunStatus.CANCELLED || selected.get(0).status() == RunStatus.FAILED));
    }

    private void openSelected() {
        List<Runs.RunInfo> selected = selected();
        if (selected.size() == 1) {
            try {
                RunView.show(getSite().getPage(), selected.get(0).folder());
            } catch (PartInitException e) {
                AtelierUi.log("Could not show run " + selected.get(0).folder(), e);
            }
        }
    }

    private void compareSelected() {
        List<Path> folders = selected().stream().map(Runs.RunInfo::folder).toList();
        if (folders.size() >= 2) {
            try {
                CompareView.show(getSite().getPage(), folders);
            } catch (PartInitException e) {
                AtelierUi.log("Could not compare " + folders, e);
            }
        }
    }

    private void resumeSelected() {
        List<Runs.RunInfo> selected = selected();
        if (selected.size() == 1) {
            RunQueue.get().submit(RunJob.resume(editor.file().getProject(), selected.get(0).folder()));
        }
    }

    /** The runs shown: "run-folder status" per row (for tests). */
    List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(item.getText(0) + " " + item.getText(1));
        }
        return rows;
    }

    Table table() {
        return table;
    }

    @Override
    public void dispose() {
        TrainingWorkspace.workspace().removeResourceChangeListener(follower);
        super.dispose();
    }
}
