package org.atelier.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Checks what a configuration class's {@link UiAnnotations} refer to, so that a misspelt name fails when the method
 * is registered rather than in a form or in the middle of a run: every {@code shownWhen} names a field of the class
 * and lists values that field can have, every {@code defaults} entry sets a field to a value of its type, and every
 * {@code min} and {@code max} is a number.
 */
public final class AnnotationCheck {

    private AnnotationCheck() {
    }

    /** What is wrong with the annotations of {@code configClass} and of the fields it has, one line each; empty when nothing. */
    public static List<String> problems(EClass configClass) {
        List<String> problems = new ArrayList<>();
        for (EStructuralFeature feature : configClass.getEAllStructuralFeatures()) {
            check(() -> UiAnnotations.min(feature), problems);
            check(() -> UiAnnotations.max(feature), problems);
            checkShownWhen(configClass, feature, problems);
        }
        checkDefaults(configClass, problems);
        return problems;
    }

    /** Reads a bound: a number, or the problem added. */
    private static void check(Supplier<Double> bound, List<String> problems) {
        try {
            bound.get();
        } catch (IllegalStateException e) {
            problems.add(e.getMessage());
        }
    }

    private static void checkShownWhen(EClass configClass, EStructuralFeature feature, List<String> problems) {
        String where = feature.getEContainingClass().getName() + "." + feature.getName() + ": annotation shownWhen='"
                + UiAnnotations.get(feature, "shownWhen") + "'";
        UiAnnotations.Condition condition;
        try {
            condition = UiAnnotations.shownWhen(feature);
        } catch (IllegalStateException e) {
            problems.add(e.getMessage());
            return;
        }
        if (condition == null) {
            return;
        }
        EAttribute field = attribute(configClass, condition.field(), where, problems);
        if (field == null) {
            return;
        }
        for (String value : condition.values()) {
            String wrong = shownValue(field, value);
            if (wrong != null) {
                problems.add(where + ": " + wrong);
            }
        }
    }

    /** Why {@code value} can never be the text {@code shownWhen} compares for {@code field}; null when it can. */
    private static String shownValue(EAttribute field, String value) {
        EDataType type = field.getEAttributeType();
        if (type instanceof EEnum e) {
            return e.getEEnumLiteral(value) != null ? null
                    : "'" + value + "' is not a literal of " + field.getName() + " (" + e.getName() + ")";
        }
        Object parsed;
        try {
            parsed = EcoreUtil.createFromString(type, value);
        } catch (RuntimeException e) {
            return "'" + value + "' is not a value of " + field.getName() + " (" + type.getName() + ")";
        }
        String shown = UiAnnotations.text(parsed);
        return shown.equals(value) ? null
                : "'" + value + "' never matches: a value of " + field.getName() + " reads " + shown;
    }

    private static void checkDefaults(EClass configClass, List<String> problems) {
        String where = configClass.getName() + ": annotation defaults='" + UiAnnotations.get(configClass, "defaults") + "'";
        Map<String, String> defaults;
        try {
            defaults = UiAnnotations.defaults(configClass);
        } catch (IllegalStateException e) {
            problems.add(e.getMessage());
            return;
        }
        defaults.forEach((name, value) -> {
            EAttribute field = attribute(configClass, name, where, problems);
            if (field != null) {
                try {
                    EcoreUtil.createFromString(field.getEAttributeType(), value);
                } catch (RuntimeException e) {
                    problems.add(where + ": '" + value + "' is not a value of " + name + " (" + field.getEAttributeType().getName()
                            + ")");
                }
            }
        });
    }

    /** The attribute of that name, or null with the problem added. */
    private static EAttribute attribute(EClass configClass, String name, String where, List<String> problems) {
        EStructuralFeature feature = configClass.getEStructuralFeature(name);
        if (feature == null) {
            problems.add(where + ": '" + name + "' is no field of " + configClass.getName());
            return null;
        }
        if (!(feature instanceof EAttribute attribute)) {
            problems.add(where + ": '" + name + "' is a reference, which has no values to compare or set");
            return null;
        }
        return attribute;
    }
}
