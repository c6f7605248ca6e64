package org.atelier.training;

import org.atelier.common.BadInput;

/**
 * Training cannot go on because of its input: a dataset folder without images, images without captions when the
 * configuration says to stop, a placeholder token the vocabulary has. The message names the file or field and the
 * reason.
 */
public final class TrainingException extends RuntimeException implements BadInput {

    private static final long serialVersionUID = 1L;

    public TrainingException(String message) {
        super(message);
    }
}
