package org.atelier.tensors.synthetic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.Tensors;
import org.atelier.tensors.TorchWriter;

/**
 * Writes checkpoints of a {@link SdLayout} filled with seeded pseudo-random values: tiny models in the real
 * layouts for tests, and models of real size for benchmarks. Tensors are generated and written one at a time,
 * so a full-size model needs no more memory than its largest tensor.
 */
public final class SyntheticCheckpoints {

    private SyntheticCheckpoints() {
    }

    /** Writes a safetensors checkpoint; {@code values} may give some tensors' values (null: random for all). */
    public static void writeSafetensors(Path file, List<SdLayout.Entry> layout, DType dtype, long seed,
            Map<String, String> metadata, Function<SdLayout.Entry, float[]> values) throws IOException {
        List<SafetensorsWriter.Spec> specs = new ArrayList<>();
        for (SdLayout.Entry e : layout) {
            specs.add(new SafetensorsWriter.Spec(e.name(), dtype, e.shape()));
        }
        try (SafetensorsWriter writer = SafetensorsWriter.create(file, metadata, specs)) {
            long index = 0;
            for (SdLayout.Entry e : layout) {
                writer.writeFloats(e.name(), values(e, seed + index++, values));
            }
        }
    }

    public static void writeSafetensors(Path file, List<SdLayout.Entry> layout, DType dtype, long seed) throws IOException {
        writeSafetensors(file, layout, dtype, seed, Map.of(), null);
    }

    /** Writes a {@code .ckpt} as the original repositories did: {@code {"state_dict": OrderedDict}} (small models). */
    public static void writeCkpt(Path file, List<SdLayout.Entry> layout, DType dtype, long seed) throws IOException {
        Map<String, Object> stateDict = new LinkedHashMap<>();
        long index = 0;
        for (SdLayout.Entry e : layout) {
            stateDict.put(e.name(), TorchWriter.Data.ofFloats(values(e, seed + index++, null), e.shape(), dtype));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("global_step", 1L);
        root.put("state_dict", new TorchWriter.Ordered(stateDict));
        TorchWriter.write(file, root);
    }

    private static float[] values(SdLayout.Entry e, long seed, Function<SdLayout.Entry, float[]> values) {
        float[] given = values == null ? null : values.apply(e);
        return given != null ? given : random(Math.toIntExact(e.numel()), seed);
    }

    /**
     * Writes a checkpoint initialised as a network is before training, rather than of small random values: norms'
     * scales 1 and biases 0, other weights uniform with variance 1/fan-in (token and position embeddings with
     * spread 0.02). Signals keep their size through it, so what the text says reaches the UNet's output: a model
     * on which training visibly learns (the demo's base model, the training tests').
     */
    public static void writeInitialised(Path file, List<SdLayout.Entry> layout, DType dtype, long seed) throws IOException {
        writeSafetensors(file, layout, dtype, seed, Map.of(), e -> initialised(e, seed + e.name().hashCode()));
    }

    static float[] initialised(SdLayout.Entry e, long seed) {
        int n = Math.toIntExact(e.numel());
        String name = e.name();
        long[] shape = e.shape();
        float[] v = new float[n];
        if (shape.length == 1 && name.endsWith("bias") || name.endsWith("_bias")) {
            return v;
        }
        if (shape.length == 1 && (name.contains("norm") || name.contains("ln_") || name.contains("in_layers.0")
                || name.contains("out_layers.0") || name.endsWith("out.0.weight"))) {
            java.util.Arrays.fill(v, 1f);
            return v;
        }
        float[] r = random(n, seed);
        float scale;
        if (name.contains("embedding")) {
            scale = 0.02f * (float) Math.sqrt(3);
        } else {
            long fanIn = 1;
            for (int i = 1; i < shape.length; i++) {
                fanIn *= shape[i];
            }
            scale = (float) Math.sqrt(3.0 / Math.max(1, shape.length >= 2 ? fanIn : n));
        }
        for (int i = 0; i < n; i++) {
            v[i] = r[i] * 20 * scale; // random() is in [-0.05, 0.05)
        }
        return v;
    }

    /** Uniform values in [-0.05, 0.05) from a xorshift generator: fast, and the same for the same seed. */
    public static float[] random(int n, long seed) {
        float[] v = new float[n];
        long x = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        for (int i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            v[i] = ((x >>> 40) * 0x1p-24f - 0.5f) * 0.1f;
        }
        return v;
    }
}
