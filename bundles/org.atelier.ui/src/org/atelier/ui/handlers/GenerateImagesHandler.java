package org.atelier.ui.handlers;

import org.atelier.ui.generate.GenerateView;
import org.atelier.ui.views.BaseModelElement;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the Generate view on the base model selected in the Training Projects view. */
public final class GenerateImagesHandler extends AbstractHandler {

    public static final String COMMAND = "org.atelier.ui.commands.generate";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
                || !(selection.getFirstElement() instanceof BaseModelElement element)) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Generate Images",
                    "Select a base model of a training project.");
            return null;
        }
        try {
            GenerateView view = (GenerateView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .showView(GenerateView.ID);
            view.setModel(element.project(), element.file(), element.baseModel().getId() + " of " + element.project().getName());
        } catch (PartInitException e) {
            throw new ExecutionException("Could not open the Generate view", e);
        }
        return null;
    }
}
