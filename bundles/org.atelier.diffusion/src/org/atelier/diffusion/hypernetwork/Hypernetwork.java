package org.atelier.diffusion.hypernetwork;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.atelier.diffusion.nn.Linear;
import org.atelier.diffusion.nn.Ops;
import org.atelier.diffusion.unet.UNet;
import org.atelier.tensors.DType;
import org.atelier.tensors.Pickle;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TorchFile;
import org.atelier.tensors.TorchWriter;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * AUTOMATIC1111's hypernetwork: for each width it was made for, a small network for the attention's keys and one
 * for its values. Where an attention layer of the UNet reads a context of that width (cross-attention: the text
 * encoder's width; self-attention: the block's channels), the context reaching {@code to_k} becomes
 * {@code x + k(x) · strength}, and the one reaching {@code to_v} {@code x + v(x) · strength}; the queries are left
 * alone. Read from and written to AUTOMATIC1111's {@code .pt} (sizes as integer keys, each a pair of state dicts, and
 * the structure's keys), which {@code torch.load(weights_only=True)}, AUTOMATIC1111 and ComfyUI load.
 */
public final class Hypernetwork {

    /** The weight initialisations AUTOMATIC1111 offers. */
    public static final List<String> WEIGHT_INITS = List.of("Normal", "XavierUniform", "XavierNormal", "KaimingUniform",
            "KaimingNormal");

    /**
     * How the small networks are built, as AUTOMATIC1111's keys name it.
     *
     * @param layers         the layer structure, relative to the width ({@code 1, 2, 1}); first and last 1
     * @param activation     {@code linear} (none) or one of {@link Activations#names()}
     * @param layerNorm      a layer norm after each linear layer
     * @param dropout        the dropout after each layer ({@code dropout.get(i+1)} after linear layer {@code i}), as
     *                       many as {@code layers}
     * @param activateOutput the activation after the last linear layer too
     * @param weightInit     one of {@link #WEIGHT_INITS}: how new linear layers start
     */
    public record Structure(List<Double> layers, String activation, boolean layerNorm, List<Double> dropout,
            boolean activateOutput, String weightInit) {

        /**
         * @throws IllegalArgumentException naming what is wrong: the layers' ends, an activation or initialisation
         *                                  AUTOMATIC1111 does not know, a dropout out of {@code [0, 1)}
         */
        public Structure {
            layers = List.copyOf(layers);
            dropout = List.copyOf(dropout);
            if (layers.size() < 2 || layers.get(0) != 1.0 || layers.get(layers.size() - 1) != 1.0) {
                throw new IllegalArgumentException("layer structure " + layers + ": it starts and ends with 1 (as 1, 2, 1)");
            }
            if (layers.stream().anyMatch(l -> !(l > 0))) {
                throw new IllegalArgumentException("layer structure " + layers + ": every layer is wider than 0");
            }
            if (!Activations.isKnown(activation)) {
                throw new IllegalArgumentException("activation '" + activation + "' is unknown (known: "
                        + String.join(", ", Activations.names()) + ")");
            }
            if (!WEIGHT_INITS.contains(weightInit)) {
                throw new IllegalArgumentException("weight initialisation '" + weightInit + "' is unknown (known: "
                        + String.join(", ", WEIGHT_INITS) + ")");
            }
            if (dropout.size() != layers.size() || dropout.stream().anyMatch(p -> !(p >= 0 && p < 1))) {
                throw new IllegalArgumentException("dropout structure " + dropout + ": one value in [0, 1) for each of the "
                        + layers.size() + " layers");
            }
        }

        /**
         * AUTOMATIC1111's dropout structure when none is given: none without dropout, else 0.3 after every hidden
         * layer but the last, and after the last too when {@code lastLayerDropout}.
         */
        public static List<Double> defaultDropout(List<Double> layers, boolean useDropout, boolean lastLayerDropout) {
            List<Double> d = new ArrayList<>();
            for (int i = 0; i < layers.size(); i++) {
                boolean hidden = i > 0 && i < layers.size() - 1;
                boolean lastHidden = i == layers.size() - 2;
                d.add(useDropout && hidden && (!lastHidden || lastLayerDropout) ? 0.3 : 0.0);
            }
            return d;
        }

        /** True when some layer has dropout. */
        public boolean usesDropout() {
            return dropout.stream().anyMatch(p -> p > 0);
        }
    }

