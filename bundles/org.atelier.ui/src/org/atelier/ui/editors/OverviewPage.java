package org.atelier.ui.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierPackage.Literals;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Dataset;
import org.atelier.core.methods.IExperimentPreview;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.validation.Problem;
import org.atelier.runtime.DeviceSpeed;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.handlers.RunExperimentHandler;
import org.atelier.ui.worker.DeviceSpeedProbe;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;

/** Name, method, base model and datasets of an experiment. */
public final class OverviewPage extends FormPage {

    public static final String ID = "overview";
    private static final String REFUSAL = "refusal";
    private static final String MEASURING = "The time a step takes follows once this machine's speed is measured"
            + " (once, in a process of its own).";

    private final ExperimentEditor editor;
    private final List<MethodDescriptor> methods = new ArrayList<>();
    private IManagedForm managed;
    private FeatureForm fields;
    private ProblemMessages messages;
    private Combo method;
    private Label methodDescription;
    private Combo baseModel;
    private Table datasets;
    private Label preview;
    /** Counts the previews asked for: only the latest one's result is shown. */
    private int previews;
    /** The problems the latest preview was asked with: it is worked out again when the device's speed arrives. */
    private List<Problem> previewProblems = List.of();
    private Adapter follower;

    OverviewPage(ExperimentEditor editor) {
        super(editor, ID, "Overview");
        this.editor = editor;
    }

    private Experiment experiment() {
        return editor.experiment();
    }

