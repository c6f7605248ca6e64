package org.atelier.diffusion.lora;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.atelier.tensors.KeyMap;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;

/**
 * A checkpoint with LoRAs merged into its weights as they are read ("at load"): each kohya module
 * ({@code lora_unet_*}, {@code lora_te_*} with {@code .lora_down.weight}, {@code .lora_up.weight} and
 * {@code .alpha}) adds {@code strength · alpha / rank · up · down} to the weight it names, linear and convolution
 * layers alike (LoCon's 3x3 downs included). Modules are matched by name: a UNet weight's diffusers name with
 * {@code .} as {@code _} (as kohya names SD 1.x modules), a text encoder weight's Hugging Face name likewise.
 * Only {@link #floats} carries the change, which is how the networks read their weights.
 */
public final class LoraSource implements TensorSource {

    /** A LoRA file and how strongly it applies. */
    public record Lora(Path file, float strength) {
    }

    private static final String UNET = "model.diffusion_model.";
    private static final String TEXT = "cond_stage_model.transformer.";

    private final TensorSource base;
    /** The delta of each changed weight, by the checkpoint's key. */
    private final Map<String, float[]> deltas = new HashMap<>();

    private LoraSource(TensorSource base) {
        this.base = base;
    }

    /**
     * The checkpoint with the LoRAs applied.
     *
     * @throws TensorFileException naming the LoRA when none of its modules matches a weight of the model, or a
     *                             module's shapes do not fit the weight
     */
    public static LoraSource apply(TensorSource base, List<Lora> loras) throws IOException {
        LoraSource source = new LoraSource(base);
        Map<String, String> byModule = new HashMap<>();
        for (TensorInfo t : base.tensors()) {
            String name = t.name();
            if (!name.endsWith(".weight")) {
                continue;
            }
            if (name.startsWith(UNET)) {
                String diffusers = KeyMap.unetToDiffusers(name.substring(UNET.length()));
                if (diffusers != null) {
                    byModule.put("lora_unet_" + module(diffusers), name);
                }
            } else if (name.startsWith(TEXT)) {
                byModule.put("lora_te_" + module(name.substring(TEXT.length())), name);
            }
        }
        for (Lora lora : loras) {
            try (TensorSource file = TensorFiles.open(lora.file())) {
                int applied = 0;
                for (TensorInfo down : file.tensors()) {
                    if (!down.name().endsWith(".lora_down.weight")) {
                        continue;
                    }
                    String module = down.name().substring(0, down.name().length() - ".lora_down.weight".length());
                    String target = byModule.get(module);
                    TensorInfo up = file.tensor(module + ".lora_up.weight");
                    if (target == null || up == null) {
                        continue;
                    }
                    source.add(lora, file, target, down, up, file.tensor(module + ".alpha"));
                    applied++;
                }
                if (applied == 0) {
                    throw new TensorFileException(lora.file(), "none of its modules fits this model's weights: a LoRA"
                            + " in kohya's layout (lora_unet_*, lora_te_*) for this model's family is needed");
                }
            }
        }
        return source;
    }

    /** {@code down_blocks.0.attentions.0.proj_in.weight} to {@code down_blocks_0_attentions_0_proj_in}. */
    private static String module(String weightKey) {
        return weightKey.substring(0, weightKey.length() - ".weight".length()).replace('.', '_');
    }

    private void add(Lora lora, TensorSource file, String target, TensorInfo down, TensorInfo up, TensorInfo alpha)
            throws IOException {
        TensorInfo weight = base.tensor(target);
        long[] shape = weight.shape();
        int out = (int) shape[0];
        int rank = (int) down.shape()[0];
        int in = (int) (weight.numel() / out);
        if (up.shape()[0] != out || up.numel() != (long) out * rank || down.numel() != (long) rank * in) {
            throw new TensorFileException(lora.file(), "module '" + up.name() + "' " + up.shapeText() + " x " + down.shapeText()
                    + " does not fit '" + target + "' " + weight.shapeText());
        }
        float scale = lora.strength() * (alpha == null ? 1f : file.floats(alpha)[0] / rank);
        float[] u = file.floats(up);
        float[] d = file.floats(down);
        float[] delta = deltas.computeIfAbsent(target, k -> new float[out * in]);
        IntStream.range(0, out).parallel().forEach(o -> {
            for (int r = 0; r < rank; r++) {
                float f = scale * u[o * rank + r];
                if (f != 0) {
                    for (int i = 0; i < in; i++) {
                        delta[o * in + i] += f * d[r * in + i];
                    }
                }
            }
        });
    }

    /** The checkpoint's keys whose weights the LoRAs change. */
    public java.util.Set<String> changed() {
        return java.util.Collections.unmodifiableSet(deltas.keySet());
    }

    @Override
    public float[] floats(TensorInfo tensor) throws IOException {
        float[] values = base.floats(tensor);
        float[] delta = deltas.get(tensor.name());
        if (delta != null) {
            for (int i = 0; i < values.length; i++) {
                values[i] += delta[i];
            }
        }
        return values;
    }

    @Override
    public Path file() {
        return base.file();
    }

    @Override
    public Map<String, String> metadata() {
        return base.metadata();
    }

    @Override
    public List<TensorInfo> tensors() {
        return base.tensors();
    }

    @Override
    public TensorInfo tensor(String name) {
        return base.tensor(name);
    }

    @Override
    public ByteBuffer bytes(TensorInfo tensor) throws IOException {
        if (deltas.containsKey(tensor.name())) {
            throw new UnsupportedOperationException("'" + tensor.name() + "' is changed by a LoRA: read it with floats()");
        }
        return base.bytes(tensor);
    }

    @Override
    public void close() throws IOException {
        base.close();
    }
}
