package org.atelier.ui.handlers;

import org.atelier.core.project.ProjectStore;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Runs the selected experiment (or the one in the active editor, saved first) as a job in the run queue: when its
 * turn comes, validated, then run in a process of its own; cancelling the job cancels the run.
 */
public final class RunExperimentHandler extends AbstractHandler {

    public static final String COMMAND = "org.atelier.ui.commands.run";

    @Override
    public Object execute(ExecutionEvent event) {
        IFile file = null;
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (HandlerUtil.getActivePart(event) == editor && editor != null
                && editor.getEditorInput() instanceof IFileEditorInput input) {
            file = input.getFile();
        } else if (selection instanceof IStructuredSelection structured) {
            file = Adapters.adapt(structured.getFirstElement(), IFile.class);
        }
        if (file == null || !ProjectStore.EXPERIMENT_EXTENSION.equals(file.getFileExtension())) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Run Experiment",
                    "Select an experiment to run.");
            return null;
        }
        if (editor != null && editor.isDirty() && editor.getEditorInput() instanceof IFileEditorInput input
                && input.getFile().equals(file)) {
            editor.doSave(null);
        }
        org.atelier.ui.run.RunQueue.get().submit(new RunJob(file));
        showQueue(event);
        return null;
    }

    /** The queue, when more than the new run is in it: the user sees that it waits. */
    static void showQueue(ExecutionEvent event) {
        if (org.atelier.ui.run.RunQueue.get().waiting().isEmpty()) {
            return;
        }
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(org.atelier.ui.run.RunQueueView.ID,
                    null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        } catch (org.eclipse.core.commands.ExecutionException | org.eclipse.ui.PartInitException e) {
            org.atelier.ui.AtelierUi.log("Could not show the run queue", e);
        }
    }
}