    private EditingDomain domain() {
        return editor.getEditingDomain();
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managed = managedForm;
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Experiment");
        toolkit.decorateFormHeading(form.getForm());
        form.getToolBarManager().add(new Action("Run", AtelierUi.getDefault().getImageRegistry()
                .getDescriptor(AtelierUi.IMG_RUN_RUNNING)) {
            @Override
            public void run() {
                runExperiment();
            }
        });
        form.updateToolBar();
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, true));
        messages = new ProblemMessages(managedForm.getMessageManager());
        fields = new FeatureForm(toolkit, domain(), managedForm.getMessageManager());

        Composite what = Sections.create(toolkit, body, "What the run will do",
                "For a training method: its data as the loop will see it, and the memory and time a step will take here.");
        what.getParent().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        preview = toolkit.createLabel(what, "", SWT.WRAP);
        GridData previewData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        previewData.widthHint = 500;
        preview.setLayoutData(previewData);

        Composite general = Sections.create(toolkit, body, "Experiment", "What the experiment is called and what it is for.");
        fields.add(general, experiment(), Literals.EXPERIMENT__NAME);
        fields.add(general, experiment(), Literals.EXPERIMENT__DESCRIPTION);
        fields.add(general, experiment(), Literals.EXPERIMENT__SEED);

        Composite methodSection = Sections.create(toolkit, body, "Method", "The training method; its settings are on the Hyperparameters page.");
        toolkit.createLabel(methodSection, "Method:");
        method = new Combo(methodSection, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(method, true, false);
        method.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        method.addListener(SWT.Selection, e -> {
            int index = method.getSelectionIndex();
            if (index >= 0 && index < methods.size()) {
                changeMethod(methods.get(index));
            }
        });
        methodDescription = toolkit.createLabel(methodSection, "", SWT.WRAP);
        GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        descriptionData.widthHint = 300;
        methodDescription.setLayoutData(descriptionData);

        Composite inputs = Sections.create(toolkit, body, "Base model and datasets", "What the method starts from and learns from.");
        toolkit.createLabel(inputs, "Base model:");
        baseModel = new Combo(inputs, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(baseModel, true, false);
        baseModel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        baseModel.addListener(SWT.Selection, e -> chooseBaseModel(baseModel.getSelectionIndex()));
        Label datasetsLabel = toolkit.createLabel(inputs, "Datasets:");
        datasetsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        datasets = toolkit.createTable(inputs, SWT.CHECK | SWT.BORDER);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false);
        tableData.heightHint = 80;
        datasets.setLayoutData(tableData);
        datasets.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
                toggleDataset((Dataset) item.getData(), item.getChecked());
            }
        });
        if (editor.project() == null) {
            managedForm.getMessageManager().addMessage("project", "The project file cannot be read: base models and "
                    + "datasets cannot be chosen (see the Problems view)", null, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
        }

        follower = new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                if (notification.isTouch()) {
                    return;
                }
                Object feature = notification.getFeature();
                if (feature == Literals.EXPERIMENT__METHOD || feature == Literals.EXPERIMENT__BASE_MODEL
                        || feature == Literals.EXPERIMENT__DATASETS) {
                    refreshSelectors();
                }
                if (feature == Literals.EXPERIMENT__CONFIG) {
                    editor.configReplaced();
                }
            }
        };
        experiment().eAdapters().add(follower);
        fields.refresh();
        refreshSelectors();
        showProblems(editor.problems());
    }

    private void refreshSelectors() {
        if (method == null || method.isDisposed()) {
            return;
        }
        Experiment experiment = experiment();
        methods.clear();
        methods.addAll(MethodRegistry.getDefault().all());
        method.removeAll();
        methods.forEach(m -> method.add(m.label()));
        int selected = -1;
        for (int i = 0; i < methods.size(); i++) {
            if (methods.get(i).id().equals(experiment.getMethod())) {
                selected = i;
            }
        }
        if (selected < 0 && experiment.getMethod() != null) {
            method.add(experiment.getMethod() + " (not installed)");
            selected = method.getItemCount() - 1;
        }
        method.select(selected);
        methodDescription.setText(selected >= 0 && selected < methods.size() && methods.get(selected).description() != null
                ? methods.get(selected).description() : "");

        TrainingProject project = editor.project();
        baseModel.removeAll();
        baseModel.add("(none)");
        baseModel.select(0);
        datasets.removeAll();
        if (project != null) {
            for (BaseModel model : project.getBaseModels()) {
                baseModel.add(model.getId() + "  " + model.getPath());
                if (model == experiment.getBaseModel()) {
                    baseModel.select(baseModel.getItemCount() - 1);
                }
            }
            for (Dataset dataset : project.getDatasets()) {
                TableItem item = new TableItem(datasets, SWT.NONE);
                item.setText(dataset.getId() + (dataset.getName() == null ? "" : "  " + dataset.getName()));
                item.setImage(AtelierUi.image(AtelierUi.IMG_DATASET));
                item.setData(dataset);
                item.setChecked(experiment.getDatasets().contains(dataset));
            }
        }
        managed.getForm().reflow(true);
    }

    private void changeMethod(MethodDescriptor descriptor) {
        if (descriptor.id().equals(experiment().getMethod())) {
            return;
        }
        CompoundCommand change = new CompoundCommand("Change Method");
        change.append(SetCommand.create(domain(), experiment(), Literals.EXPERIMENT__METHOD, descriptor.id()));
        change.append(SetCommand.create(domain(), experiment(), Literals.EXPERIMENT__CONFIG, descriptor.newConfig()));
        execute(change);
    }

    private void chooseBaseModel(int index) {
        TrainingProject project = editor.project();
        BaseModel chosen = index <= 0 || project == null ? null : project.getBaseModels().get(index - 1);
        if (chosen != experiment().getBaseModel()) {
            execute(SetCommand.create(domain(), experiment(), Literals.EXPERIMENT__BASE_MODEL, chosen));
        }
    }

    private void toggleDataset(Dataset dataset, boolean checked) {
        boolean present = experiment().getDatasets().contains(dataset);
        if (checked && !present) {
            execute(AddCommand.create(domain(), experiment(), Literals.EXPERIMENT__DATASETS, dataset));
        } else if (!checked && present) {
            execute(RemoveCommand.create(domain(), experiment(), Literals.EXPERIMENT__DATASETS, dataset));
        }
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain().getCommandStack().execute(command);
        }
    }

    private void runExperiment() {
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        try {
            handlers.executeCommand(RunExperimentHandler.COMMAND, null);
        } catch (CommandException e) {
            AtelierUi.log("Could not run the experiment", e);
        }
    }

    void showProblems(List<Problem> problems) {
        if (messages == null || managed.getForm().isDisposed()) {
            return;
        }
        showPreview(problems);
        Experiment experiment = experiment();
        messages.show(problems, new ProblemMessages.Placement() {
            @Override
            public boolean shows(Problem problem) {
                return true;
            }

            @Override
            public Control controlFor(Problem problem) {
                EObject object = problem.object();
                if (object != null && object != experiment && EcoreUtil.isAncestor(experiment, object)) {
                    return null; // a hyperparameter: at its field on the other page, and in this page's header
                }
                if (object == experiment) {
                    if (problem.feature() == Literals.EXPERIMENT__METHOD || problem.feature() == Literals.EXPERIMENT__CONFIG) {
                        return method;
                    }
                    if (problem.feature() == Literals.EXPERIMENT__BASE_MODEL) {
                        return baseModel;
                    }
                    if (problem.feature() == Literals.EXPERIMENT__DATASETS) {
                        return datasets;
                    }
                    return fields.control(object, problem.feature());
                }
                if (object instanceof BaseModel) {
                    return baseModel;
                }
                return datasets;
            }
        });
    }

    /**
     * What the run will do, worked out in a job (it reads the dataset folders and the model's header; the device's
     * speed is measured once, in a worker process, and the preview worked out again when it is known) from a copy of
     * the experiment as it is now; an experiment with errors waits until they are mended.
     */
    private void showPreview(List<Problem> problems) {
        int asked = ++previews;
        previewProblems = problems;
        IMessageManager header = managed.getMessageManager();
        header.removeMessage(REFUSAL);
        if (problems.stream().anyMatch(Problem::isError)) {
            preview.setText("Shown when the experiment has no errors.");
            return;
        }
        Experiment copy = EcoreUtil.copy(experiment());
        Path projectFolder = editor.projectFolder();
        Job job = Job.create("Working out what " + copy.getName() + " will do", monitor -> {
            String text;
            String refusal = null;
            CompletableFuture<DeviceSpeed.Figure> speed = null;
            try {
                MethodDescriptor descriptor = MethodRegistry.getDefault().find(copy.getMethod()).orElse(null);
                IExperimentPreview previewer = descriptor == null ? null : descriptor.createPreview();
                IExperimentPreview.Preview result = previewer == null ? null : previewer.preview(copy, projectFolder);
                text = result == null ? "This method does not train: it runs once, as its settings say."
                        : String.join("\n", result.lines());
                refusal = result == null ? null : result.refusal();
                if (result != null && DeviceSpeed.remembered().isEmpty()) {
                    // the time needs the device's speed, which the workbench does not measure itself
                    speed = DeviceSpeedProbe.measure();
                    text += "\n" + MEASURING;
                }
            } catch (java.io.IOException | org.eclipse.core.runtime.CoreException | RuntimeException e) {
                text = "Cannot train on this: " + e.getMessage();
            }
            String shown = text;
            String refused = refusal;
            CompletableFuture<DeviceSpeed.Figure> measuring = speed;
            preview.getDisplay().asyncExec(() -> {
                if (!preview.isDisposed() && asked == previews) {
                    preview.setText(shown);
                    if (refused != null) {
                        header.addMessage(REFUSAL, "The run will be refused: " + refused, null, IMessageProvider.ERROR);
                    }
                    managed.getForm().reflow(true);
                    if (measuring != null) {
                        whenMeasured(measuring, asked);
                    }
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    /** The preview again once the device's speed is known (it is then remembered), or why it is not. */
    private void whenMeasured(CompletableFuture<DeviceSpeed.Figure> speed, int asked) {
        speed.whenComplete((figure, failure) -> preview.getDisplay().asyncExec(() -> {
            if (preview.isDisposed() || asked != previews) {
                return;
            }
            if (failure == null) {
                showPreview(previewProblems);
            } else {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                preview.setText(preview.getText().replace(MEASURING, "The time a step takes is not known: this machine's"
                        + " speed could not be measured (" + cause.getMessage() + ")."));
                managed.getForm().reflow(true);
            }
        }));
    }

    /** What the run will do, as shown (for tests). */
    public String previewText() {
        return preview.getText();
    }

    /** The method selector, for tests. */
    public Combo methodField() {
        return method;
    }

    @Override
    public void dispose() {
        if (follower != null) {
            experiment().eAdapters().remove(follower);
        }
        if (fields != null) {
            fields.dispose();
        }
        super.dispose();
    }
}
