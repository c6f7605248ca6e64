package org.atelier.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.ui.run.CompareView;
import org.atelier.ui.views.RunElement;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the runs selected in the Training Projects view side by side in the Compare Runs view. */
public final class CompareRunsHandler extends AbstractHandler {

    public static final String COMMAND = "org.atelier.ui.commands.compare";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<Path> folders = new ArrayList<>();
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            for (Object element : selection) {
                if (element instanceof RunElement run) {
                    folders.add(run.folder());
                }
            }
        }
        if (folders.size() < 2) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Compare Runs", "Select two runs or more.");
            return null;
        }
        folders.sort(null); // oldest first: run folders are named by when they started
        try {
            CompareView.show(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), folders);
        } catch (PartInitException e) {
            throw new ExecutionException("Could not open the Compare Runs view", e);
        }
        return null;
    }
}
