package org.atelier.ui.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.validation.Problem;
import org.atelier.core.validation.UiAnnotations;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The method's hyperparameters, built from its configuration EClass alone: one section per group annotation,
 * one field per attribute. A new method needs no UI code.
 */
public final class HyperparametersPage extends FormPage {

    public static final String ID = "hyperparameters";

    private final ExperimentEditor editor;
    private IManagedForm managed;
    private FeatureForm fields;
    private ProblemMessages messages;

    HyperparametersPage(ExperimentEditor editor) {
        super(editor, ID, "Hyperparameters");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managed = managedForm;
        messages = new ProblemMessages(managedForm.getMessageManager());
        ScrolledForm form = managedForm.getForm();
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        form.getBody().setLayout(new GridLayout(2, true));
        build();
    }

    /** Rebuilds the fields for the experiment's current configuration (after the method changed). */
    void rebuild() {
        if (managed != null) {
            build();
        }
    }

    private void build() {
        ScrolledForm form = managed.getForm();
        FormToolkit toolkit = managed.getToolkit();
        Composite body = form.getBody();
        if (fields != null) {
            fields.dispose();
        }
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        fields = new FeatureForm(toolkit, editor.getEditingDomain(), managed.getMessageManager());
        fields.onRelayout(() -> {
            body.layout(true, true);
            managed.reflow(true);
        });
        MethodConfig config = editor.experiment().getConfig();
        if (config == null) {
            form.setText("Hyperparameters");
            toolkit.createLabel(body, "Choose a method on the Overview page.");
        } else {
            form.setText("Hyperparameters: " + config.eClass().getName());
            for (Map.Entry<String, List<EStructuralFeature>> group : groups(config).entrySet()) {
                Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.TWISTIE | Section.EXPANDED);
                section.setText(group.getKey());
                section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
                Composite client = toolkit.createComposite(section);
                client.setLayout(new GridLayout(2, false));
                for (EStructuralFeature feature : group.getValue()) {
                    fields.add(client, config, feature, choices(feature));
                }
                section.setClient(client);
            }
            fields.refresh();
        }
        body.layout(true, true);
        managed.reflow(true);
        showProblems(editor.problems());
    }

    /**
     * The configuration's fields by group, in the order the model declares them: its attributes, and its
     * references to the project's base models and datasets.
     */
    static Map<String, List<EStructuralFeature>> groups(EObject config) {
        Map<String, List<EStructuralFeature>> groups = new LinkedHashMap<>();
        for (EStructuralFeature feature : config.eClass().getEAllStructuralFeatures()) {
            boolean shown = feature instanceof EAttribute || feature instanceof EReference reference
                    && !reference.isContainment() && (reference.getEType() == AtelierPackage.Literals.BASE_MODEL
                            || reference.getEType() == AtelierPackage.Literals.DATASET);
            if (!shown || feature.isDerived() || feature.isTransient() || feature.isMany()) {
                continue;
            }
            groups.computeIfAbsent(UiAnnotations.group(feature), g -> new ArrayList<>()).add(feature);
        }
        return groups;
    }

    /** The project's objects a reference may point to. */
    private List<? extends EObject> choices(EStructuralFeature feature) {
        TrainingProject project = editor.project();
        if (!(feature instanceof EReference) || project == null) {
            return List.of();
        }
        return feature.getEType() == AtelierPackage.Literals.BASE_MODEL ? project.getBaseModels() : project.getDatasets();
    }

    void showProblems(List<Problem> problems) {
        if (messages == null || managed.getForm().isDisposed()) {
            return;
        }
        MethodConfig config = editor.experiment().getConfig();
        messages.show(problems, new ProblemMessages.Placement() {
            @Override
            public boolean shows(Problem problem) {
                return config != null && problem.object() != null && EcoreUtil.isAncestor(config, problem.object());
            }

            @Override
            public Control controlFor(Problem problem) {
                return fields.control(problem.object(), problem.feature());
            }
        });
    }

    /** The field of a hyperparameter, for tests. */
    public Control field(String feature) {
        MethodConfig config = editor.experiment().getConfig();
        return fields == null || config == null ? null
                : fields.control(config, config.eClass().getEStructuralFeature(feature));
    }

    /** True when a hyperparameter's field is shown: it applies to the configuration as it is. For tests. */
    public boolean isShown(String feature) {
        MethodConfig config = editor.experiment().getConfig();
        return fields != null && config != null
                && fields.isShown(config, config.eClass().getEStructuralFeature(feature));
    }

    @Override
    public void dispose() {
        if (fields != null) {
            fields.dispose();
        }
        super.dispose();
    }
}
