package org.atelier.ui.views;

import java.nio.file.Path;

import org.atelier.core.model.BaseModel;
import org.atelier.ui.workspace.TrainingWorkspace;

/** A base model of a training project, as the Training Projects view shows it (what its commands act on). */
public interface BaseModelElement extends ProjectElement {

    BaseModel baseModel();

    /** The model's file or folder: its path, relative to the project's folder unless absolute. */
    default Path file() {
        return TrainingWorkspace.path(project()).resolve(baseModel().getPath()).normalize();
    }
}
