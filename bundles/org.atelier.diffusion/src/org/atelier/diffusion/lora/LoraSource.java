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
 * ({@code lora_unet_*}, {@code lora_te_*}, {@code lora_te1_*}, {@code lora_te2_*} with {@code .lora_down.weight},
 * {@code .lora_up.weight} and {@code .alpha}) adds {@code strength · alpha / rank · up · down} to the weight it
 * names, linear and convolution layers alike (LoCon's 3x3 downs included). Modules are matched by name, with
 * {@code .} as {@code _}: a UNet weight by its diffusers name (as kohya names SD 1.x and 2.x modules) or its ldm
 * name (as kohya names SDXL's); a text encoder weight by its Hugging Face name, {@code lora_te_} for SD 1.x and
 * 2.x, {@code lora_te1_}/{@code lora_te2_} for SDXL's CLIP-L and bigG. Where the checkpoint holds OpenCLIP's fused
 * {@code in_proj} (SD 2.x, SDXL's bigG), a q, k or v module changes its third of the rows.
 * Modules that hold their change whole load too, as AUTOMATIC1111's and ComfyUI's loaders take them: {@code .diff}
 * (and {@code .diff_b} for the bias) adds {@code strength · diff}; and diffusers' Custom Diffusion weights
 * ({@code ...attn2.processor.to_k_custom_diffusion.weight}, trained copies of the projections) replace the weight at
 * strength 1 ({@code base + strength · (trained - base)}).
 * Only {@link #floats} carries the change, which is how the networks read their weights.
 */
public final class LoraSource implements TensorSource {

    /** A LoRA file and how strongly it applies. */
    public record Lora(Path file, float strength) {
    }

    /** Where a module's product goes: a checkpoint key, from which row, how many rows. */
    private record Target(String key, int firstRow, int rows) {

        /** The same rows of the weight's bias. */
        Target bias() {
            return new Target(key.endsWith("in_proj_weight") ? key.replace("in_proj_weight", "in_proj_bias")
                    : key.substring(0, key.length() - ".weight".length()) + ".bias", firstRow, rows);
        }
    }

    /** What diffusers' Custom Diffusion names its trained copies of the attention's projections with. */
    private static final String CUSTOM_DIFFUSION = "_custom_diffusion";

    private static final String UNET = "model.diffusion_model.";
    private static final java.util.regex.Pattern IN_PROJ = java.util.regex.Pattern
            .compile("transformer\\.resblocks\\.(\\d+)\\.attn\\.in_proj_weight");

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
        Map<String, Target> byModule = modules(base);
        for (Lora lora : loras) {
            try (TensorSource file = TensorFiles.open(lora.file())) {
                int applied = 0;
                for (TensorInfo tensor : file.tensors()) {
                    String name = tensor.name();
                    if (name.endsWith(".lora_down.weight")) {
                        String module = name.substring(0, name.length() - ".lora_down.weight".length());
                        Target target = byModule.get(module);
                        TensorInfo up = file.tensor(module + ".lora_up.weight");
                        if (target != null && up != null) {
                            source.add(lora, file, target, tensor, up, file.tensor(module + ".alpha"));
                            applied++;
                        }
                    } else if (name.endsWith(".diff") || name.endsWith(".diff_b")) {
                        boolean bias = name.endsWith(".diff_b");
                        Target target = byModule.get(name.substring(0, name.lastIndexOf('.')));
                        if (target != null) {
                            source.addDifference(lora, file, bias ? target.bias() : target, tensor, false);
                            applied++;
                        }
                    } else if (name.contains(CUSTOM_DIFFUSION)) {
                        String weight = name.replace(".processor.", ".").replace(CUSTOM_DIFFUSION, "");
                        boolean bias = weight.endsWith(".bias");
                        String module = "lora_unet_" + module(bias ? weight.replaceFirst("\\.bias$", ".weight") : weight);
                        Target target = byModule.get(module);
                        if (target != null) {
                            source.addDifference(lora, file, bias ? target.bias() : target, tensor, true);
                            applied++;
                        }
                    }
                }
                if (applied == 0) {
                    throw new TensorFileException(lora.file(), "none of its modules fits this model's weights: a LoRA"
                            + " in kohya's layout (lora_unet_*, lora_te_*), a difference module (.diff) or Custom Diffusion's"
                            + " weights for this model's family is needed");
                }
            }
        }
        return source;
    }

    /** kohya's module names of the checkpoint's weights. */
    private static Map<String, Target> modules(TensorSource base) {
        Map<String, Target> byModule = new HashMap<>();
        boolean sdxl = base.tensor("conditioner.embedders.1.model.ln_final.weight") != null;
        for (TensorInfo t : base.tensors()) {
            String name = t.name();
            if (!name.endsWith(".weight") && !name.endsWith("in_proj_weight")) {
                continue;
            }
            int rows = (int) t.dim(0);
            if (name.startsWith(UNET)) {
                String ldm = name.substring(UNET.length());
                String diffusers = KeyMap.unetToDiffusers(ldm);
                if (diffusers != null) {
                    byModule.put("lora_unet_" + module(diffusers), new Target(name, 0, rows));
                }
                byModule.put("lora_unet_" + module(ldm), new Target(name, 0, rows));
            } else if (name.startsWith("cond_stage_model.transformer.")) {
                byModule.put("lora_te_" + module(name.substring("cond_stage_model.transformer.".length())),
                        new Target(name, 0, rows));
            } else if (name.startsWith("conditioner.embedders.0.transformer.") && sdxl) {
                byModule.put("lora_te1_" + module(name.substring("conditioner.embedders.0.transformer.".length())),
                        new Target(name, 0, rows));
            } else if (name.startsWith("cond_stage_model.model.")) {
                openClip(byModule, "lora_te_", name, "cond_stage_model.model.", rows);
            } else if (name.startsWith("conditioner.embedders.1.model.") && sdxl) {
                openClip(byModule, "lora_te2_", name, "conditioner.embedders.1.model.", rows);
            }
        }
        return byModule;
    }

    /** An OpenCLIP weight under the Hugging Face module name kohya gives it; a fused in_proj as its q, k and v. */
    private static void openClip(Map<String, Target> byModule, String kohya, String name, String prefix, int rows) {
        String key = name.substring(prefix.length());
        java.util.regex.Matcher m = IN_PROJ.matcher(key);
        if (m.matches()) {
            String[] parts = { "q", "k", "v" };
            for (int i = 0; i < 3; i++) {
                byModule.put(kohya + "text_model_encoder_layers_" + m.group(1) + "_self_attn_" + parts[i] + "_proj",
                        new Target(name, i * rows / 3, rows / 3));
            }
            return;
        }
        String hf = KeyMap.openClipToHf(key);
        if (hf != null && hf.endsWith(".weight")) {
            byModule.put(kohya + module(hf), new Target(name, 0, rows));
        }
    }

    /** {@code down_blocks.0.attentions.0.proj_in.weight} to {@code down_blocks_0_attentions_0_proj_in}. */
    private static String module(String weightKey) {
        return weightKey.substring(0, weightKey.length() - ".weight".length()).replace('.', '_');
    }

    private void add(Lora lora, TensorSource file, Target target, TensorInfo down, TensorInfo up, TensorInfo alpha)
            throws IOException {
        TensorInfo weight = base.tensor(target.key());
        int out = target.rows();
        int rank = (int) down.shape()[0];
        int in = (int) (weight.numel() / weight.dim(0));
        if (up.shape()[0] != out || up.numel() != (long) out * rank || down.numel() != (long) rank * in) {
            throw new TensorFileException(lora.file(), "module '" + up.name() + "' " + up.shapeText() + " x " + down.shapeText()
                    + " does not fit '" + target.key() + "' " + weight.shapeText()
                    + (out == weight.dim(0) ? "" : " (rows " + target.firstRow() + " to " + (target.firstRow() + out) + ")"));
        }
        float scale = lora.strength() * (alpha == null ? 1f : file.floats(alpha)[0] / rank);
        float[] u = file.floats(up);
        float[] d = file.floats(down);
        float[] delta = deltas.computeIfAbsent(target.key(), k -> new float[Math.toIntExact(weight.numel())]);
        int offset = target.firstRow() * in;
        IntStream.range(0, out).parallel().forEach(o -> {
            for (int r = 0; r < rank; r++) {
                float f = scale * u[o * rank + r];
                if (f != 0) {
                    for (int i = 0; i < in; i++) {
                        delta[offset + o * in + i] += f * d[r * in + i];
                    }
                }
            }
        });
    }

    /**
     * Adds a module that holds its change whole: {@code strength · diff} ({@code .diff}, {@code .diff_b}), or, for a
     * weight given whole ({@code replaces}: Custom Diffusion's trained copies), {@code strength · (given - base)}, so
     * that strength 1 gives the trained weight.
     */
    private void addDifference(Lora lora, TensorSource file, Target target, TensorInfo given, boolean replaces)
            throws IOException {
        TensorInfo weight = base.tensor(target.key());
        long per = weight == null ? 0 : weight.numel() / weight.dim(0);
        if (weight == null || given.numel() != target.rows() * per || given.dim(0) != target.rows()) {
            throw new TensorFileException(lora.file(), "'" + given.name() + "' " + given.shapeText() + " does not fit '"
                    + target.key() + "'" + (weight == null ? ", which this model lacks" : " " + weight.shapeText()));
        }
        float[] values = file.floats(given);
        float[] delta = deltas.computeIfAbsent(target.key(), k -> new float[Math.toIntExact(weight.numel())]);
        int offset = Math.toIntExact(target.firstRow() * per);
        float[] original = replaces ? base.floats(weight) : null;
        float strength = lora.strength();
        for (int i = 0; i < values.length; i++) {
            delta[offset + i] += strength * (replaces ? values[i] - original[offset + i] : values[i]);
        }
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
