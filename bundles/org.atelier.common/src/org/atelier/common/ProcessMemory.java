package org.atelier.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's memory as Linux reports it (the benchmarks' peak resident figures): elsewhere the answers are
 * -1 or "unknown", never a guess.
 */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** The peak resident set (VmHWM) in bytes, since the process started or {@link #resetPeak()}; -1 if unknown. */
    public static long peakResident() {
        return kilobytes(Path.of("/proc/self/status"), "VmHWM:");
    }

    /** Starts the peak resident set afresh ({@code 5 > /proc/self/clear_refs}); false where that cannot be done. */
    public static boolean resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The machine's memory (MemTotal) in bytes; -1 if unknown. */
    public static long physical() {
        return kilobytes(Path.of("/proc/meminfo"), "MemTotal:");
    }

    private static long kilobytes(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }
}
