package org.atelier.ui.worker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.atelier.diffusion.worker.WorkerProtocol;
import org.atelier.runtime.DeviceSpeed;
import org.atelier.ui.AtelierUi;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The device's speed for the workbench's time estimates, which must not start the engine here: measured in a
 * worker process, once for the settings of the moment, and remembered where every process finds it
 * ({@link DeviceSpeed}). A measurement that failed is not tried again until the settings change.
 */
public final class DeviceSpeedProbe {

    /** How often the measuring job looks at its monitor for a cancel. */
    private static final long POLL_MILLIS = 200;

    private static String measuredKey;
    private static CompletableFuture<DeviceSpeed.Figure> measuring;

    private DeviceSpeedProbe() {
    }

    /**
     * The figure: at once when it is known, else when a worker has measured it (a measurement is started unless one
     * for these settings is under way or has failed). The future fails with the reason when it cannot be measured.
     */
    public static synchronized CompletableFuture<DeviceSpeed.Figure> measure() {
        Optional<DeviceSpeed.Figure> known = DeviceSpeed.remembered();
        if (known.isPresent()) {
            return CompletableFuture.completedFuture(known.get());
        }
        // the store's file too: the figure a finished measurement remembered is found under both, so it is not asked again
        String key = DeviceSpeed.file() + "\n" + DeviceSpeed.key();
        if (measuring != null && key.equals(measuredKey)) {
            return measuring;
        }
        CompletableFuture<DeviceSpeed.Figure> result = new CompletableFuture<>();
        measuredKey = key;
        measuring = result;
        Job job = Job.create("Measuring this machine's speed for the time estimates",
                (org.eclipse.core.runtime.jobs.IJobFunction) monitor -> measure(result, monitor));
        job.setSystem(true);
        job.schedule();
        return result;
    }

    private static IStatus measure(CompletableFuture<DeviceSpeed.Figure> result, org.eclipse.core.runtime.IProgressMonitor monitor) {
        Path log = AtelierUi.getDefault().getStateLocation().toFile().toPath().resolve("speed-worker.log");
        try (WorkerProcess worker = WorkerProcess.start(log)) {
            worker.send(new WorkerProtocol.Measure());
            while (!monitor.isCanceled()) {
                WorkerProtocol.Event event = worker.next(POLL_MILLIS);
                if (event instanceof WorkerProtocol.Speed speed) {
                    DeviceSpeed.Figure figure = new DeviceSpeed.Figure(speed.device(), speed.operationsPerSecond());
                    // the worker remembered it too; this makes sure this process knows it under its own settings
                    DeviceSpeed.remember(figure);
                    result.complete(figure);
                    return Status.OK_STATUS;
                }
                if (event instanceof WorkerProtocol.Failed failed) {
                    result.completeExceptionally(new IOException(failed.message()));
                    return Status.OK_STATUS;
                }
            }
            result.completeExceptionally(new IOException("cancelled"));
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            result.completeExceptionally(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.completeExceptionally(e);
        }
        return Status.OK_STATUS;
    }
}
