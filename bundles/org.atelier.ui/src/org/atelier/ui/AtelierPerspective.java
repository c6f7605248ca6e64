package org.atelier.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Training projects on the left, editors in the middle, problems and progress below. */
public final class AtelierPerspective implements IPerspectiveFactory {

    public static final String ID = "org.atelier.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(org.atelier.ui.views.ProjectsView.ID, IPageLayout.LEFT, 0.25f, editors);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        layout.addPlaceholder(org.atelier.ui.generate.GenerateView.ID, IPageLayout.RIGHT, 0.55f, editors);
        layout.addNewWizardShortcut("org.atelier.ui.wizards.project");
        layout.addNewWizardShortcut("org.atelier.ui.wizards.experiment");
        layout.addShowViewShortcut(org.atelier.ui.views.ProjectsView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(org.atelier.ui.generate.GenerateView.ID);
    }
}
