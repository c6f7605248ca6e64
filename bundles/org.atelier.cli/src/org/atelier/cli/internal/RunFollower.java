package org.atelier.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.atelier.common.Durations;
import org.atelier.common.Exits;
import org.atelier.common.ProgressLine;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.Run;
import org.atelier.core.model.RunStatus;
import org.atelier.core.project.ModelException;
import org.atelier.core.runs.Interrupts;
import org.atelier.core.runs.InvalidRunException;
import org.atelier.core.runs.RunEvents;
import org.atelier.core.runs.RunHandle;
import org.atelier.core.runs.RunLauncher;
import org.atelier.core.runs.Runs;
import org.atelier.core.validation.Problem;

/** Starts a run (a new one, or one resumed) in its own process and follows it to its end on a progress line. */
final class RunFollower {

    /** How the run starts. */
    interface Starter {
        RunHandle start(RunLauncher launcher, RunEvents.Listener listener) throws ModelException, IOException, InvalidRunException;
    }

    private RunFollower() {
    }

    /** Runs the experiment in {@code experiment} to its end. */
    static int run(PrintWriter out, PrintWriter err, Path experiment) throws ModelException, IOException, InterruptedException {
        return follow(out, err, experiment, (launcher, listener) -> launcher.start(experiment, listener));
    }

    /** Follows a run to its end; the exit code says how it ended. */
    static int follow(PrintWriter out, PrintWriter err, Path what, Starter starter)
            throws ModelException, IOException, InterruptedException {
        ProgressLine progress = new ProgressLine(out);
        RunHandle handle;
        try {
            handle = starter.start(new RunLauncher(MethodRegistry.getDefault()), RunEvents.Listener.showing(progress));
        } catch (InvalidRunException e) {
            e.problems().stream().filter(Problem::isError).forEach(err::println);
            err.println("atelier: " + what + ": not run: " + (Files.isDirectory(what) ? "it cannot be resumed"
                    : "the experiment has errors"));
            return Exits.INVALID;
        }
        out.println("Run " + handle.folder().getFileName() + " started (process " + handle.pid() + "); folder "
                + handle.folder());
        out.flush();
        Interrupts.onInterrupt(() -> {
            progress.interrupt("cancelling (waiting for the run to stop)...");
            handle.cancel();
        });
        RunStatus status = handle.waitFor();
        progress.finish();
        Runs.RunInfo info = Runs.read(handle.folder());
        Run run = info.run();
        String duration = info.duration() == null ? "" : " in " + Durations.clock(info.duration());
        String line = "Run " + run.getId() + " " + status.getLiteral().toLowerCase(Locale.ROOT) + duration
                + (run.getMessage() == null ? "" : ": " + run.getMessage());
        if (status == RunStatus.SUCCEEDED) {
            out.println(line);
            for (String artifact : run.getArtifacts()) {
                out.println("  output: " + handle.folder().resolve(artifact));
            }
            return Exits.OK;
        }
        err.println("atelier: " + line);
        return Exits.FAILED;
    }
}
