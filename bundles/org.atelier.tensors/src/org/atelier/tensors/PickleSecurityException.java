package org.atelier.tensors;

import java.nio.file.Path;

/** A pickle that asks for something outside the whitelist (code, or a class we do not rebuild). */
public class PickleSecurityException extends TensorFileException {

    private static final long serialVersionUID = 1L;

    public PickleSecurityException(Path file, String reason) {
        super(file, reason);
    }
}
