package org.atelier.common;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them: on a clock ({@code 1:19}) in lists, in words ({@code 1 min 19 s}) in sentences. */
public final class Durations {

    private Durations() {
    }

    /** {@code 4.2 s}, {@code 1:19}, {@code 2:05:00}. */
    public static String clock(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** {@code 4.2 s}, {@code 78 s}... {@code 1 min 19 s}, {@code 2 h 05 min}. */
    public static String words(double seconds) {
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + String.format(Locale.ROOT, "%02d s", s % 60);
        }
        return s / 3600 + " h " + String.format(Locale.ROOT, "%02d min", s / 60 % 60);
    }
}
