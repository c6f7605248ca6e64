package org.atelier.core.validation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Names model objects the way messages and the workbench show them. */
public final class Labels {

    private Labels() {
    }

    /** {@code experiment 'demo'}, {@code dataset 'pets'}, {@code config}. */
    public static String of(EObject object) {
        if (object == null) {
            return "";
        }
        String kind = kind(object);
        String name = name(object);
        return name == null ? kind : kind + " '" + name + "'";
    }

    /** The object's label preceded by its containers': {@code dataset 'pets' › subsets[1]}. */
    public static String path(EObject object) {
        if (object == null) {
            return "";
        }
        EObject container = object.eContainer();
        if (container == null || name(object) != null) {
            return of(object);
        }
        EStructuralFeature feature = object.eContainingFeature();
        String step = feature.getName();
        if (feature.isMany()) {
            step += "[" + ((java.util.List<?>) container.eGet(feature)).indexOf(object) + "]";
        }
        return path(container) + " › " + step;
    }

    private static String kind(EObject object) {
        String className = object.eClass().getName();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < className.length(); i++) {
            char c = className.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                words.append(' ');
            }
            words.append(Character.toLowerCase(c));
        }
        return words.toString();
    }

    private static String name(EObject object) {
        for (String attribute : new String[] { "id", "name" }) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(attribute);
            if (feature instanceof EAttribute && object.eGet(feature) instanceof String value && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
