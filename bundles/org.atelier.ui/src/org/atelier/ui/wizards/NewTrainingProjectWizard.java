package org.atelier.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.atelier.ui.AtelierUi;
import org.atelier.ui.views.ProjectsView;
import org.atelier.ui.workspace.ProblemMarkers;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

/** File > New > Training Project: an empty project, or a copy of the demo project. */
public final class NewTrainingProjectWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private NewTrainingProjectPage page;
    private IProject created;

    public NewTrainingProjectWizard() {
        setWindowTitle("New Training Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        page = new NewTrainingProjectPage();
        addPage(page);
    }

    /** The project the wizard made, once it finished. */
    public IProject created() {
        return created;
    }

    @Override
    public boolean performFinish() {
        String name = page.projectName();
        Path location = page.location();
        boolean demo = page.demo();
        WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
            @Override
            protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                created = TrainingWorkspace.create(name, location, demo, monitor);
                ProblemMarkers.validateProject(created);
            }
        };
        try {
            getContainer().run(true, false, operation);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            MessageDialog.openError(getShell(), "New Training Project", cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        reveal();
        return true;
    }

    private void reveal() {
        if (workbench == null || workbench.getActiveWorkbenchWindow() == null) {
            return;
        }
        IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            ((ProjectsView) active.showView(ProjectsView.ID)).reveal(created);
        } catch (PartInitException e) {
            AtelierUi.log("Could not show the new project", e);
        }
    }
}
