package org.atelier.core.validation;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Reads the annotations (source {@value #SOURCE}) that describe a field to users: label, help, min, max,
 * group, {@code shownWhen} (the field applies only when another field has one of some values:
 * {@code algorithm=ADD_DIFFERENCE,TIES}, or none of them: {@code convRank!=0}) and {@code required} (a field that applies must be set). The hyperparameter form and the validator both read them, so a method's EClass is all that
 * is needed to edit and check its configuration.
 */
public final class UiAnnotations {

    public static final String SOURCE = "http://atelier.org/ui";

    private UiAnnotations() {
    }

    public static String get(EModelElement element, String key) {
        EAnnotation annotation = element.getEAnnotation(SOURCE);
        return annotation == null ? null : annotation.getDetails().get(key);
    }

    /** The label: the annotated one, else the feature name split into words ({@code learningRate} → Learning rate). */
    public static String label(EStructuralFeature feature) {
        String label = get(feature, "label");
        if (label != null) {
            return label;
        }
        String name = feature.getName();
        StringBuilder words = new StringBuilder().append(Character.toUpperCase(name.charAt(0)));
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }

    /** The help text: the annotated one, else the model's documentation. */
    public static String help(EStructuralFeature feature) {
        String help = get(feature, "help");
        return help != null ? help : EcoreUtil.getDocumentation(feature);
    }

    public static String group(EStructuralFeature feature) {
        String group = get(feature, "group");
        return group == null || group.isBlank() ? "General" : group;
    }

    public static Double min(EStructuralFeature feature) {
        return number(feature, "min");
    }

    public static Double max(EStructuralFeature feature) {
        return number(feature, "max");
    }

    private static Double number(EStructuralFeature feature, String key) {
        String value = get(feature, key);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(feature.getEContainingClass().getName() + "." + feature.getName()
                    + ": annotation " + key + "='" + value + "' is not a number", e);
        }
    }

    /**
     * Whether the field applies to {@code owner} as it is: true unless its {@code shownWhen} names another
     * field whose value (an enum literal's name, or the value as text) is not among those listed
     * ({@code optimizer=ADAMW,LION}), or is among them ({@code convRank!=0}).
     */
    public static boolean applies(EObject owner, EStructuralFeature feature) {
        String condition = get(feature, "shownWhen");
        if (condition == null || condition.isBlank()) {
            return true;
        }
        int eq = condition.indexOf('=');
        boolean unless = eq > 0 && condition.charAt(eq - 1) == '!';
        String name = eq < 0 ? "" : condition.substring(0, unless ? eq - 1 : eq).trim();
        EStructuralFeature other = eq < 0 ? null : owner.eClass().getEStructuralFeature(name);
        if (other == null) {
            throw new IllegalStateException(feature.getEContainingClass().getName() + "." + feature.getName()
                    + ": annotation shownWhen='" + condition + "' does not name a field");
        }
        Object value = owner.eGet(other);
        String text = value instanceof EEnumLiteral literal ? literal.getName()
                : value instanceof Enumerator enumerator ? enumerator.getName() : String.valueOf(value);
        for (String listed : condition.substring(eq + 1).split(",")) {
            if (listed.trim().equals(text)) {
                return !unless;
            }
        }
        return unless;
    }

    /** True for a field annotated {@code required}: it must be set wherever it applies. */
    public static boolean isRequired(EStructuralFeature feature) {
        return "true".equals(get(feature, "required"));
    }

    /** True for the numeric types a form edits as a number. */
    public static boolean isNumeric(EStructuralFeature feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        return type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class
                || type == double.class || type == float.class || type == short.class || type == byte.class);
    }

    public static boolean isBoolean(EStructuralFeature feature) {
        return feature.getEType() == EcorePackage.Literals.EBOOLEAN
                || feature.getEType() == EcorePackage.Literals.EBOOLEAN_OBJECT;
    }
}
