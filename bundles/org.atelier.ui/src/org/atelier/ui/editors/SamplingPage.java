package org.atelier.ui.editors;

import java.util.List;

import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.AtelierPackage.Literals;
import org.atelier.core.model.SamplePrompt;
import org.atelier.core.model.SamplingSpec;
import org.atelier.core.validation.Problem;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The samples a training makes as it goes: how often, with which sampler, steps, CFG scale and size, and the
 * prompts, each with its negative prompt and seed (-1: the experiment's seed plus the prompt's place), edited in a
 * table. Every edit is a command (undo, redo).
 */
public final class SamplingPage extends FormPage {

    public static final String ID = "sampling";

    private final ExperimentEditor editor;
    private FeatureForm fields;
    private ProblemMessages messages;
    private TableViewer prompts;
    private EContentAdapter follower;

    SamplingPage(ExperimentEditor editor) {
        super(editor, ID, "Sampling");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Sampling");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        messages = new ProblemMessages(managedForm.getMessageManager());
        SamplingSpec sampling = sampling();
        boolean trains = MethodRegistry.getDefault().find(editor.experiment().getMethod()).map(m -> m.trains())
                .orElse(true);
        if (!trains) {
            toolkit.createLabel(body, "This method does not train: it makes no samples.");
            return;
        }
        fields = new FeatureForm(toolkit, editor.getEditingDomain(), managedForm.getMessageManager());
        Composite how = Sections.create(toolkit, body, "When and how", "Samples are made every so many steps and at the end, and before the first step on request.");
        for (EAttribute attribute : sampling.eClass().getEAllAttributes()) {
            fields.add(how, sampling, attribute);
        }
        fields.refresh();

        Composite list = Sections.create(toolkit, body, "Prompts",
                "Each sample's prompt, negative prompt and seed (-1: the experiment's seed plus the prompt's place). Click a cell to edit it.");
        list.setLayout(new GridLayout(2, false));
        prompts = new TableViewer(list, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        prompts.getTable().setHeaderVisible(true);
        prompts.getTable().setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 160;
        tableData.widthHint = 500;
        prompts.getTable().setLayoutData(tableData);
        prompts.setContentProvider(ArrayContentProvider.getInstance());
        column("Prompt", 320, Literals.SAMPLE_PROMPT__PROMPT);
        column("Negative prompt", 200, Literals.SAMPLE_PROMPT__NEGATIVE_PROMPT);
        column("Seed", 80, Literals.SAMPLE_PROMPT__SEED);
        Composite buttons = toolkit.createComposite(list);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        Button add = toolkit.createButton(buttons, "Add Prompt", SWT.PUSH);
        add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        add.addListener(SWT.Selection, e -> addPrompt("a photo of"));
        Button remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
        remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        remove.addListener(SWT.Selection, e -> removeSelected());
        prompts.setInput(sampling.getPrompts().toArray());
        follower = new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (!notification.isTouch() && prompts != null && !prompts.getTable().isDisposed()) {
                    prompts.setInput(sampling.getPrompts().toArray());
                }
            }
        };
        sampling.eAdapters().add(follower);
        showProblems(editor.problems());
    }

    private SamplingSpec sampling() {
        SamplingSpec sampling = editor.experiment().getSampling();
        if (sampling == null) { // an experiment written without one: made here, saved with the next edit
            sampling = AtelierFactory.eINSTANCE.createSamplingSpec();
            editor.experiment().setSampling(sampling);
        }
        return sampling;
    }

    private void column(String title, int width, EAttribute attribute) {
        TableViewerColumn column = new TableViewerColumn(prompts, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Object value = ((SamplePrompt) element).eGet(attribute);
                return value == null ? "" : String.valueOf(value);
            }
        });
        column.setEditingSupport(new EditingSupport(prompts) {
            private final TextCellEditor cellEditor = new TextCellEditor(prompts.getTable());

            @Override
            protected CellEditor getCellEditor(Object element) {
                return cellEditor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                Object value = ((SamplePrompt) element).eGet(attribute);
                return value == null ? "" : String.valueOf(value);
            }

            @Override
            protected void setValue(Object element, Object value) {
                edit((SamplePrompt) element, attribute, String.valueOf(value));
            }
        });
    }

    /** Sets a prompt's field from text (a seed must be a whole number; other text is refused). */
    void edit(SamplePrompt prompt, EAttribute attribute, String text) {
        Object value;
        try {
            value = FeatureForm.parse(attribute, text);
        } catch (IllegalArgumentException e) {
            getManagedForm().getForm().setMessage(org.atelier.core.validation.UiAnnotations.label(attribute) + ": '" + text + "' is not a whole number",
                    org.eclipse.jface.dialogs.IMessageProvider.ERROR);
            return;
        }
        getManagedForm().getForm().setMessage(null, org.eclipse.jface.dialogs.IMessageProvider.NONE);
        execute(SetCommand.create(editor.getEditingDomain(), prompt, attribute, value));
    }

    void addPrompt(String text) {
        SamplePrompt prompt = AtelierFactory.eINSTANCE.createSamplePrompt();
        prompt.setPrompt(text);
        execute(AddCommand.create(editor.getEditingDomain(), sampling(), Literals.SAMPLING_SPEC__PROMPTS, prompt));
        prompts.editElement(prompt, 0);
    }

    private void removeSelected() {
        List<?> selected = ((IStructuredSelection) prompts.getSelection()).toList();
        if (!selected.isEmpty()) {
            execute(RemoveCommand.create(editor.getEditingDomain(), sampling(), Literals.SAMPLING_SPEC__PROMPTS, selected));
        }
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            editor.getEditingDomain().getCommandStack().execute(command);
        }
    }

    /** Shows the problems of the sampling settings in the form. */
    void showProblems(List<Problem> problems) {
        if (messages == null || fields == null || getManagedForm().getForm().isDisposed()) {
            return;
        }
        getManagedForm().getForm().setMessage(null, org.eclipse.jface.dialogs.IMessageProvider.NONE); // a refused seed, once edited since
        messages.show(problems, new ProblemMessages.Placement() {
            @Override
            public boolean shows(Problem problem) {
                return problem.object() instanceof SamplingSpec || problem.object() instanceof SamplePrompt;
            }

            @Override
            public org.eclipse.swt.widgets.Control controlFor(Problem problem) {
                return problem.object() instanceof SamplingSpec ? fields.control(problem.object(), problem.feature())
                        : prompts.getTable();
            }
        });
    }

    TableViewer promptTable() {
        return prompts;
    }

    @Override
    public void dispose() {
        if (follower != null && editor.experiment().getSampling() != null) {
            editor.experiment().getSampling().eAdapters().remove(follower);
        }
        if (fields != null) {
            fields.dispose();
        }
        super.dispose();
    }
}
