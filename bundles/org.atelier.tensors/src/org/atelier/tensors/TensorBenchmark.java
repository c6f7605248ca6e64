package org.atelier.tensors;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;

/**
 * Measures reading and writing safetensors against plain sequential I/O of the same bytes, in one run:
 * <ul>
 * <li>write: the streaming writer with the SD 1.5 layout vs. a plain {@link FileChannel} write of as many bytes,
 * neither synced to the disk (the flush is the disk's time, the same for both, and varies widely on shared
 * machines);</li>
 * <li>read: every tensor converted to float32 vs. a plain sequential read of the file.</li>
 * </ul>
 * Each measurement is the best of several rounds; the files stay in the page cache between them, as they would
 * for a user who just wrote or read them.
 */
public final class TensorBenchmark {

    /** One measurement: what, how many bytes, how long. */
    public record Figure(String what, long bytes, double seconds) {
        public double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private final Path dir;
    private final PrintWriter out;
    private final int rounds;

    public TensorBenchmark(Path dir, PrintWriter out, int rounds) {
        this.dir = dir;
        this.out = out;
        this.rounds = rounds;
    }

    /** Runs the benchmark for the SD 1.5 layout in {@code dtype}; returns the figures, printed as they come. */
    public List<Figure> run(DType dtype) throws IOException {
        // see duel(): each figure is the best of its rounds
        List<SdLayout.Entry> layout = SdLayout.checkpoint(SdLayout.sd1());
        List<SafetensorsWriter.Spec> specs = new ArrayList<>();
        long largest = 0;
        long total = 0;
        for (SdLayout.Entry e : layout) {
            specs.add(new SafetensorsWriter.Spec(e.name(), dtype, e.shape()));
            long bytes = e.numel() * dtype.bytes();
            largest = Math.max(largest, bytes);
            total += bytes;
        }
        // One buffer of noise as large as the largest tensor: writing never waits for values to be made.
        ByteBuffer noise = Tensors.fromFloats(SyntheticCheckpoints.random((int) (largest / dtype.bytes()), 1), dtype);
        Path model = dir.resolve("atelier-benchmark-" + dtype.label() + ".safetensors");
        Path plain = dir.resolve("atelier-benchmark-plain.bin");
        long dataBytes = total;
        out.printf(Locale.ROOT, "SD 1.5 layout in %s: %d tensors, %s, in %s%n", dtype.label(), layout.size(),
                ModelReport.bytes(total), dir);
        try {
            List<Figure> figures = new ArrayList<>();
            figures.addAll(List.of(duel("plain sequential write (unsynced)", () -> plainWrite(plain, noise, specs),
                    "safetensors streaming write (unsynced)", () -> {
                        try (SafetensorsWriter writer = SafetensorsWriter.create(model, Map.of("format", "pt"), specs)) {
                            writer.sync = false;
                            for (SafetensorsWriter.Spec spec : specs) {
                                ByteBuffer slice = noise.duplicate();
                                slice.limit((int) spec.byteSize());
                                writer.write(spec.name(), slice);
                            }
                        }
                    }, dataBytes, false, plain, model)));
            long size = Files.size(model);
            out.println(" warm (the file in the page cache):");
            figures.addAll(List.of(duel("plain sequential read", () -> plainRead(model), "safetensors read as float32",
                    () -> readAll(model), size, false, null, null)));
            if (dropCaches()) {
                out.println(" cold (page cache emptied before each read):");
                figures.addAll(List.of(duel("plain sequential read", () -> plainRead(model), "safetensors read as float32",
                        () -> readAll(model), size, true, null, null)));
            } else {
                out.println(" cold: not measured (emptying the page cache needs root on Linux)");
            }
            return figures;
        } finally {
            Files.deleteIfExists(model);
            Files.deleteIfExists(plain);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    /** Two contenders measured in alternating order (so both meet the same disk and cache weather); best of each. */
    private Figure[] duel(String plainName, Work plain, String ourName, Work ours, long bytes, boolean cold,
            Path plainOutput, Path ourOutput) throws IOException {
        double bestPlain = Double.MAX_VALUE;
        double bestOurs = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            // plain, ours, ours, plain, ...: neither always goes first
            if (i % 2 == 0) {
                bestPlain = Math.min(bestPlain, time(plain, cold, plainOutput));
                bestOurs = Math.min(bestOurs, time(ours, cold, ourOutput));
            } else {
                bestOurs = Math.min(bestOurs, time(ours, cold, ourOutput));
                bestPlain = Math.min(bestPlain, time(plain, cold, plainOutput));
            }
        }
        Figure a = new Figure(plainName, bytes, bestPlain);
        Figure b = new Figure(ourName, bytes, bestOurs);
        for (Figure f : new Figure[] { a, b }) {
            out.printf(Locale.ROOT, "  %-40s %8.2f s  %8.0f MB/s%n", f.what(), f.seconds(), f.mbPerSecond());
        }
        out.printf(Locale.ROOT, "  %-40s %8.2fx%n", "ratio (" + ourName.split(" ")[0] + " / plain)",
                b.mbPerSecond() / a.mbPerSecond());
        return new Figure[] { a, b };
    }

    private static double time(Work work, boolean cold, Path output) throws IOException {
        if (cold) {
            dropCaches();
        }
        if (output != null) {
            // A writer makes a new file, and starts from an empty page cache where that can be had: the last
            // round's file, its freeing and its dirty pages weigh on whichever write comes next, otherwise.
            Files.deleteIfExists(output);
            if (!dropCaches()) {
                flush();
            }
        }
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Writes the dirty pages to the disk ({@code sync}), so that the next measure does not pay for the last one's. */
    public static void flush() {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            // no sync command: the rounds are only noisier
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Empties the page cache (Linux, as root), so that reads come from the disk; false when it cannot. */
    public static boolean dropCaches() {
        try {
            flush();
            Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "1");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The floor: as many bytes, taken from the noise buffer tensor by tensor as the writer takes them, through one
     * 8 MiB direct buffer: as fast as a plain Java write goes.
     */
    private static void plainWrite(Path file, ByteBuffer noise, List<SafetensorsWriter.Spec> specs) throws IOException {
        ByteBuffer staging = ByteBuffer.allocateDirect(8 << 20);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (SafetensorsWriter.Spec spec : specs) {
                ByteBuffer source = noise.duplicate();
                source.limit((int) spec.byteSize());
                while (source.hasRemaining()) {
                    ByteBuffer slice = source.duplicate();
                    slice.limit(slice.position() + Math.min(slice.remaining(), staging.capacity()));
                    staging.clear();
                    staging.put(slice);
                    staging.flip();
                    while (staging.hasRemaining()) {
                        channel.write(staging);
                    }
                    source.position(slice.position());
                }
            }
        }
    }

    /** {@code bytes} zero bytes written through one 8 MiB direct buffer, unsynced: a plain Java write's speed. */
    public static void plainWrite(Path file, long bytes) throws IOException {
        ByteBuffer staging = ByteBuffer.allocateDirect(8 << 20);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (long done = 0; done < bytes;) {
                staging.clear().limit((int) Math.min(staging.capacity(), bytes - done));
                while (staging.hasRemaining()) {
                    done += channel.write(staging);
                }
            }
        }
    }

    /** Reads a file from start to end through a 16 MiB direct buffer: a plain sequential read's speed. */
    public static long plainRead(Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(16 << 20).order(ByteOrder.LITTLE_ENDIAN);
        long sum = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (true) {
                buffer.clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    break;
                }
                sum += buffer.get(0); // touch the data, as a reader would
            }
        }
        return sum;
    }

    /**
     * Every tensor as float32, on all cores, streamed in chunks through one small array per thread: the way a
     * merge reads its models.
     */
    static void readAll(Path file) throws IOException {
        AtomicLong sum = new AtomicLong();
        try (SafetensorsReader reader = SafetensorsReader.open(file)) {
            ThreadLocal<float[]> chunks = ThreadLocal.withInitial(() -> new float[1 << 20]);
            reader.tensors().parallelStream().forEach(t -> {
                try {
                    reader.floatChunks(t, chunks.get(), (values, first, count) -> sum.addAndGet(
                            Float.floatToRawIntBits(values[count - 1])));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
