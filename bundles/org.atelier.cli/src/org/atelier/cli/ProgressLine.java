package org.atelier.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.atelier.core.runs.RunEvents;

/**
 * Shows a run's progress on the terminal: one line redrawn in place when the output is a terminal; otherwise a
 * line for every tenth of the work, so that logs stay short.
 */
final class ProgressLine implements RunEvents.Listener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private String lastMetrics = "";
    private long lastDecile = -1;
    private boolean open;

    ProgressLine(PrintStream out) {
        this(out, System.console() != null && out == System.out);
    }

    ProgressLine(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        double fraction = total > 0 ? Math.min(1.0, (double) done / total) : 0;
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        String eta = done > 0 && done < total ? String.format(Locale.ROOT, ", ETA %s",
                org.atelier.core.runs.Durations.clock(java.time.Duration.ofMillis((long) (elapsed / done * (total - done) * 1000)))) : "";
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
                out.println(line);
            }
        }
    }

    @Override
    public synchronized void metrics(long step, Map<String, Double> values) {
        lastMetrics = values.isEmpty() ? "" : "  " + values.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.4g", e.getValue()))
                .collect(Collectors.joining("  "));
    }

    @Override
    public synchronized void log(String line) {
        endLine();
        out.println("  " + line);
    }

    synchronized void interrupt(String message) {
        endLine();
        out.println(message);
    }

    synchronized void finish() {
        endLine();
    }

    private void endLine() {
        if (open) {
            out.println();
            open = false;
        }
    }
}
