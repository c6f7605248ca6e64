package org.atelier.ui.views;

import java.nio.file.Path;

/** A run of a training project, as the Training Projects view shows it (what its commands act on). */
public interface RunElement extends ProjectElement {

    /** The run's folder ({@code runs/<id>}). */
    Path folder();
}
