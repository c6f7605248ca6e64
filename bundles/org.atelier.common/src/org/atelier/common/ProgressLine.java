package org.atelier.common;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shows a run's progress on the terminal: one line redrawn in place when the output is a terminal; otherwise a
 * line for every tenth of the work, so that logs stay short. Long work in every command shows its progress
 * through one of these.
 */
public final class ProgressLine {

    private static final int WIDTH = 30;

    /** The writer of this process's terminal, when it has one: there the line is redrawn in place. */
    private static volatile PrintWriter interactive;

    private final PrintWriter out;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private String lastMetrics = "";
    private long lastDecile = -1;
    private boolean open;

    /** A progress line on {@code out}, redrawn in place when {@code out} is the terminal's. */
    public ProgressLine(PrintWriter out) {
        this(out, out == interactive);
    }

    public ProgressLine(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    public ProgressLine(PrintStream out) {
        this(new PrintWriter(out, true), System.console() != null && out == System.out);
    }

    /** Says which writer is the terminal's (the command line's standard output when a console is attached). */
    public static void setInteractive(PrintWriter terminal) {
        interactive = terminal;
    }

    public synchronized void progress(long done, long total, String message) {
        double fraction = total > 0 ? Math.min(1.0, (double) done / total) : 0;
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        String eta = done > 0 && done < total ? String.format(Locale.ROOT, ", ETA %s",
                Durations.clock(java.time.Duration.ofMillis((long) (elapsed / done * (total - done) * 1000)))) : "";
        int filled = (int) Math.round(fraction * WIDTH);
        String line = String.format(Locale.ROOT, "[%s%s] %3.0f%% %d/%d%s %s%s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), fraction * 100, done, total, eta, message == null ? "" : message, lastMetrics);
        if (terminal) {
            out.print("\r" + line + "\u001b[K");
            out.flush();
            open = true;
        } else {
            long decile = (long) Math.floor(fraction * 10);
            if (decile != lastDecile) {
                lastDecile = decile;
                println(line);
            }
        }
    }

    public synchronized void metrics(long step, Map<String, Double> values) {
        lastMetrics = values.isEmpty() ? "" : "  " + values.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.4g", e.getValue()))
                .collect(Collectors.joining("  "));
    }

    public synchronized void log(String line) {
        endLine();
        println("  " + line);
    }

    public synchronized void interrupt(String message) {
        endLine();
        println(message);
    }

    public synchronized void finish() {
        endLine();
    }

    private void endLine() {
        if (open) {
            println("");
            open = false;
        }
    }

    private void println(String text) {
        out.println(text);
        out.flush();
    }
}
