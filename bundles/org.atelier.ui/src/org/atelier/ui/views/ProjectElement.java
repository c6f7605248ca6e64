package org.atelier.ui.views;

import org.eclipse.core.resources.IProject;

/** An element of the Training Projects view that belongs to a project (a group, a base model, a run, ...). */
public interface ProjectElement {
    IProject project();
}
