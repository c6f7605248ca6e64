package org.atelier.tensors;

import java.io.IOException;
import java.nio.file.Path;

import org.atelier.common.BadInput;

/** A tensor file that cannot be read or written as asked; the message names the file, the place and the reason. */
public class TensorFileException extends IOException implements BadInput {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public TensorFileException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public TensorFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
