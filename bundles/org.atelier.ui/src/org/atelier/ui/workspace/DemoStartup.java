package org.atelier.ui.workspace;

import org.atelier.ui.AtelierPerspective;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.views.ProjectsView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

/**
 * Started with {@code -Datelier.demo=true} (the README's first command), the workbench opens on the demo
 * training project: made in the workspace when missing, shown in the Atelier perspective.
 */
public final class DemoStartup implements IStartup {

    public static final String PROPERTY = "atelier.demo";
    public static final String DEMO_PROJECT = "demo";

    @Override
    public void earlyStartup() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob("Opening the demo training project") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                IProject project = TrainingWorkspace.workspace().getRoot().getProject(DEMO_PROJECT);
                if (!project.exists()) {
                    project = TrainingWorkspace.create(DEMO_PROJECT, null, true, monitor);
                } else if (!project.isOpen()) {
                    project.open(monitor);
                }
                ProblemMarkers.validateProject(project);
                IProject demo = project;
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> reveal(demo));
                return Status.OK_STATUS;
            }
        };
        job.schedule();
    }

    private static void reveal(IProject project) {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null) {
            return;
        }
        try {
            workbench.showPerspective(AtelierPerspective.ID, window);
            ProjectsView view = (ProjectsView) window.getActivePage().showView(ProjectsView.ID);
            view.reveal(project);
        } catch (WorkbenchException e) {
            AtelierUi.log("Could not show the demo project", e);
        }
    }
}
