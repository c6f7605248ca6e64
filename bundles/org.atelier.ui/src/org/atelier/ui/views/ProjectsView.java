package org.atelier.ui.views;

import java.util.HashSet;
import java.util.Set;

import org.atelier.core.project.ProjectStore;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.workspace.ProblemMarkers;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

/**
 * The training projects of the workspace, each with its base models, datasets, experiments and runs. Follows
 * the files as they change, and keeps the projects' problem markers up to date.
 */
public final class ProjectsView extends ViewPart {

    public static final String ID = "org.atelier.ui.views.projects";

    private TreeViewer viewer;
    private ProjectsContentProvider content;
    private final IResourceChangeListener listener = this::resourcesChanged;
    private boolean refreshPending;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        content = new ProjectsContentProvider();
        viewer.setContentProvider(content);
        viewer.setLabelProvider(new ProjectsLabelProvider(content));
        viewer.setInput(TrainingWorkspace.workspace().getRoot());
        viewer.addDoubleClickListener(event -> open((IStructuredSelection) event.getSelection()));
        getSite().setSelectionProvider(viewer);

        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);

        TrainingWorkspace.workspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
        validate(TrainingWorkspace.trainingProjects());
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** Shows a project expanded and selected. */
    public void reveal(IProject project) {
        content.clear();
        viewer.refresh();
        viewer.expandToLevel(project, 2);
        viewer.setSelection(new StructuredSelection(project), true);
    }

    void open(IStructuredSelection selection) {
        Object element = selection.getFirstElement();
        IWorkbenchPage page = getSite().getPage();
        try {
            if (element instanceof IFile file) {
                IDE.openEditor(page, file);
            } else if (element instanceof ProjectsContentProvider.RunNode run) {
                org.atelier.ui.run.RunView.show(page, run.folder());
            } else if (element instanceof BaseModelElement model && modelFile(model) != null) {
                IDE.openEditor(page, modelFile(model), org.atelier.ui.inspector.InspectorEditor.ID);
            } else if (element instanceof ProjectsContentProvider.DatasetNode dataset) {
                page.openEditor(new org.atelier.ui.editors.DatasetEditorInput(dataset.project(), dataset.object().getId()),
                        org.atelier.ui.editors.DatasetEditor.ID);
            } else if (element instanceof ProjectsContentProvider.ObjectNode node) {
                IDE.openEditor(page, node.project().getFile(ProjectStore.PROJECT_FILE), "org.eclipse.ui.DefaultTextEditor");
            } else if (element != null) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        } catch (PartInitException e) {
            AtelierUi.log("Could not open " + element, e);
        }
    }

    /** The base model's file in the workspace when it is one file inside its project (what the inspector opens). */
    private static IFile modelFile(BaseModelElement model) {
        java.nio.file.Path relative = TrainingWorkspace.path(model.project()).relativize(model.file());
        IFile file = relative.startsWith("..") ? null : model.project().getFile(relative.toString());
        return file != null && java.nio.file.Files.isRegularFile(model.file()) ? file : null;
    }

    private void resourcesChanged(IResourceChangeEvent event) {
        Set<IProject> changed = new HashSet<>();
        try {
            event.getDelta().accept(delta -> {
                IResource resource = delta.getResource();
                if (delta.getFlags() == IResourceDelta.MARKERS) {
                    return true;
                }
                if (resource.getType() == IResource.FILE && isModelFile(resource)) {
                    changed.add(resource.getProject());
                }
                if (resource.getType() == IResource.PROJECT && (delta.getKind() != IResourceDelta.CHANGED
                        || (delta.getFlags() & IResourceDelta.OPEN) != 0)) {
                    changed.add((IProject) resource);
                }
                return true;
            });
        } catch (CoreException e) {
            AtelierUi.log("Could not read a workspace change", e);
        }
        if (changed.isEmpty() && !touchesRuns(event.getDelta())) {
            return;
        }
        validate(changed.stream().filter(TrainingWorkspace::isTrainingProject).toList());
        scheduleRefresh();
    }

    private static boolean isModelFile(IResource resource) {
        String name = resource.getName();
        return name.equals(ProjectStore.PROJECT_FILE) || name.endsWith("." + ProjectStore.EXPERIMENT_EXTENSION)
                || name.equals(ProjectStore.RUN_FILE);
    }

    private static boolean touchesRuns(IResourceDelta delta) {
        for (IResourceDelta project : delta.getAffectedChildren()) {
            if (project.findMember(org.eclipse.core.runtime.IPath.fromOSString(ProjectStore.RUNS_FOLDER)) != null) {
                return true;
            }
        }
        return false;
    }

    private void scheduleRefresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (refreshPending || viewer.getControl().isDisposed()) {
                return;
            }
            refreshPending = true;
            // Many changes arrive together (a run writes several files): the changes queued by now are taken in by
            // one refresh, queued behind them. (A timer did this before, and under a busy event loop it could fire
            // many seconds late, leaving the view stale.)
            viewer.getControl().getDisplay().asyncExec(() -> {
                refreshPending = false;
                if (!viewer.getControl().isDisposed()) {
                    content.clear();
                    viewer.refresh();
                }
            });
        });
    }

    /** The family of the jobs that validate projects after a change (tests wait for them). */
    public static final Object VALIDATION = new Object();

    private static void validate(java.util.List<IProject> projects) {
        if (projects.isEmpty()) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob("Validating training projects") {
            @Override
            public boolean belongsTo(Object family) {
                return family == VALIDATION;
            }

            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                for (IProject project : projects) {
                    if (TrainingWorkspace.isTrainingProject(project)) {
                        ProblemMarkers.validateProject(project);
                    }
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setRule(TrainingWorkspace.workspace().getRuleFactory().markerRule(TrainingWorkspace.workspace().getRoot()));
        job.schedule();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        TrainingWorkspace.workspace().removeResourceChangeListener(listener);
        super.dispose();
    }
}
