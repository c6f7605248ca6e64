package org.atelier.common;

import java.nio.file.Path;

/**
 * Atelier's cache folder, where what is worth remembering between processes lives (model hashes, the device's
 * speed): {@code -Datelier.cache}, else {@code $XDG_CACHE_HOME/atelier}, else {@code ~/.cache/atelier}. What is kept
 * there can always be worked out again: a cache that cannot be read or written is only not used.
 */
public final class CacheFolder {

    /** The system property naming the folder. */
    public static final String PROPERTY = "atelier.cache";

    private CacheFolder() {
    }

    public static Path path() {
        String configured = System.getProperty(PROPERTY);
        String xdg = System.getenv("XDG_CACHE_HOME");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : xdg != null && !xdg.isBlank() ? Path.of(xdg, "atelier")
                : Path.of(System.getProperty("user.home"), ".cache", "atelier");
    }
}
