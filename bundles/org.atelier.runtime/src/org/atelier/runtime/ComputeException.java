package org.atelier.runtime;

/** The compute engine cannot do what was asked: it did not start, or a device is missing. */
public class ComputeException extends Exception {

    private static final long serialVersionUID = 1L;

    public ComputeException(String message) {
        super(message);
    }

    public ComputeException(String message, Throwable cause) {
        super(message, cause);
    }
}
