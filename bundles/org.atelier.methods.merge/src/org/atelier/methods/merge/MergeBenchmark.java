package org.atelier.methods.merge;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atelier.common.ProcessMemory;
import org.atelier.tensors.DType;
import org.atelier.tensors.Hashes;
import org.atelier.tensors.ModelReport;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.atelier.tensors.TensorBenchmark;

/**
 * Measures merging against the I/O floor, in one run: synthetic checkpoints of real size and layout (SD 1.5, and
 * SDXL for a second size) in fp16, merged by weighted sum and add difference in a process of their own (so that
 * its peak resident memory is the merge's alone), against the time to read the inputs and write an output of the
 * same size with plain sequential I/O, the output synced to the disk in both. Warm figures have the inputs in the page cache; cold ones (as root only)
 * empty it before each measurement. The inputs' hashes are computed once beforehand, as a second merge of the
 * same models finds them remembered.
 */
public final class MergeBenchmark {

    /** Runs {@code atelier merge <args> --report-memory} in a process of its own and returns what it reported. */
    @FunctionalInterface
    public interface MergeProcess {
        Measurement merge(List<String> args) throws IOException;
    }

    /** A merge's own time (without its process's start) and its process's peak resident memory. */
    public record Measurement(double seconds, long peakBytes) {
    }

    /** One line of the results. */
    public record Figure(String size, String method, boolean cold, double floorSeconds, double mergeSeconds, long peakBytes) {
        public double ratio() {
            return mergeSeconds / floorSeconds;
        }
    }

    private final Path dir;
    private final PrintWriter out;
    private final int rounds;
    private final MergeProcess process;

    public MergeBenchmark(Path dir, PrintWriter out, int rounds, MergeProcess process) {
        this.dir = dir;
        this.out = out;
        this.rounds = rounds;
        this.process = process;
    }

    /** Runs the benchmark for SD 1.5 and, unless {@code quick}, SDXL; returns the figures, printed as they come. */
    public List<Figure> run(boolean quick) throws IOException {
        List<Figure> figures = new ArrayList<>();
        figures.addAll(size("SD 1.5", SdLayout.sd1(), true, rounds));
        if (!quick) {
            figures.addAll(size("SDXL", SdLayout.sdxl(), false, 1));
        }
        out.println();
        out.printf(Locale.ROOT, "%-7s %-15s %-5s %9s %9s %8s %10s%n", "size", "method", "cache", "floor", "merge",
                "ratio", "peak RSS");
        for (Figure f : figures) {
            out.printf(Locale.ROOT, "%-7s %-15s %-5s %8.2fs %8.2fs %7.2fx %7d MB%n", f.size(), f.method(),
                    f.cold() ? "cold" : "warm", f.floorSeconds(), f.mergeSeconds(), f.ratio(), f.peakBytes() >> 20);
        }
        return figures;
    }

    private List<Figure> size(String name, SdLayout.Config config, boolean threeModels, int rounds) throws IOException {
        List<SdLayout.Entry> layout = SdLayout.checkpoint(config);
        Path a = dir.resolve("atelier-merge-a.safetensors");
        Path b = dir.resolve("atelier-merge-b.safetensors");
        Path c = dir.resolve("atelier-merge-c.safetensors");
        Path output = dir.resolve("atelier-merge-out.safetensors");
        Path floorOutput = dir.resolve("atelier-merge-plain.bin");
        List<Figure> figures = new ArrayList<>();
        try {
            List<Path> inputs = threeModels ? List.of(a, b, c) : List.of(a, b);
            long seed = 1;
            for (Path input : inputs) {
                out.printf(Locale.ROOT, "Writing %s (%s in fp16)...%n", input.getFileName(), name);
                SyntheticCheckpoints.writeSafetensors(input, layout, DType.F16, seed++);
                Hashes.sha256Cached(input);
            }
            long size = Files.size(a);
            out.printf(Locale.ROOT, "%s: %d tensors, %s each, merged on %d cores%n", name, layout.size(),
                    ModelReport.bytes(size), Runtime.getRuntime().availableProcessors());
            List<MergeMethod> methods = threeModels ? List.of(MergeMethod.WEIGHTED_SUM, MergeMethod.ADD_DIFFERENCE)
                    : List.of(MergeMethod.WEIGHTED_SUM);
            boolean canEmpty = TensorBenchmark.dropCaches();
            // warm means the inputs and the output in the page cache at once: only where they fit
            long memory = ProcessMemory.physical() < 0 ? Long.MAX_VALUE : ProcessMemory.physical();
            boolean canWarm = (inputs.size() + 1) * size < 0.6 * memory;
            if (!canWarm) {
                out.printf(Locale.ROOT, "  warm: not measured (inputs and output, %s, do not fit in the page cache of %s)%n",
                        ModelReport.bytes((inputs.size() + 1) * size), ModelReport.bytes(memory));
            }
            List<Boolean> caches = new ArrayList<>();
            if (canWarm) {
                caches.add(false);
            }
            if (canEmpty) {
                caches.add(true);
            }
            for (boolean cold : caches) {
                for (MergeMethod method : methods) {
                    List<Path> used = method.models() == 3 ? inputs : inputs.subList(0, 2);
                    double floor = Double.MAX_VALUE;
                    Measurement best = null;
                    for (int round = 0; round < rounds; round++) {
                        floor = Math.min(floor, floor(used, floorOutput, size, cold));
                        Measurement m = merge(method, used, output, cold);
                        best = best == null || m.seconds() < best.seconds() ? m : best;
                    }
                    Figure f = new Figure(name, method.id(), cold, floor, best.seconds(), best.peakBytes());
                    out.printf(Locale.ROOT, "  %-15s %s: I/O floor %.2f s, merge %.2f s (%.2fx), peak resident %d MB%n",
                            method.id(), cold ? "cold" : "warm", floor, best.seconds(), f.ratio(), best.peakBytes() >> 20);
                    figures.add(f);
                }
            }
            if (!canEmpty) {
                out.println("  cold: not measured (emptying the page cache needs root on Linux)");
            }
            return figures;
        } finally {
            for (Path p : List.of(a, b, c, output, floorOutput)) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Reading every input and writing as many bytes as the output, plainly, one after the other; the output synced
     * to the disk as a merge's is (a merge's result survives a power cut once it has its name).
     */
    private static double floor(List<Path> inputs, Path output, long outputBytes, boolean cold) throws IOException {
        prepare(output, cold);
        long start = System.nanoTime();
        for (Path input : inputs) {
            TensorBenchmark.plainRead(input);
        }
        TensorBenchmark.plainWrite(output, outputBytes);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(output,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.deleteIfExists(output);
        return seconds;
    }

    private Measurement merge(MergeMethod method, List<Path> inputs, Path output, boolean cold) throws IOException {
        prepare(output, cold);
        List<String> args = new ArrayList<>();
        inputs.forEach(p -> args.add(p.toString()));
        args.addAll(List.of("--method", method.id(), "--alpha", "0.3", "-o", output.toString()));
        Measurement m = process.merge(args);
        Files.deleteIfExists(output);
        return m;
    }

    /**
     * Each measurement starts alike: no output file, the last one's dirty pages on the disk, and (cold) an empty
     * page cache.
     */
    private static void prepare(Path output, boolean cold) throws IOException {
        Files.deleteIfExists(output);
        if (cold) {
            TensorBenchmark.dropCaches();
        } else {
            TensorBenchmark.flush();
        }
    }
}
