package org.atelier.ui.run;

import java.util.ArrayList;
import java.util.List;

import org.atelier.ui.handlers.RunJob;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/** The run queue: the run running now and those waiting, in order; move a waiting run up or down, or cancel one. */
public final class RunQueueView extends ViewPart {

    public static final String ID = "org.atelier.ui.views.queue";

    private Table table;
    private final Runnable follower = this::refreshLater;

    @Override
    public void createPartControl(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        new TableColumn(table, SWT.LEFT).setText("State");
        new TableColumn(table, SWT.LEFT).setText("Run");
        new TableColumn(table, SWT.LEFT).setText("Device");
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(action("Move Up", "Start the selected waiting run sooner", job -> RunQueue.get().move(job, -1)));
        toolbar.add(action("Move Down", "Start the selected waiting run later", job -> RunQueue.get().move(job, 1)));
        toolbar.add(action("Cancel", "Stop the selected run, or take a waiting one out of the queue", job -> RunQueue.get().cancel(job)));
        RunQueue.get().addListener(follower);
        refresh();
    }

    private interface OnRun {
        void apply(RunJob job);
    }

    private Action action(String text, String tooltip, OnRun what) {
        Action action = new Action(text) {
            @Override
            public void run() {
                int index = table.getSelectionIndex();
                if (index >= 0) {
                    what.apply((RunJob) table.getItem(index).getData());
                }
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }

    private void refreshLater() {
        if (!table.isDisposed()) {
            table.getDisplay().asyncExec(this::refresh);
        }
    }

    private void refresh() {
        if (table.isDisposed()) {
            return;
        }
        RunJob selected = table.getSelectionIndex() < 0 ? null : (RunJob) table.getItem(table.getSelectionIndex()).getData();
        table.removeAll();
        for (RunJob running : RunQueue.get().running()) {
            row("running", running);
        }
        List<RunJob> waiting = RunQueue.get().waiting();
        for (int i = 0; i < waiting.size(); i++) {
            row("waiting (" + (i + 1) + ")", waiting.get(i));
        }
        for (TableItem item : table.getItems()) {
            if (item.getData() == selected) {
                table.setSelection(item);
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    private void row(String state, RunJob job) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(new String[] { state, job.getName(), job.device() });
        item.setData(job);
    }

    /** The queue as shown: "state: run (device)" per row (for tests). */
    public List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(item.getText(0) + ": " + item.getText(1) + " (" + item.getText(2) + ")");
        }
        return rows;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        RunQueue.get().removeListener(follower);
        super.dispose();
    }
}
