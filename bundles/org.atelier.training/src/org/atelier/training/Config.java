package org.atelier.training;

import org.atelier.core.model.MethodConfig;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Reads a method's configuration (a dynamic EObject) by feature name, saying which feature is missing. */
public final class Config {

    private final MethodConfig config;

    public Config(MethodConfig config) {
        this.config = config;
    }

    public MethodConfig object() {
        return config;
    }

    public Object value(String feature) {
        EStructuralFeature f = config.eClass().getEStructuralFeature(feature);
        if (f == null) {
            throw new IllegalArgumentException(config.eClass().getName() + " has no '" + feature + "'");
        }
        return config.eGet(f);
    }

    public int integer(String feature) {
        return ((Number) value(feature)).intValue();
    }

    public double number(String feature) {
        return ((Number) value(feature)).doubleValue();
    }

    public boolean flag(String feature) {
        return Boolean.TRUE.equals(value(feature));
    }

    /** A string feature, {@code ""} when unset. */
    public String text(String feature) {
        Object v = value(feature);
        return v == null ? "" : v.toString();
    }

    /** Sets a feature of a configuration: an enum feature by its literal's name ({@code "FP32"}). */
    public static void set(MethodConfig config, String feature, Object value) {
        EStructuralFeature f = config.eClass().getEStructuralFeature(feature);
        if (f == null) {
            throw new IllegalArgumentException(config.eClass().getName() + " has no '" + feature + "'");
        }
        config.eSet(f, f.getEType() instanceof org.eclipse.emf.ecore.EEnum e && value instanceof String literal
                ? e.getEEnumLiteral(literal) : value);
    }

    /** The literal of an enum feature ({@code "ADAMW"}). */
    public String literal(String feature) {
        Object v = value(feature);
        return v instanceof EEnumLiteral l ? l.getLiteral() : v instanceof org.eclipse.emf.common.util.Enumerator e ? e.getLiteral() : String.valueOf(v);
    }
}
