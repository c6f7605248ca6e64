package org.atelier.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Training projects on the left, editors in the middle, runs and generation on the right, problems and progress below. */
public final class AtelierPerspective implements IPerspectiveFactory {

    public static final String ID = "org.atelier.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(org.atelier.ui.views.ProjectsView.ID, IPageLayout.LEFT, 0.25f, editors);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addPlaceholder(org.atelier.ui.run.RunQueueView.ID);
        org.eclipse.ui.IPlaceholderFolderLayout right = layout.createPlaceholderFolder("right", IPageLayout.RIGHT, 0.4f, editors);
        right.addPlaceholder(org.atelier.ui.run.RunView.ID);
        right.addPlaceholder(org.atelier.ui.run.CompareView.ID);
        right.addPlaceholder(org.atelier.ui.generate.GenerateView.ID);
        layout.addNewWizardShortcut("org.atelier.ui.wizards.project");
        layout.addNewWizardShortcut("org.atelier.ui.wizards.experiment");
        layout.addShowViewShortcut(org.atelier.ui.views.ProjectsView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(org.atelier.ui.generate.GenerateView.ID);
        layout.addShowViewShortcut(org.atelier.ui.run.RunView.ID);
        layout.addShowViewShortcut(org.atelier.ui.run.CompareView.ID);
        layout.addShowViewShortcut(org.atelier.ui.run.RunQueueView.ID);
    }
}
