package org.atelier.core.validation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Reads the annotations (source {@value #SOURCE}) that describe a field to users: label, help, min, max,
 * group, {@code shownWhen} (the field applies only when another field has one of some values:
 * {@code algorithm=ADD_DIFFERENCE,TIES}, or none of them: {@code convRank!=0}) and {@code required} (a field that applies must be set);
 * on the class, {@code defaults} (the values a method's configuration starts with). The hyperparameter form and the
 * validator both read them, so a method's EClass is all that is needed to edit and check its configuration;
 * {@link AnnotationCheck} checks the names and values they hold when a method is registered.
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
     * A field's {@code shownWhen}: the field it depends on, and the values (enum literals' names, or values as text)
     * that show it, or with {@code !=} ({@code unless}) hide it.
     */
    public record Condition(String field, boolean unless, List<String> values) {
    }

    /**
     * The field's {@code shownWhen}, null when it has none.
     *
     * @throws IllegalStateException when it is not of the form {@code field=A,B} or {@code field!=A}
     */
    public static Condition shownWhen(EStructuralFeature feature) {
        String condition = get(feature, "shownWhen");
        if (condition == null || condition.isBlank()) {
            return null;
        }
        int eq = condition.indexOf('=');
        boolean unless = eq > 0 && condition.charAt(eq - 1) == '!';
        String name = eq < 0 ? "" : condition.substring(0, unless ? eq - 1 : eq).trim();
        if (name.isEmpty()) {
            throw new IllegalStateException(feature.getEContainingClass().getName() + "." + feature.getName()
                    + ": annotation shownWhen='" + condition + "' is not of the form field=A,B or field!=A");
        }
        return new Condition(name, unless, Arrays.stream(condition.substring(eq + 1).split(",")).map(String::trim).toList());
    }

    /**
     * Whether the field applies to {@code owner} as it is: true unless its {@code shownWhen} names another
     * field whose value (an enum literal's name, or the value as text) is not among those listed
     * ({@code optimizer=ADAMW,LION}), or is among them ({@code convRank!=0}).
     */
    public static boolean applies(EObject owner, EStructuralFeature feature) {
        Condition condition = shownWhen(feature);
        if (condition == null) {
            return true;
        }
        EStructuralFeature other = owner.eClass().getEStructuralFeature(condition.field());
        if (other == null) {
            throw new IllegalStateException(feature.getEContainingClass().getName() + "." + feature.getName()
                    + ": annotation shownWhen='" + get(feature, "shownWhen") + "' does not name a field");
        }
        return condition.values().contains(text(owner.eGet(other))) != condition.unless();
    }

    /** A value as {@code shownWhen} lists it: an enum literal's name, else the value as text. */
    static String text(Object value) {
        return value instanceof EEnumLiteral literal ? literal.getName()
                : value instanceof Enumerator enumerator ? enumerator.getName() : String.valueOf(value);
    }

    /**
     * The values a configuration class sets for its method in its {@code defaults} detail
     * ({@code learningRate=5e-3; weightDecay=0}), by field name in their order; empty when it sets none.
     *
     * @throws IllegalStateException when a part is not of the form {@code field=value}
     */
    public static Map<String, String> defaults(EClass configClass) {
        String defaults = get(configClass, "defaults");
        Map<String, String> values = new LinkedHashMap<>();
        if (defaults == null) {
            return values;
        }
        for (String pair : defaults.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                if (pair.isBlank()) {
                    continue;
                }
                throw new IllegalStateException(configClass.getName() + ": annotation defaults='" + defaults + "': '"
                        + pair.strip() + "' is not of the form field=value");
            }
            values.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return values;
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
