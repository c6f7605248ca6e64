package org.atelier.ui.editors;

import java.util.EventObject;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;

/**
 * A form editor over an EMF editing domain: undo and redo in the Edit menu, the dirty state following the command
 * stack, and a call to {@link #modelChanged()} on the UI thread after every change (validation, previews).
 */
abstract class ModelFormEditor extends FormEditor implements IEditingDomainProvider {

    private AdapterFactoryEditingDomain domain;
    private final Action undo = new Action("Undo") {
        @Override
        public void run() {
            domain.getCommandStack().undo();
        }
    };
    private final Action redo = new Action("Redo") {
        @Override
        public void run() {
            domain.getCommandStack().redo();
        }
    };
    private final CommandStackListener stackListener = this::commandStackChanged;

    /** Makes the editing domain over {@code resources}; called from {@code init}. */
    protected final void createDomain(ResourceSet resources) {
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack, resources);
        stack.addCommandStackListener(stackListener);
    }

    /** Puts Undo and Redo in the Edit menu; called from {@code addPages}. */
    protected final void installUndoRedo() {
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        getEditorSite().getActionBars().updateActionBars();
        updateUndoRedo();
    }

    /** After every change of the model (an edit, undo, redo), on the UI thread. */
    protected abstract void modelChanged();

    private void commandStackChanged(EventObject event) {
        Runnable update = () -> {
            if (getContainer() == null || getContainer().isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            updateUndoRedo();
            modelChanged();
        };
        Display display = getSite().getShell().getDisplay();
        if (display.getThread() == Thread.currentThread()) {
            update.run();
        } else {
            display.asyncExec(update);
        }
    }

    private void updateUndoRedo() {
        CommandStack stack = domain.getCommandStack();
        undo.setEnabled(stack.canUndo());
        undo.setText(stack.canUndo() ? "Undo " + label(stack.getUndoCommand().getLabel()) : "Undo");
        redo.setEnabled(stack.canRedo());
        redo.setText(stack.canRedo() ? "Redo " + label(stack.getRedoCommand().getLabel()) : "Redo");
    }

    private static String label(String commandLabel) {
        return commandLabel == null ? "" : commandLabel;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** Whether the model has changes not saved. */
    protected final boolean isModelDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** Marks the model saved. */
    protected final void modelSaved() {
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        super.dispose();
    }
}
