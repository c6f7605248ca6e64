package org.atelier.ui.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.atelier.core.runs.ChildJvm;
import org.atelier.core.runs.RunSettings;
import org.atelier.diffusion.worker.WorkerProtocol;

/**
 * A generation worker ({@link WorkerProtocol#APPLICATION}) started by the workbench in a JVM of its own, with the
 * workbench's settings (device, threads, tokenizer...): requests go to its standard input, its events come back in
 * order, its error stream goes to a log file. When it dies (killed, crashed, out of memory), the one waiting for an
 * event hears it, not the workbench.
 */
public final class WorkerProcess implements AutoCloseable {

    /** How long a worker asked to end may take before it is stopped. */
    private static final long CLOSE_GRACE_SECONDS = 5;

    private final Process process;
    private final Path log;
    private final BlockingQueue<WorkerProtocol.Event> events = new LinkedBlockingQueue<>();
    private volatile boolean outputEnded;

    private WorkerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        Thread pump = new Thread(this::pump, "atelier-worker-events " + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Starts a worker whose error stream goes to {@code log} (written anew).
     *
     * @throws IOException when the process cannot start
     */
    public static WorkerProcess start(Path log) throws IOException {
        Path configuration = ChildJvm.newConfiguration();
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(WorkerProtocol.APPLICATION, configuration,
                RunSettings.current(), List.of()))
                .redirectError(Redirect.to(log.toFile()));
        builder.environment().putIfAbsent("OPT_OUT_TRACKING", "true");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            ChildJvm.deleteConfiguration(configuration);
            throw e;
        }
        process.onExit().thenRun(() -> ChildJvm.deleteConfiguration(configuration));
        return new WorkerProcess(process, log);
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Optional<WorkerProtocol.Event> event = WorkerProtocol.event(line);
                if (event.isPresent()) {
                    events.add(event.get());
                }
                // anything else is a library printing past the worker's guard: not an event, nothing to show
            }
        } catch (IOException e) {
            // the process is gone
        } finally {
            outputEnded = true;
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Where the worker's error stream goes. */
    public Path log() {
        return log;
    }

    /**
     * Sends a request.
     *
     * @throws WorkerDiedException when the worker no longer reads
     */
    public synchronized void send(WorkerProtocol.Request request) throws WorkerDiedException {
        try {
            OutputStream in = process.getOutputStream();
            in.write((WorkerProtocol.encode(request) + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw died();
        }
    }

    /**
     * The next event, waiting up to {@code millis}; null when none came in that time.
     *
     * @throws WorkerDiedException when the worker has ended and said all it had to say
     */
    public WorkerProtocol.Event next(long millis) throws WorkerDiedException, InterruptedException {
        WorkerProtocol.Event event = events.poll(millis, TimeUnit.MILLISECONDS);
        if (event == null && outputEnded && events.isEmpty()) {
            throw died();
        }
        return event;
    }

    private WorkerDiedException died() {
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new WorkerDiedException(process.isAlive() ? "stopped answering" : ChildJvm.describeExit(process.exitValue()), log);
    }

    /** Ends the worker: its input closes, which it answers by ending; stopped if it has not within a few seconds. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // it no longer reads: it is ending already
        }
        process.onExit().completeOnTimeout(null, CLOSE_GRACE_SECONDS, TimeUnit.SECONDS).thenRun(() -> {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        });
    }

    /** The worker ended before it answered. */
    public static final class WorkerDiedException extends IOException {

        private static final long serialVersionUID = 1L;

        private final String how;

        WorkerDiedException(String how, Path log) {
            super("the worker process ended (" + how + "); its log: " + log);
            this.how = how;
        }

        /** "exit code 137, killed". */
        public String how() {
            return how;
        }
    }
}
