package org.atelier.cli.internal;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.atelier.common.Durations;
import org.atelier.core.model.Run;
import org.atelier.core.runs.Runs;

/** Runs in a table: id, method, status, start, duration and reason. */
final class RunTable {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private RunTable() {
    }

    static void print(PrintWriter out, List<Runs.RunInfo> runs) {
        String format = "%-36s %-24s %-10s %-19s %9s  %s%n";
        out.printf(format, "RUN", "METHOD", "STATUS", "STARTED", "DURATION", "MESSAGE");
        for (Runs.RunInfo info : runs) {
            Run run = info.run();
            out.printf(format, run.getId(), run.getExperiment().getMethod(),
                    info.status().getLiteral().toLowerCase(Locale.ROOT),
                    run.getStarted() == null ? "-" : STARTED.format(run.getStarted().toInstant()),
                    info.duration() == null ? "-" : Durations.clock(info.duration()),
                    info.message() == null ? "" : info.message());
        }
    }
}
