package org.atelier.ui.wizards;

import java.nio.file.Path;

import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Name, folder and kind (empty or demo) of a new training project. */
final class NewTrainingProjectPage extends WizardPage {

    private Text name;
    private Button defaultLocation;
    private Text location;
    private Button browse;
    private Button empty;
    private Button demo;

    NewTrainingProjectPage() {
        super("project");
        setTitle("Training Project");
        setDescription("A training project holds base models, datasets, experiments and their runs.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        new Label(body, SWT.NONE).setText("Project name:");
        name = new Text(body, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        name.addListener(SWT.Modify, e -> update());

        defaultLocation = new Button(body, SWT.CHECK);
        defaultLocation.setText("Use the workspace's folder");
        defaultLocation.setSelection(true);
        defaultLocation.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
        defaultLocation.addListener(SWT.Selection, e -> update());
        new Label(body, SWT.NONE).setText("Folder:");
        location = new Text(body, SWT.BORDER);
        location.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        location.addListener(SWT.Modify, e -> update());
        browse = new Button(body, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            String chosen = new DirectoryDialog(getShell()).open();
            if (chosen != null) {
                location.setText(chosen);
            }
        });

        Label kind = new Label(body, SWT.NONE);
        kind.setText("Start with:");
        kind.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
        empty = new Button(body, SWT.RADIO);
        empty.setText("An empty project");
        empty.setSelection(true);
        empty.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
        demo = new Button(body, SWT.RADIO);
        demo.setText("The demo project (a small dataset of shapes, with the experiments of the installed methods)");
        demo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
        demo.addListener(SWT.Selection, e -> {
            if (demo.getSelection() && name.getText().isBlank()) {
                name.setText("demo");
            }
        });
        setControl(body);
        update();
    }

    private void update() {
        boolean custom = !defaultLocation.getSelection();
        location.setEnabled(custom);
        browse.setEnabled(custom);
        if (!custom) {
            String folder = TrainingWorkspace.workspace().getRoot().getLocation().append(name.getText().trim())
                    .toOSString();
            if (!folder.equals(location.getText())) {
                location.setText(folder); // notifies this method again, which then finds nothing to change
                return;
            }
        }
        String error = null;
        String projectName = name.getText().trim();
        if (projectName.isEmpty()) {
            error = "Enter a project name.";
        } else {
            org.eclipse.core.runtime.IStatus valid = TrainingWorkspace.workspace().validateName(projectName,
                    org.eclipse.core.resources.IResource.PROJECT);
            if (!valid.isOK()) {
                error = valid.getMessage();
            } else if (TrainingWorkspace.workspace().getRoot().getProject(projectName).exists()) {
                error = "A project named '" + projectName + "' exists already.";
            } else if (custom && location.getText().isBlank()) {
                error = "Choose a folder.";
            }
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    String projectName() {
        return name.getText().trim();
    }

    /** The chosen folder, or null for the workspace's own. */
    Path location() {
        return defaultLocation.getSelection() ? null : Path.of(location.getText().trim());
    }

    boolean demo() {
        return demo.getSelection();
    }

    /** For tests: fills in the page as a user would. */
    void fill(String projectName, boolean demoProject) {
        name.setText(projectName);
        demo.setSelection(demoProject);
        empty.setSelection(!demoProject);
        update();
    }
}
