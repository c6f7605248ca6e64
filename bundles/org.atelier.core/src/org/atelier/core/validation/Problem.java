package org.atelier.core.validation;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One thing wrong with a project or an experiment: the file, the object and field, and the reason.
 *
 * @param severity how bad it is: an error stops a run, a warning does not
 * @param file     the file that holds the object
 * @param object   the object at fault
 * @param feature  the field at fault, or null when the object as a whole is
 * @param message  the reason, in words a user understands
 */
public record Problem(Severity severity, Path file, EObject object, EStructuralFeature feature, String message) {

    public enum Severity {
        ERROR, WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Where in the file: {@code dataset 'pets' › subsets[0] › path}. */
    public String location() {
        String where = Labels.path(object);
        return feature == null ? where : where + " › " + feature.getName();
    }

    @Override
    public String toString() {
        return file + ": " + severity.name().toLowerCase() + ": " + location() + ": " + message;
    }
}
