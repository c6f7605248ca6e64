package org.atelier.ui.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.atelier.core.validation.UiAnnotations;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Edits the attributes of model objects in a form, built from the model alone: the label, help, bounds and
 * kind of each field come from the EClass and its annotations; enums become combos, booleans checkboxes,
 * numbers and strings text fields. Every edit is a command on the editing domain (undoable), and the fields
 * follow the model when it changes (undo, redo, another page). A field annotated {@code shownWhen} is shown only
 * while it applies (a merge's model C only for the algorithms that take one).
 */
final class FeatureForm {

    /** The key of a field's data: the feature it edits. */
    static final String FEATURE_KEY = "atelier.feature";

    private record Field(EObject owner, EStructuralFeature feature, Label label, Control control,
            List<? extends EObject> choices) {
    }

    private final FormToolkit toolkit;
    private final EditingDomain domain;
    private final IMessageManager messages;
    private final List<Field> fields = new ArrayList<>();
    private final Map<EObject, Adapter> adapters = new HashMap<>();
    private Runnable relayout = () -> {
    };

    FeatureForm(FormToolkit toolkit, EditingDomain domain, IMessageManager messages) {
        this.toolkit = toolkit;
        this.domain = domain;
        this.messages = messages;
    }

    /** What to do once fields were shown or hidden: the form's reflow. */
    void onRelayout(Runnable relayout) {
        this.relayout = relayout;
    }

    /** Adds a label and a field for {@code feature} of {@code owner} to a two-column composite. */
    Control add(Composite parent, EObject owner, EAttribute feature) {
        return add(parent, owner, feature, List.of());
    }

    /**
     * Adds a label and a field; a reference (a merge's model B) becomes a combo of {@code choices}, the
     * project's objects of its type.
     */
    Control add(Composite parent, EObject owner, EStructuralFeature feature, List<? extends EObject> choices) {
        Label label = toolkit.createLabel(parent, UiAnnotations.label(feature) + ":");
        String help = UiAnnotations.help(feature);
        String bounds = bounds(feature);
        String tooltip = help == null ? bounds : bounds == null ? help : help + "\n" + bounds;
        label.setToolTipText(tooltip);
        Control control;
        if (feature instanceof EAttribute attribute) {
            if (attribute.getEType() instanceof EEnum eEnum) {
                control = enumField(parent, owner, attribute, eEnum);
            } else if (UiAnnotations.isBoolean(attribute)) {
                control = booleanField(parent, owner, attribute);
            } else {
                control = textField(parent, owner, attribute, isMultiLine(attribute));
            }
        } else {
            control = referenceField(parent, owner, feature, choices);
        }
        control.setToolTipText(tooltip);
        control.setData(FEATURE_KEY, feature.getName());
        if (control.getLayoutData() == null) {
            control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        Field field = new Field(owner, feature, label, control, choices);
        fields.add(field);
        showIfApplies(field);
        toolkit.paintBordersFor(parent);
        follow(owner);
        return control;
    }

    private Control referenceField(Composite parent, EObject owner, EStructuralFeature feature,
            List<? extends EObject> choices) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        combo.add("(none)");
        for (EObject choice : choices) {
            combo.add(org.atelier.core.validation.Labels.of(choice));
        }
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            set(owner, feature, index <= 0 ? null : choices.get(index - 1));
        });
        return combo;
    }

    private static boolean isMultiLine(EStructuralFeature feature) {
        return "description".equals(feature.getName());
    }

    private static String bounds(EStructuralFeature feature) {
        Double min = UiAnnotations.min(feature);
        Double max = UiAnnotations.max(feature);
        if (min == null && max == null) {
            return null;
        }
        return "Allowed: " + (min == null ? "" : "from " + number(min)) + (max == null ? "" : " to " + number(max));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private Control enumField(Composite parent, EObject owner, EAttribute feature, EEnum eEnum) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            combo.add(literal.getLiteral());
        }
        combo.addListener(SWT.Selection, e -> {
            EEnumLiteral literal = eEnum.getELiterals().get(combo.getSelectionIndex());
            Object value = feature.getEType().getInstanceClass() == null ? literal : literal.getInstance();
            set(owner, feature, value);
        });
        return combo;
    }

    private Control booleanField(Composite parent, EObject owner, EAttribute feature) {
        Button check = toolkit.createButton(parent, "", SWT.CHECK);
        check.addListener(SWT.Selection, e -> set(owner, feature, check.getSelection()));
        return check;
    }

    private Control textField(Composite parent, EObject owner, EAttribute feature, boolean multiLine) {
        Text text = toolkit.createText(parent, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        if (multiLine) {
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
            data.heightHint = 48;
            text.setLayoutData(data);
        }
        text.addListener(SWT.DefaultSelection, e -> commit(owner, feature, text));
        text.addListener(SWT.FocusOut, e -> commit(owner, feature, text));
        return text;
    }

    /** Parses a text field and sets the value; text that is not a value of the field's type stays and is flagged. */
    void commit(EObject owner, EAttribute feature, Text text) {
        String key = "parse:" + System.identityHashCode(owner) + ":" + feature.getName();
        Object value;
        try {
            value = parse(feature, text.getText().trim());
        } catch (NumberFormatException e) {
            messages.addMessage(key, UiAnnotations.label(feature) + ": '" + text.getText().trim() + "' is not "
                    + (isInteger(feature) ? "a whole number" : "a number"), null, IMessageProvider.ERROR, text);
            return;
        }
        messages.removeMessage(key, text);
        set(owner, feature, value);
    }

    private static boolean isInteger(EAttribute feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        return type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class;
    }

    static Object parse(EAttribute feature, String text) {
        Class<?> type = feature.getEType().getInstanceClass();
        if (type == String.class) {
            return text.isEmpty() ? null : text;
        }
        if (text.isEmpty() && !type.isPrimitive()) {
            return null;
        }
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == long.class || type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == short.class || type == Short.class) {
            return Short.valueOf(text);
        }
        if (type == float.class || type == Float.class) {
            return Float.valueOf(text);
        }
        if (type == double.class || type == Double.class) {
            return Double.valueOf(text);
        }
        return EcorePackage.eINSTANCE.getEFactoryInstance().createFromString((org.eclipse.emf.ecore.EDataType) feature.getEType(), text);
    }

    private void set(EObject owner, EStructuralFeature feature, Object value) {
        if (Objects.equals(owner.eGet(feature), value)) {
            return;
        }
        Command command = SetCommand.create(domain, owner, feature, value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** Shows the model's values in the fields. */
    void refresh() {
        for (Field field : fields) {
            show(field);
        }
    }

    private void show(Field field) {
        Control control = field.control();
        if (control.isDisposed()) {
            return;
        }
        Object value = field.owner().eGet(field.feature());
        if (control instanceof Combo combo && field.feature() instanceof org.eclipse.emf.ecore.EReference) {
            combo.select(value == null ? 0 : field.choices().indexOf(value) + 1);
        } else if (control instanceof Combo combo) {
            String literal = value instanceof EEnumLiteral l ? l.getLiteral()
                    : value instanceof org.eclipse.emf.common.util.Enumerator e ? e.getLiteral() : null;
            combo.select(literal == null ? -1 : combo.indexOf(literal));
        } else if (control instanceof Button check) {
            check.setSelection(Boolean.TRUE.equals(value));
        } else if (control instanceof Text text) {
            String shown = value == null ? "" : String.valueOf(value);
            if (!text.getText().equals(shown)) {
                text.setText(shown);
            }
        }
    }

    private void follow(EObject owner) {
        adapters.computeIfAbsent(owner, o -> {
            Adapter adapter = new AdapterImpl() {
                @Override
                public void notifyChanged(Notification notification) {
                    if (notification.isTouch()) {
                        return;
                    }
                    boolean changed = false;
                    for (Field field : fields) {
                        if (field.owner() == notification.getNotifier() && field.feature() == notification.getFeature()) {
                            show(field);
                        }
                        if (field.owner() == notification.getNotifier()) {
                            changed |= showIfApplies(field);
                        }
                    }
                    if (changed) {
                        relayout.run();
                    }
                }
            };
            o.eAdapters().add(adapter);
            return adapter;
        });
    }

    /** Shows the field while it applies, hides it (and the room it took) otherwise; true when that changed. */
    private static boolean showIfApplies(Field field) {
        if (field.control().isDisposed()) {
            return false;
        }
        boolean applies = UiAnnotations.applies(field.owner(), field.feature());
        if (field.control().getVisible() == applies && ((GridData) field.control().getLayoutData()).exclude == !applies) {
            return false;
        }
        for (Control part : new Control[] { field.label(), field.control() }) {
            part.setVisible(applies);
            ((GridData) part.getLayoutData()).exclude = !applies;
        }
        field.control().getParent().layout(true, true);
        return true;
    }

    /** True when the field of a feature is shown (it applies to the object as it is). */
    boolean isShown(EObject owner, EStructuralFeature feature) {
        Control control = control(owner, feature);
        return control != null && !((GridData) control.getLayoutData()).exclude;
    }

    /** The field of a feature, or null when this form does not show it. */
    Control control(EObject owner, EStructuralFeature feature) {
        for (Field field : fields) {
            if (field.owner() == owner && field.feature() == feature) {
                return field.control();
            }
        }
        return null;
    }

    /** Stops following the model; the form's controls are disposed by their parent. */
    void dispose() {
        adapters.forEach((owner, adapter) -> owner.eAdapters().remove(adapter));
        adapters.clear();
        fields.clear();
    }
}
