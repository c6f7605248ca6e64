package org.atelier.core.project;

import java.nio.file.Path;

import org.atelier.common.BadInput;

/** A project, experiment or run file that cannot be read; the message names the file and the reason. */
public class ModelException extends Exception implements BadInput {

    private static final long serialVersionUID = 1L;

    private final Path file;

    public ModelException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public ModelException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
