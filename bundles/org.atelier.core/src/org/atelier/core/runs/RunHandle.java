package org.atelier.core.runs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.atelier.core.model.Run;
import org.atelier.core.model.RunStatus;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * A run whose process was started by this one: relays its events, can cancel it, and records how it
 * ended once the process is gone, whatever the way it went.
 */
public final class RunHandle {

    /** How long a cancelled run may take to stop by itself before its process is stopped. */
    static final long CANCEL_GRACE_MILLIS = 10_000;

    private final Path folder;
    private final Process process;
    private final Path configuration;
    private final Thread pump;
    private volatile boolean cancelRequested;
    private RunStatus outcome;

    RunHandle(Path folder, Process process, Path configuration, RunEvents.Listener listener) {
        this.folder = folder;
        this.process = process;
        this.configuration = configuration;
        this.pump = new Thread(() -> pump(listener), "atelier-run-events " + folder.getFileName());
        pump.setDaemon(true);
        pump.start();
    }

    public Path folder() {
        return folder;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private void pump(RunEvents.Listener listener) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                try {
                    RunEvents.dispatch(line, listener);
                } catch (RuntimeException e) {
                    // a listener's failure must not stop the relay: the run goes on either way
                }
            }
        } catch (IOException e) {
            // the process is gone; waitFor records how it ended
        }
    }

    /**
     * Asks the run to stop: the method sees {@link org.atelier.core.methods.RunContext#isCancelled()} and
     * returns; if it has not ended within the grace period its process is stopped.
     */
    public void cancel() {
        cancelRequested = true;
        try {
            OutputStream in = process.getOutputStream();
            in.write("cancel\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            // the process no longer reads: it is ending already
        }
        Thread stopper = new Thread(() -> {
            try {
                if (!process.waitFor(CANCEL_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                    process.destroy();
                    if (!process.waitFor(5, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }, "atelier-run-cancel " + folder.getFileName());
        stopper.setDaemon(true);
        stopper.start();
    }

    /** Waits for the run's process to end, records the outcome in run.xmi and returns it. */
    public synchronized RunStatus waitFor() throws InterruptedException, IOException {
        if (outcome != null) {
            return outcome;
        }
        int exitCode = process.waitFor();
        pump.join(5_000);
        outcome = finish(exitCode);
        ChildJvm.deleteConfiguration(configuration);
        return outcome;
    }

    private RunStatus finish(int exitCode) throws IOException {
        ResourceSet resources = ProjectStore.newResourceSet();
        Run run;
        try {
            run = ProjectStore.loadRun(resources, folder);
        } catch (ModelException e) {
            throw new IOException("the run's record could not be read after its process ended", e);
        }
        if (run.getStatus() == RunStatus.QUEUED || run.getStatus() == RunStatus.RUNNING) {
            removeTemporaries();
            if (cancelRequested) {
                run.setStatus(RunStatus.CANCELLED);
                run.setMessage("cancelled; the process was stopped");
            } else {
                run.setStatus(RunStatus.FAILED);
                run.setMessage("the run's process ended (" + ChildJvm.describeExit(exitCode) + ") before the run finished; see "
                        + RunLauncher.LOG_FILE);
            }
        }
        run.setExitCode(exitCode);
        if (run.getFinished() == null) {
            run.setFinished(new Date());
        }
        ProjectStore.save(run.eResource());
        return run.getStatus();
    }

    /**
     * Deletes the half-written temporaries ({@code .<name>.<n>.part}) of a process that was stopped before it
     * could: every file of a run is written under such a name and renamed when done.
     */
    private void removeTemporaries() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(".") && name.endsWith(".part");
            }).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary left behind is hidden and harmless
        }
    }
}
