package org.atelier.diffusion.internal.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.atelier.diffusion.Png;
import org.atelier.diffusion.TinyModels;
import org.atelier.diffusion.worker.WorkerProtocol;
import org.atelier.diffusion.worker.WorkerProtocol.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generation worker's conversation, in this process: requests written as its parent writes them, events read as
 * its parent reads them. (The workbench's tests run it as the child process it is.)
 */
class WorkerTest {

    @TempDir
    Path folder;

    private PipedWriter requests;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<String> strays = java.util.Collections.synchronizedList(new ArrayList<>());
    private Thread serving;
    private String previousCache;

    @BeforeEach
    void start() throws Exception {
        previousCache = System.getProperty("atelier.cache");
        System.setProperty("atelier.cache", folder.resolve("cache").toString());
        requests = new PipedWriter();
        BufferedReader in = new BufferedReader(new PipedReader(requests, 1 << 16));
        PrintStream printed = new PrintStream(new LineSink(), true, StandardCharsets.UTF_8);
        serving = new Thread(() -> {
            try (Worker worker = new Worker(printed)) {
                worker.serve(in);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "worker under test");
        serving.start();
    }

    /** The worker's output, line by line: its events, and whatever else it printed. */
    private final class LineSink extends OutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b != '\n') {
                line.write(b);
                return;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            WorkerProtocol.event(text).ifPresentOrElse(events::add, () -> strays.add(text));
        }
    }

    @AfterEach
    void stop() throws Exception {
        requests.close();
        serving.join(10_000);
        if (previousCache == null) {
            System.clearProperty("atelier.cache");
        } else {
            System.setProperty("atelier.cache", previousCache);
        }
    }

    private void send(WorkerProtocol.Request request) throws Exception {
        requests.write(WorkerProtocol.encode(request) + "\n");
        requests.flush();
    }

    private Event next() throws Exception {
        Event event = events.poll(60, TimeUnit.SECONDS);
        assertNotNull(event, "an event within a minute");
        return event;
    }

    /** The events of one request up to its outcome (done, cancelled, error), progress included. */
    private List<Event> until(Class<? extends Event> outcome) throws Exception {
        List<Event> seen = new ArrayList<>();
        Event event;
        do {
            event = next();
            seen.add(event);
        } while (event instanceof WorkerProtocol.Progress);
        assertInstanceOf(outcome, event, "events: " + seen);
        return seen;
    }

    private WorkerProtocol.Generate generate(long id, Path model, Path tokenizer, int steps, String sampler, String output) {
        return new WorkerProtocol.Generate(id, model, tokenizer, "a (cat:1.2)", "a", steps, 7f, sampler, 5, 64, 64,
                folder.resolve(output));
    }

    private static int[] pixels(Path png) throws Exception {
        java.awt.image.BufferedImage image = Png.read(png);
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void itGeneratesKeepsTheModelLoadedAndStopsWhenAsked() throws Exception {
        Path model = TinyModels.sd1(folder);
        Path tokenizer = TinyModels.tokenizer(folder);

        send(generate(1, model, tokenizer, 2, "euler-a", "out/one.png"));
        List<Event> first = until(WorkerProtocol.Done.class);
        assertEquals(new WorkerProtocol.Progress(1, 0, 2, "Loading tiny.safetensors"), first.get(0));
        assertEquals(new WorkerProtocol.Progress(1, 1, 2, "Step 1 of 2"), first.get(1));
        assertEquals(new WorkerProtocol.Progress(1, 2, 2, "Step 2 of 2"), first.get(2));
        WorkerProtocol.Done done = (WorkerProtocol.Done) first.get(3);
        assertEquals(folder.resolve("out/one.png"), done.file());
        assertEquals(5, done.seed());
        assertTrue(Png.parameters(done.file()).startsWith("a (cat:1.2)\nNegative prompt: a\nSteps: 2, Sampler: Euler a, CFG scale: 7,"
                + " Seed: 5, Size: 64x64"), Png.parameters(done.file()));

        send(generate(2, model, tokenizer, 2, "Euler a", "out/two.png"));
        List<Event> second = until(WorkerProtocol.Done.class);
        assertEquals(3, second.size(), "no loading the second time, the model is warm: " + second);
        assertTrue(java.util.Arrays.equals(pixels(done.file()), pixels(folder.resolve("out/two.png"))), "the same seed, the same image");

        // a long generation, cancelled after its first step: the worker stays and the model with it
        send(generate(3, model, tokenizer, 150, "euler", "out/three.png"));
        assertEquals(new WorkerProtocol.Progress(3, 1, 150, "Step 1 of 150"), next());
        send(new WorkerProtocol.Cancel(3));
        List<Event> third = until(WorkerProtocol.Cancelled.class);
        assertTrue(third.size() < 149, "stopped before the end: " + third.size() + " events");
        assertFalse(Files.exists(folder.resolve("out/three.png")));
        send(new WorkerProtocol.Cancel(3)); // too late: nothing to stop, and no harm to what comes next
        send(generate(4, model, tokenizer, 1, "ddim", "out/four.png"));
        assertEquals(2, until(WorkerProtocol.Done.class).size(), "one step, still warm");
        assertEquals(List.of(), strays, "only events on the output");
    }

    @Test
    void whatCannotBeDoneIsSaidAndTheWorkerGoesOn() throws Exception {
        Path model = TinyModels.sd1(folder);
        Path tokenizer = TinyModels.tokenizer(folder);
        send(generate(1, model, tokenizer, 2, "heun", "x.png"));
        WorkerProtocol.Failed sampler = (WorkerProtocol.Failed) next();
        assertEquals(new WorkerProtocol.Failed(1, "sampler 'heun': one of euler, euler-a, dpmpp-2m, dpmpp-2m-karras, ddim"), sampler);
        send(generate(2, model, null, 2, "euler", "x.png"));
        List<Event> loading = until(WorkerProtocol.Failed.class);
        WorkerProtocol.Failed noTokenizer = (WorkerProtocol.Failed) loading.get(loading.size() - 1);
        assertEquals(2, noTokenizer.id());
        assertTrue(noTokenizer.message().contains("holds no tokenizer"), noTokenizer.message());
        requests.write("{\"request\":\"paint\"}\nnot json\n");
        requests.flush();
        assertEquals(new WorkerProtocol.Failed(0, "request 'paint': generate, cancel, measure or quit"), next());
        assertEquals(new WorkerProtocol.Failed(0, "not a request (a JSON object): not json"), next());

        send(new WorkerProtocol.Measure());
        WorkerProtocol.Speed speed = (WorkerProtocol.Speed) next();
        assertEquals("cpu", speed.device());
        assertTrue(speed.operationsPerSecond() > 1e8, "operations a second: " + speed.operationsPerSecond());
        assertTrue(Files.readString(folder.resolve("cache/device-speed.json")).contains("\"device\": \"cpu\""),
                "remembered in the cache folder");

        send(new WorkerProtocol.Quit());
        serving.join(10_000);
        assertFalse(serving.isAlive(), "quit ends the worker");
    }
}
