package org.atelier.ui.handlers;

import org.atelier.ui.views.RunElement;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Resumes the run selected in the Training Projects view: a stopped training goes on from its last checkpoint. */
public final class ResumeRunHandler extends AbstractHandler {

    public static final String COMMAND = "org.atelier.ui.commands.resume";

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
                || !(selection.getFirstElement() instanceof RunElement run)) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Resume Run", "Select a run to resume.");
            return null;
        }
        org.atelier.ui.run.RunQueue.get().submit(RunJob.resume(run.project(), run.folder()));
        RunExperimentHandler.showQueue(event);
        return null;
    }
}
