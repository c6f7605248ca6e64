package org.atelier.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atelier.common.AtomicFiles;

/**
 * The caption file beside an image: {@code <name><extension>} (the dataset's caption extension, {@code .txt} when it
 * names none), else {@code <name>.caption}, as kohya reads them.
 */
public final class CaptionFiles {

    private CaptionFiles() {
    }

    /** The image's caption file: the one that exists, else the one a new caption is written to. */
    public static Path of(Path image, String extension) {
        List<Path> candidates = candidates(image, extension);
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(candidates.get(0));
    }

    /** The caption beside an image, its lines joined with commas, or null when there is no caption file. */
    public static String read(Path image, String extension) throws IOException {
        Path file = of(image, extension);
        return Files.isRegularFile(file)
                ? Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll("\\s*\\R\\s*", ", ")
                : null;
    }

    /** Writes the image's caption, whole or not at all. */
    public static void write(Path image, String extension, String caption) throws IOException {
        AtomicFiles.writeString(of(image, extension), caption.strip() + "\n");
    }

    private static List<Path> candidates(Path image, String extension) {
        String name = image.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        String own = extension == null || extension.isBlank() ? ".txt" : extension.startsWith(".") ? extension : "." + extension;
        return List.of(image.resolveSibling(base + own), image.resolveSibling(base + ".caption"));
    }
}
