package org.atelier.ui.generate;

import java.nio.file.Path;

import org.atelier.diffusion.worker.WorkerProtocol;
import org.atelier.ui.worker.WorkerProcess;
import org.atelier.ui.worker.WorkerProcess.WorkerDiedException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The Generate view's worker process, kept between generations so that the model stays loaded: one generation at a
 * time, with a step of progress per sampling step and the monitor's cancel passed on. A worker that died is
 * replaced by a new one at the next generation.
 */
final class GenerationWorker implements AutoCloseable {

    /** How often a generation looks at its monitor for a cancel. */
    private static final long POLL_MILLIS = 100;

    enum Ending {
        MADE, CANCELLED, FAILED
    }

    /** How a generation ended: the image's file, seed and seconds when it was made, else what to say. */
    record Outcome(Ending ending, Path file, long seed, double seconds, String message) {

        static Outcome failed(String message) {
            return new Outcome(Ending.FAILED, null, 0, 0, message);
        }
    }

    private final Path log;
    /** Written by the generation job only; read by the view (its pid) and closed when the view goes. */
    private volatile WorkerProcess worker;
    private long lastId;
    private volatile int stepsDone;

    /** @param log where the worker's error stream goes */
    GenerationWorker(Path log) {
        this.log = log;
    }

    /**
     * Generates {@code request} (its id is given here) in the worker, started when there is none or it died; returns
     * when the worker says how it went. One generation at a time.
     */
    Outcome generate(WorkerProtocol.Generate request, IProgressMonitor monitor) throws InterruptedException {
        WorkerProcess worker = this.worker;
        if (worker == null || !worker.isAlive()) {
            monitor.subTask("Starting the generation worker");
            try {
                worker = WorkerProcess.start(log);
            } catch (java.io.IOException e) {
                return Outcome.failed("The generation worker could not start: " + e.getMessage());
            }
            this.worker = worker;
        }
        long id = ++lastId;
        stepsDone = 0;
        boolean cancelSent = false;
        try {
            worker.send(request.withId(id));
            while (true) {
                if (monitor.isCanceled() && !cancelSent) {
                    worker.send(new WorkerProtocol.Cancel(id));
                    monitor.subTask("Cancelling at the end of this step");
                    cancelSent = true;
                }
                WorkerProtocol.Event event = worker.next(POLL_MILLIS);
                if (event instanceof WorkerProtocol.Progress progress && progress.id() == id) {
                    if (progress.done() > stepsDone) {
                        monitor.worked(progress.done() - stepsDone);
                        stepsDone = progress.done();
                    }
                    if (!cancelSent) {
                        monitor.subTask(progress.message());
                    }
                } else if (event instanceof WorkerProtocol.Done result && result.id() == id) {
                    return new Outcome(Ending.MADE, result.file(), result.seed(), result.seconds(), null);
                } else if (event instanceof WorkerProtocol.Cancelled cancelled && cancelled.id() == id) {
                    return new Outcome(Ending.CANCELLED, null, 0, 0, "Cancelled");
                } else if (event instanceof WorkerProtocol.Failed failed && (failed.id() == id || failed.id() == 0)) {
                    return Outcome.failed(failed.message());
                }
                // anything else belongs to an earlier generation that ended before its cancel arrived
            }
        } catch (WorkerDiedException e) {
            this.worker = null;
            return Outcome.failed("The generation worker stopped (" + e.how() + ") before the image was made; the next"
                    + " generation starts a new one (its log: " + log + ")");
        }
    }

    /** The steps done of the generation running, or of the last one. */
    int stepsDone() {
        return stepsDone;
    }

    /** The process id of the worker, while there is one (for tests). */
    long pid() {
        WorkerProcess current = worker;
        return current == null ? -1 : current.pid();
    }

    @Override
    public void close() {
        WorkerProcess current = worker;
        worker = null;
        if (current != null) {
            current.close();
        }
    }
}
