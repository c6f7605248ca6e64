package org.atelier.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An image's loss mask, as OneTrainer keeps it: a picture beside the image named {@code <image name>-masklabel.png}
 * ({@code cat.jpg} has {@code cat-masklabel.png}), white where the loss counts and black where it does not, greys
 * between. Masks are not training images themselves.
 */
public final class Masks {

    /** What a mask's name ends with. */
    public static final String SUFFIX = "-masklabel.png";

    private Masks() {
    }

    /** The mask of {@code image}, or null when it has none. */
    public static Path of(Path image) {
        String name = image.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path mask = image.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
        return Files.isRegularFile(mask) ? mask : null;
    }

    /** Whether {@code file} is a mask (by its name). */
    public static boolean isMask(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }
}