    /** A network's two modules at one width. */
    private record Pair(HypernetworkModule key, HypernetworkModule value) {
    }

    private final String name;
    private final Structure structure;
    private final Map<Integer, Pair> modules;
    private final long step;
    private boolean training;

    private Hypernetwork(String name, Structure structure, Map<Integer, Pair> modules, long step) {
        this.name = name;
        this.structure = structure;
        this.modules = modules;
        this.step = step;
    }

    /** A new hypernetwork of {@code structure} for the given widths, its layers initialised from {@code seed}. */
    public static Hypernetwork create(String name, Structure structure, List<Integer> widths, NDManager manager, long seed) {
        Random random = new Random(seed);
        Map<Integer, Pair> modules = new LinkedHashMap<>();
        for (int width : widths) {
            modules.put(width, new Pair(HypernetworkModule.create(structure, width, manager, random),
                    HypernetworkModule.create(structure, width, manager, random)));
        }
        return new Hypernetwork(fileName(name), structure, modules, 0);
    }

    /**
     * Reads AUTOMATIC1111's {@code .pt} (with a whitelist unpickler: nothing in the file runs), with its defaults for
     * the keys an older file lacks.
     *
     * @throws TensorFileException naming the file and what is wrong in it
     */
    public static Hypernetwork read(Path file, NDManager manager) throws IOException {
        try (TorchFile torch = TorchFile.open(file)) {
            if (!(torch.root() instanceof Map<?, ?> root)) {
                throw new TensorFileException(file, "not a hypernetwork: its pickle holds no dict");
            }
            Structure structure;
            try {
                structure = structure(root);
            } catch (IllegalArgumentException e) {
                throw new TensorFileException(file, "not a hypernetwork AUTOMATIC1111 reads: " + e.getMessage(), e);
            }
            Map<Integer, Pair> modules = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : root.entrySet()) {
                Integer width = width(entry.getKey());
                if (width == null) {
                    continue;
                }
                try {
                    modules.put(width, new Pair(HypernetworkModule.load(structure, width, state(torch, width + ".0.", manager)),
                            HypernetworkModule.load(structure, width, state(torch, width + ".1.", manager))));
                } catch (IllegalArgumentException e) {
                    throw new TensorFileException(file, "the modules of width " + width + ": " + e.getMessage(), e);
                }
            }
            if (modules.isEmpty()) {
                throw new TensorFileException(file, "not a hypernetwork: no modules (integer keys, one per width)");
            }
            String name = fileName(root.get("name") instanceof String s ? s
                    : file.getFileName().toString().replaceFirst("\\.pt$", ""));
            long step = root.get("step") instanceof Number n ? n.longValue() : 0;
            return new Hypernetwork(name, structure, modules, step);
        }
    }

    /** A width key: an integer, or a string of one (ComfyUI reads both). */
    private static Integer width(Object key) {
        if (key instanceof Number n) {
            return n.intValue();
        }
        return key instanceof String s && s.matches("[0-9]{1,6}") ? Integer.valueOf(s) : null;
    }

    /** The structure from the file's keys, with AUTOMATIC1111's defaults for those it lacks. */
    private static Structure structure(Map<?, ?> root) {
        List<Double> layers = numbers(root, "layer_structure");
        if (layers == null) {
            layers = List.of(1.0, 2.0, 1.0);
        }
        String activation = typed(root, "activation_func", String.class);
        boolean layerNorm = Boolean.TRUE.equals(typed(root, "is_layer_norm", Boolean.class));
        String init = typed(root, "weight_initialization", String.class);
        // a missing key means true; a None stored, false (as AUTOMATIC1111's get('activate_output', True) reads them)
        boolean activateOutput = !root.containsKey("activate_output") || Boolean.TRUE.equals(typed(root, "activate_output",
                Boolean.class));
        List<Double> dropout = numbers(root, "dropout_structure");
        boolean useDropout = dropout != null && dropout.stream().anyMatch(p -> p != 0)
                || Boolean.TRUE.equals(typed(root, "use_dropout", Boolean.class));
        if (dropout == null) {
            dropout = Structure.defaultDropout(layers, useDropout,
                    Boolean.TRUE.equals(typed(root, "last_layer_dropout", Boolean.class)));
        }
        return new Structure(layers, activation, layerNorm, dropout, activateOutput, init == null ? "Normal" : init);
    }

    /** The value of {@code key}, null when missing or None; of another type, refused naming the key. */
    private static <T> T typed(Map<?, ?> root, String key, Class<T> type) {
        Object value = root.get(key);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalArgumentException(key + " is " + value + ", not a " + type.getSimpleName().toLowerCase(Locale.ROOT));
        }
        return type.cast(value);
    }

    /** A list or tuple of numbers under {@code key}; null when missing or None. */
    private static List<Double> numbers(Map<?, ?> root, String key) {
        Object value = root.get(key);
        List<?> items = value instanceof Pickle.Tuple t ? t.items() : value instanceof List<?> l ? l : null;
        if (value != null && (items == null || items.stream().anyMatch(v -> !(v instanceof Number)))) {
            throw new IllegalArgumentException(key + " is " + value + ", not a list of numbers");
        }
        return items == null ? null : items.stream().map(v -> ((Number) v).doubleValue()).toList();
    }

    private static Map<String, NDArray> state(TorchFile torch, String prefix, NDManager manager) throws IOException {
        Map<String, NDArray> state = new LinkedHashMap<>();
        for (TensorInfo info : torch.tensors()) {
            if (info.name().startsWith(prefix)) {
                // the first files named their two layers linear1 and linear2; AUTOMATIC1111 reads them as linear.0, linear.1
                String key = info.name().substring(prefix.length()).replaceFirst("^linear1\\.", "linear.0.")
                        .replaceFirst("^linear2\\.", "linear.1.");
                state.put(key, manager.create(torch.floats(info), new Shape(info.shape())));
            }
        }
        return state;
    }

    /**
     * Writes AUTOMATIC1111's {@code .pt}: each width's pair of state dicts (float32) under the width as an integer,
     * then {@code step}, {@code name}, the structure's keys and the checkpoint it was trained on.
     *
     * @param checkpointHash its short hash as AUTOMATIC1111 shows it (or null); {@code checkpointName} its name
     */
    public void write(Path file, long step, String checkpointHash, String checkpointName) throws IOException {
        Map<Object, Object> root = new LinkedHashMap<>();
        modules.forEach((width, pair) -> root.put(width.longValue(),
                new Pickle.Tuple(List.of(new TorchWriter.Ordered(data(pair.key())), new TorchWriter.Ordered(data(pair.value()))))));
        root.put("step", step);
        root.put("name", name);
        root.put("layer_structure", structure.layers());
        root.put("activation_func", structure.activation());
        root.put("is_layer_norm", structure.layerNorm());
        root.put("weight_initialization", structure.weightInit());
        root.put("sd_checkpoint", checkpointHash);
        root.put("sd_checkpoint_name", checkpointName);
        root.put("activate_output", structure.activateOutput());
        root.put("use_dropout", structure.usesDropout());
        root.put("dropout_structure", structure.dropout());
        root.put("last_layer_dropout", structure.dropout().size() >= 2 && structure.dropout().get(structure.dropout().size() - 2) != 0);
        root.put("optional_info", null);
        TorchWriter.write(file, root);
    }

    private static Map<String, Object> data(HypernetworkModule module) {
        Map<String, Object> state = new LinkedHashMap<>();
        module.state().forEach((key, array) -> state.put(key,
                TorchWriter.Data.ofFloats(array.toFloatArray(), array.getShape().getShape(), DType.F32)));
        return state;
    }

    public String name() {
        return name;
    }

    /**
     * What an image made with the hypernetwork {@code file} at {@code strength} adds to its PNG parameters, as
     * AUTOMATIC1111 wrote it: {@code , Hypernet: name, Hypernet hash: h, Hypernet strength: s} (its file name without
     * {@code .pt}, and the legacy hash of the file).
     */
    public static String parameters(Path file, float strength) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.pt$", "");
        return ", Hypernet: " + name + ", Hypernet hash: " + org.atelier.tensors.Hashes.legacyModelHash(file)
                + ", Hypernet strength: " + (strength == Math.rint(strength) ? String.format(Locale.ROOT, "%.1f", strength)
                        : Float.toString(strength));
    }

    /** {@code name} as AUTOMATIC1111 keeps a hypernetwork's name: letters, digits, {@code ._- } (else "hypernetwork"). */
    public static String fileName(String name) {
        String kept = name.replaceAll("[^A-Za-z0-9._ -]", "").strip().replaceAll("^\\.+", "");
        return kept.isEmpty() ? "hypernetwork" : kept;
    }

    /** The same modules (shared, not copied) under another name. */
    public Hypernetwork named(String other) {
        return new Hypernetwork(fileName(other), structure, modules, step);
    }

    public Structure structure() {
        return structure;
    }

    /** The step it was saved at (0 for a new one). */
    public long step() {
        return step;
    }

    /** The widths it has modules for, in the file's order. */
    public List<Integer> widths() {
        return List.copyOf(modules.keySet());
    }

    /** Its arrays, named {@code <width>.0.linear.0.weight} (keys) and {@code <width>.1....} (values), as the file's. */
    public Map<String, NDArray> arrays() {
        Map<String, NDArray> all = new LinkedHashMap<>();
        modules.forEach((width, pair) -> {
            pair.key().state().forEach((k, v) -> all.put(width + ".0." + k, v));
            pair.value().state().forEach((k, v) -> all.put(width + ".1." + k, v));
        });
        return all;
    }

    /** Training on or off: dropout applies in training only (and the strength is 1 then, as AUTOMATIC1111's). */
    public void training(boolean on) {
        training = on;
    }

    /**
     * The widths {@code unet}'s attention layers read, by the key or value projections that read them (cross-attention
     * reads the text encoder's width, self-attention its block's channels).
     */
    public static Map<Integer, List<Linear>> attentionInputs(UNet unet) {
        Map<Integer, List<Linear>> byWidth = new LinkedHashMap<>();
        for (Linear layer : unet.linears()) {
            if (layer.key().matches(".*\\.attn[12]\\.to_[kv]")) {
                byWidth.computeIfAbsent((int) layer.inFeatures(), w -> new ArrayList<>()).add(layer);
            }
        }
        return byWidth;
    }

    /** The width the cross-attention layers read: the text encoder's. */
    private static int contextWidth(UNet unet) {
        return unet.linears().stream().filter(l -> l.key().endsWith(".attn2.to_k")).findFirst()
                .map(l -> (int) l.inFeatures()).orElse(-1);
    }

    /**
     * Applies the hypernetwork to {@code unet} at {@code strength} until the attachment is closed.
     *
     * @throws IllegalArgumentException when it was made for another model: none of its widths is one the UNet's
     *                                  attention reads, or it has modules for a text encoder's width other than
     *                                  this model's (the message names both)
     */
    public Attachment attach(UNet unet, float strength) {
        Map<Integer, List<Linear>> inputs = attentionInputs(unet);
        int context = contextWidth(unet);
        boolean anyUsed = modules.keySet().stream().anyMatch(inputs::containsKey);
        List<Integer> foreign = modules.keySet().stream().filter(w -> !inputs.containsKey(w)).toList();
        if (!anyUsed || (!foreign.isEmpty() && !modules.containsKey(context))) {
            throw new IllegalArgumentException("hypernetwork '" + name + "' has modules for the widths " + modules.keySet()
                    + " but this model's attention reads " + new TreeSet<>(inputs.keySet()) + " (its text encoder is "
                    + context + " wide): it was made for another model");
        }
        List<Runnable> undo = new ArrayList<>();
        modules.forEach((width, pair) -> {
            for (Linear layer : inputs.getOrDefault(width, List.of())) {
                HypernetworkModule module = layer.key().endsWith("to_k") ? pair.key() : pair.value();
                // the projection reads x + module(x) · strength (1 in training), as AUTOMATIC1111's context_k and context_v;
                // a second hypernetwork reads the first one's result, as there
                // at strength 0 the input passes untouched: x + 0 is x, but a new array may take another matrix
                // product's path than x itself, a last bit apart
                Linear.InputTransform transform = x -> {
                    if (!training && strength == 0) {
                        return x;
                    }
                    NDArray added = module.forward(x, training);
                    return x.add(training ? added : Ops.mul(added, strength));
                };
                layer.addInputTransform(transform);
                undo.add(() -> layer.removeInputTransform(transform));
            }
        });
        return new Attachment(undo);
    }

    /** A hypernetwork applied to a UNet; closing it leaves the UNet as it was. */
    public static final class Attachment implements AutoCloseable {
        private final List<Runnable> undo;

        private Attachment(List<Runnable> undo) {
            this.undo = undo;
        }

        /** The projections it adapts. */
        public int layers() {
            return undo.size();
        }

        @Override
        public void close() {
            undo.forEach(Runnable::run);
            undo.clear();
        }
    }
}
