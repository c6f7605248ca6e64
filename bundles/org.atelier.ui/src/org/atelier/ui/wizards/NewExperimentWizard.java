package org.atelier.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.ui.AtelierPreferences;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;

/**
 * File > New > Experiment: a method in a training project, with the method's default configuration, the
 * project's first base model and first dataset; the editor opens on it.
 */
public final class NewExperimentWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IProject initialProject;
    private Page page;

    public NewExperimentWizard() {
        setWindowTitle("New Experiment");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        Object first = selection == null ? null : selection.getFirstElement();
        IResource resource = Adapters.adapt(first, IResource.class);
        initialProject = resource == null ? null : resource.getProject();
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.project();
        MethodDescriptor method = page.method();
        Path folder = TrainingWorkspace.path(project);
        Path file = folder.resolve(ProjectStore.EXPERIMENTS_FOLDER).resolve(page.name() + "." + ProjectStore.EXPERIMENT_EXTENSION);
        try {
            if (Files.exists(file)) {
                throw new IOException(file + " exists already");
            }
            ResourceSet resources = ProjectStore.newResourceSet();
            TrainingProject model = ProjectStore.loadProject(resources, folder);
            Experiment experiment = AtelierFactory.eINSTANCE.createExperiment();
            experiment.setName(page.name());
            experiment.setMethod(method.id());
            experiment.setConfig(method.newConfig());
            AtelierPreferences.applyOutputDefaults(experiment.getConfig());
            experiment.setSampling(AtelierFactory.eINSTANCE.createSamplingSpec());
            if (!model.getBaseModels().isEmpty()) {
                experiment.setBaseModel(model.getBaseModels().get(0));
            }
            if (method.requiresDataset() && !model.getDatasets().isEmpty()) {
                experiment.getDatasets().add(model.getDatasets().get(0));
            }
            ProjectStore.save(ProjectStore.create(resources, file, experiment));
            IFile created = project.getFolder(ProjectStore.EXPERIMENTS_FOLDER).getFile(file.getFileName().toString());
            created.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created);
            return true;
        } catch (IOException | ModelException | CoreException e) {
            MessageDialog.openError(getShell(), "New Experiment", e.getMessage());
            return false;
        } catch (RuntimeException e) {
            AtelierUi.log("Could not create the experiment", e);
            return false;
        }
    }

    /** Fills the page as a user would: the experiment's name and method (for tests). */
    void fill(String name, String methodId) {
        page.nameText.setText(name);
        page.methodCombo.select(page.methods.indexOf(MethodRegistry.getDefault().find(methodId).orElseThrow()));
        page.update();
    }

    private final class Page extends WizardPage {
        private final List<IProject> projects = new ArrayList<>(TrainingWorkspace.trainingProjects());
        private final List<MethodDescriptor> methods = new ArrayList<>(MethodRegistry.getDefault().all());
        private Combo projectCombo;
        private Text nameText;
        private Combo methodCombo;

        Page() {
            super("experiment");
            setTitle("Experiment");
            setDescription("An experiment runs one method on a base model and datasets of a training project.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(2, false));
            new Label(body, SWT.NONE).setText("Training project:");
            projectCombo = new Combo(body, SWT.READ_ONLY);
            projects.forEach(p -> projectCombo.add(p.getName()));
            projectCombo.select(Math.max(0, projects.indexOf(initialProject)));
            projectCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            new Label(body, SWT.NONE).setText("Name:");
            nameText = new Text(body, SWT.BORDER);
            nameText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            new Label(body, SWT.NONE).setText("Method:");
            methodCombo = new Combo(body, SWT.READ_ONLY);
            methods.forEach(m -> methodCombo.add(m.label()));
            methodCombo.select(0);
            methodCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            projectCombo.addListener(SWT.Selection, e -> update());
            nameText.addListener(SWT.Modify, e -> update());
            methodCombo.addListener(SWT.Selection, e -> update());
            setControl(body);
            update();
        }

        private void update() {
            String error = null;
            if (projects.isEmpty()) {
                error = "Make a training project first (File > New > Training Project).";
            } else if (methods.isEmpty()) {
                error = "No training method is installed.";
            } else if (!name().matches("[A-Za-z0-9._-]+")) {
                error = "Enter a name of letters, digits, '.', '_' or '-'.";
            }
            setErrorMessage(error);
            setPageComplete(error == null);
        }

        IProject project() {
            return projects.get(projectCombo.getSelectionIndex());
        }

        String name() {
            return nameText.getText().trim();
        }

        MethodDescriptor method() {
            return methods.get(methodCombo.getSelectionIndex());
        }
    }
}
