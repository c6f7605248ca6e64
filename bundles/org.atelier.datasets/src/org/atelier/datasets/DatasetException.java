package org.atelier.datasets;

import org.atelier.common.BadInput;

/**
 * A dataset cannot be used as it is: a folder without images, images without captions when the dataset says to
 * stop, a taken id. The message names the dataset, the folder or file, and the reason.
 */
public final class DatasetException extends RuntimeException implements BadInput {

    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }
}
