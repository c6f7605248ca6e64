package org.atelier.ui.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;

/** Drives the new-project wizard as a user would: open it, fill in the page, finish. */
public final class WizardTesting {

    private WizardTesting() {
    }

    public static IProject newTrainingProject(String name, boolean demo) {
        NewTrainingProjectWizard wizard = new NewTrainingProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            NewTrainingProjectPage page = (NewTrainingProjectPage) wizard.getPages()[0];
            page.fill(name, demo);
            if (!page.isPageComplete()) {
                throw new AssertionError("the page is not complete: " + page.getErrorMessage());
            }
            if (!wizard.performFinish()) {
                throw new AssertionError("the wizard did not finish");
            }
            return wizard.created();
        } finally {
            dialog.close();
        }
    }
}
