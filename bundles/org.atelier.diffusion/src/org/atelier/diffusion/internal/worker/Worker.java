package org.atelier.diffusion.internal.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.atelier.diffusion.Png;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.customdiffusion.CustomDiffusionFiles;
import org.atelier.diffusion.hypernetwork.Hypernetwork;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.diffusion.worker.WorkerProtocol;
import org.atelier.diffusion.worker.WorkerProtocol.Cancel;
import org.atelier.diffusion.worker.WorkerProtocol.Cancelled;
import org.atelier.diffusion.worker.WorkerProtocol.Done;
import org.atelier.diffusion.worker.WorkerProtocol.Event;
import org.atelier.diffusion.worker.WorkerProtocol.Failed;
import org.atelier.diffusion.worker.WorkerProtocol.Generate;
import org.atelier.diffusion.worker.WorkerProtocol.Progress;
import org.atelier.diffusion.worker.WorkerProtocol.Quit;
import org.atelier.diffusion.worker.WorkerProtocol.Request;
import org.atelier.diffusion.worker.WorkerProtocol.Speed;
import org.atelier.runtime.Compute;
import org.atelier.runtime.ComputeException;
import org.atelier.runtime.DeviceSpeed;

import ai.djl.ndarray.NDManager;

/**
 * Serves one parent's requests: reads them as they come (so a cancel reaches the generation it stops at once) and
 * computes them one after the other on a thread of its own, keeping the model loaded between generations.
 */
final class Worker implements AutoCloseable {

    /** How long the end of the input waits for the request being computed to stop at its next step. */
    private static final long STOP_MILLIS = 5_000;

    private final PrintStream events;
    private final ExecutorService compute = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "atelier-worker-compute");
        thread.setDaemon(true); // a step that will not end must not keep an orphaned worker alive
        return thread;
    });
    private final WarmModel model = new WarmModel();
    /** Generations asked to stop (those not yet started as well); ids below the one running are forgotten. */
    private final Set<Long> cancelled = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    Worker(PrintStream events) {
        this.events = events;
    }

    /** Serves the requests of {@code in} until it ends or asks to quit. */
    void serve(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            Request request;
            try {
                request = WorkerProtocol.request(line);
            } catch (IllegalArgumentException e) {
                send(new Failed(0, e.getMessage()));
                continue;
            }
            if (request instanceof Quit) {
                return;
            }
            if (request instanceof Cancel cancel) {
                cancelled.add(cancel.id());
            } else {
                compute.execute(() -> handle(request));
            }
        }
    }

    private void handle(Request request) {
        try {
            if (request instanceof Generate generate) {
                generate(generate);
            } else {
                DeviceSpeed.Figure speed = Compute.speed().orElseThrow();
                send(new Speed(speed.device(), speed.operationsPerSecond()));
            }
        } catch (ComputeException | IOException | RuntimeException e) {
            send(new Failed(request instanceof Generate g ? g.id() : 0, message(e)));
        } catch (Error e) {
            // after an out-of-memory or a broken class this JVM is not to be trusted: the parent starts another
            send(new Failed(request instanceof Generate g ? g.id() : 0, "the worker stops: " + message(e)));
            Runtime.getRuntime().halt(1);
        }
    }

    private void generate(Generate request) throws IOException, ComputeException {
        long id = request.id();
        cancelled.removeIf(other -> other < id);
        long start = System.nanoTime();
        Sampler sampler = Sampler.of(request.sampler());
        if (sampler == null) {
            throw new IllegalArgumentException("sampler '" + request.sampler() + "': one of "
                    + String.join(", ", java.util.Arrays.stream(Sampler.values()).map(Sampler::id).toList()));
        }
        StableDiffusion.Settings settings = new StableDiffusion.Settings(request.prompt(), request.negative(), request.steps(),
                request.cfg(), sampler, request.seed(), request.width(), request.height(), 1, 0.75f, 0);
        try {
            if (isCancelled(id)) {
                throw new CancellationException("cancelled");
            }
            WorkerProtocol.Adapters adapters = request.adapters();
            CustomDiffusionFiles.Found custom = adapters.customDiffusion() == null ? null
                    : CustomDiffusionFiles.find(adapters.customDiffusion(), request.model());
            StableDiffusion sd = model.get(request.model(), request.tokenizer(), custom, adapters.customDiffusionStrength(),
                    message -> send(new Progress(id, 0, request.steps(), message)));
            StableDiffusion.Result result;
            // the hypernetwork's arrays live in a manager of their own: the model stays loaded for the next generation
            try (NDManager scope = sd.manager().newSubManager();
                    Hypernetwork.Attachment attached = adapters.hypernetwork() == null ? null
                            : Hypernetwork.read(adapters.hypernetwork(), scope).attach(sd.unet(), adapters.hypernetworkStrength())) {
                result = sd.generate(settings, null, null, new Sampler.Progress() {
                    @Override
                    public void step(int done, int total) {
                        send(new Progress(id, done, total, "Step " + done + " of " + total));
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled(id);
                    }
                });
            }
            Files.createDirectories(request.output().toAbsolutePath().getParent());
            Png.write(request.output(), result.image(), StableDiffusion.parameters(settings, request.model(), false, List.of())
                    + (adapters.hypernetwork() == null ? ""
                            : Hypernetwork.parameters(adapters.hypernetwork(), adapters.hypernetworkStrength()))
                    + (custom == null ? "" : custom.parameters(adapters.customDiffusion(), adapters.customDiffusionStrength())));
            send(new Done(id, request.output(), settings.seed(), (System.nanoTime() - start) / 1e9));
        } catch (CancellationException e) {
            send(new Cancelled(id));
        } finally {
            cancelled.remove(id);
        }
    }

    private boolean isCancelled(long id) {
        return stopping || cancelled.contains(id);
    }

    private void send(Event event) {
        events.println(WorkerProtocol.encode(event));
    }

    private static String message(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getName();
    }

    /** Stops what is being computed at its next step and lets the model go once nothing uses it any more. */
    @Override
    public void close() throws IOException {
        stopping = true;
        compute.shutdownNow();
        try {
            if (compute.awaitTermination(STOP_MILLIS, TimeUnit.MILLISECONDS)) {
                model.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
