package org.atelier.tensors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;

/**
 * A mutation fuzzer for the readers: it damages valid files (bit flips, byte changes, cuts, repeats, inserted
 * numbers at interesting values) and checks that reading them either works or fails with a
 * {@link TensorFileException}: never another exception, never a hang, never an out-of-memory. The tests run it
 * briefly; {@code atelier fuzz} runs it for as long as asked.
 */
public final class Fuzzer {

    /** A failure found: the input (saved as a file) and what happened. */
    public record Finding(Path input, Throwable failure) {
    }

    /** What a run did: how many damaged files it read, and what failed. */
    public record Result(long iterations, List<Finding> findings) {
    }

    /** Small valid files of every format, written to {@code folder}: the seeds to damage. */
    public static List<Path> seeds(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path safetensors = folder.resolve("seed.safetensors");
        SyntheticCheckpoints.writeSafetensors(safetensors, List.of(new SdLayout.Entry("a", new long[] { 2, 3 }),
                new SdLayout.Entry("b.weight", new long[] { 4 }), new SdLayout.Entry("c", new long[] {})), DType.F16, 1,
                java.util.Map.of("format", "pt", "ss_network_dim", "4"), null);
        Path torch = folder.resolve("seed.pt");
        TorchWriter.write(torch, java.util.Map.of("string_to_param", java.util.Map.of("*",
                TorchWriter.Data.ofFloats(new float[6], new long[] { 2, 3 }, DType.F32)), "name", "x", "step", 5L));
        Path ckpt = folder.resolve("seed.ckpt");
        java.util.Map<String, Object> stateDict = new java.util.LinkedHashMap<>();
        stateDict.put("model.diffusion_model.input_blocks.0.0.weight",
                TorchWriter.Data.ofFloats(new float[8], new long[] { 2, 4, 1, 1 }, DType.F16));
        stateDict.put("first_stage_model.encoder.conv_in.bias", TorchWriter.Data.ofFloats(new float[2], new long[] { 2 }, DType.BF16));
        TorchWriter.write(ckpt, java.util.Map.of("state_dict", new TorchWriter.Ordered(stateDict), "global_step", 3L));
        return List.of(safetensors, torch, ckpt);
    }

    private static final long[] INTERESTING = { 0, 1, -1, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffffL,
            0x80000000L, 0xffffffffL, Long.MAX_VALUE, Long.MIN_VALUE, 100_000_000, 100_000_001 };

    private Fuzzer() {
    }

    /**
     * Runs {@code iterations} mutations of each seed file (or until {@code deadlineNanos}); findings are saved in
     * {@code work} and returned.
     */
    public static Result run(List<Path> seeds, long iterations, long deadlineNanos, long randomSeed, Path work)
            throws IOException {
        Random random = new Random(randomSeed);
        List<Finding> findings = new ArrayList<>();
        Files.createDirectories(work);
        List<byte[]> corpus = new ArrayList<>();
        for (Path seed : seeds) {
            corpus.add(Files.readAllBytes(seed));
        }
        Path input = work.resolve("input");
        long i = 0;
        for (; i < iterations && System.nanoTime() < deadlineNanos && findings.size() < 20; i++) {
            byte[] original = corpus.get(random.nextInt(corpus.size()));
            byte[] mutated = mutate(original, random);
            Files.write(input, mutated);
            try (TensorSource source = TensorFiles.open(input)) {
                for (TensorInfo t : source.tensors()) {
                    if (t.numel() < 10_000_000) {
                        source.floats(t);
                    }
                }
                ModelDetector.detect(source);
            } catch (TensorFileException e) {
                // a clear refusal: what a damaged file must get
            } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
                Path saved = work.resolve("finding-" + findings.size() + ".bin");
                Files.write(saved, mutated);
                findings.add(new Finding(saved, e));
            }
        }
        Files.deleteIfExists(input);
        return new Result(i, findings);
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] data = original.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && data.length > 0; m++) {
            switch (random.nextInt(6)) {
            case 0 -> data[random.nextInt(data.length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> data[random.nextInt(data.length)] = (byte) random.nextInt(256);
            case 2 -> data = java.util.Arrays.copyOf(data, random.nextInt(data.length));
            case 3 -> {
                // overwrite 8 bytes with an interesting number, little-endian (sizes, offsets, lengths)
                long v = INTERESTING[random.nextInt(INTERESTING.length)];
                int at = random.nextInt(data.length);
                for (int b = 0; b < 8 && at + b < data.length; b++) {
                    data[at + b] = (byte) (v >>> (8 * b));
                }
            }
            case 4 -> {
                int from = random.nextInt(data.length);
                int length = Math.min(data.length - from, 1 + random.nextInt(64));
                byte[] grown = new byte[data.length + length];
                System.arraycopy(data, 0, grown, 0, from + length);
                System.arraycopy(data, from, grown, from + length, data.length - from);
                data = grown;
            }
            default -> {
                // a digit or quote in the text parts: JSON and pickle text arguments
                int at = random.nextInt(data.length);
                data[at] = (byte) "0123456789\"{}[],:-\n".charAt(random.nextInt(19));
            }
            }
        }
        return data;
    }
}
