package org.atelier.tensors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.common.AtomicFiles;
import org.atelier.tensors.ModelInfo.Architecture;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * Converts Stable Diffusion models between a single file (ldm layout, safetensors or ckpt) and a diffusers
 * folder, and between element types; streaming, one tensor at a time. Every file is written under a temporary
 * name and renamed into place.
 */
public final class SdConverter {

    /** Progress of a conversion, one call per tensor written; also where cancellation is asked. */
    public interface Progress {
        void tensor(int done, int total, String name);

        default boolean cancelled() {
            return false;
        }

        Progress NONE = (done, total, name) -> {
        };
    }

    /** One tensor to write: its name, shape and where its values come from. */
    private record Output(String name, long[] shape, DType sourceType, Reader values) {
    }

    @FunctionalInterface
    private interface Reader {
        /** The values, contiguous little-endian, in the source dtype. */
        ByteBuffer read() throws IOException;
    }

    private static final String UNET = "model.diffusion_model.";
    private static final String VAE = "first_stage_model.";
    private static final Pattern RESBLOCK_IN_PROJ = Pattern.compile("transformer\\.resblocks\\.(\\d+)\\.attn\\.in_proj_(weight|bias)");
    private static final Pattern HF_QKV = Pattern.compile("text_model\\.encoder\\.layers\\.(\\d+)\\.self_attn\\.([qkv])_proj\\.(weight|bias)");

    private final TensorSource source;
    private final DType dtype;
    private final Progress progress;
    private final List<String> skipped = new ArrayList<>();

    private SdConverter(TensorSource source, DType dtype, Progress progress) {
        this.source = source;
        this.dtype = dtype;
        this.progress = progress;
    }

    /** The keys a conversion left out (EMA weights, position ids, ...), for the user to see. */
    public List<String> skipped() {
        return skipped;
    }

    // ---- single file to single file

    /**
     * Rewrites a model as safetensors (or a {@code .ckpt} when the target ends so), converting floating-point
     * tensors to {@code dtype} (null: keep each tensor's type).
     */
    public static SdConverter toSingleFile(TensorSource source, Path target, DType dtype, Progress progress) throws IOException {
        SdConverter converter = new SdConverter(source, dtype, progress);
        List<Output> outputs = new ArrayList<>();
        for (TensorInfo t : source.tensors()) {
            outputs.add(new Output(t.name(), t.shape(), t.dtype(), () -> source.bytes(t)));
        }
        Map<String, String> metadata = new LinkedHashMap<>(source.metadata());
        metadata.putIfAbsent("format", "pt");
        converter.write(target, metadata, outputs);
        return converter;
    }

    // ---- single file to diffusers

    /** Writes a diffusers folder from a single-file checkpoint (SD 1.x, 2.x, SDXL base or refiner). */
    public static SdConverter toDiffusers(TensorSource source, Path folder, DType dtype, Path tokenizer, Progress progress)
            throws IOException {
        ModelInfo info = ModelDetector.detect(source);
        if (info.kind() != ModelInfo.Kind.CHECKPOINT || info.architecture() == Architecture.UNKNOWN) {
            throw new TensorFileException(source.file(), "not a Stable Diffusion checkpoint this converter knows ("
                    + info.summary() + ")");
        }
        SdConverter converter = new SdConverter(source, dtype, progress);
        Map<String, List<Output>> components = new LinkedHashMap<>();
        for (String c : DiffusersFolder.COMPONENTS) {
            components.put(c, new ArrayList<>());
        }
        int vaeLevels = vaeLevels(source);
        int openClipLayers = resblocks(source, info.architecture() == Architecture.SD2 ? "cond_stage_model.model." : "");
        for (TensorInfo t : source.tensors()) {
            String name = t.name();
            if (name.startsWith(UNET)) {
                String key = KeyMap.unetToDiffusers(name.substring(UNET.length()));
                converter.require(key, name);
                components.get("unet").add(converter.same(key, t));
            } else if (name.startsWith(VAE)) {
                String key = KeyMap.vaeToDiffusers(name.substring(VAE.length()), vaeLevels);
                long[] shape = t.shape();
                if (key.contains(".mid_block.attentions.0.to_") && shape.length == 4) {
                    shape = new long[] { shape[0], shape[1] }; // a 1x1 convolution as a linear layer
                }
                components.get("vae").add(new Output(key, shape, t.dtype(), () -> source.bytes(t)));
            } else if (name.startsWith("cond_stage_model.transformer.")) {
                String key = name.substring("cond_stage_model.transformer.".length());
                key = key.startsWith("text_model.") ? key : "text_model." + key; // the legacy layout
                converter.addClip(components.get("text_encoder"), key, t);
            } else if (name.startsWith("conditioner.embedders.0.transformer.")) {
                converter.addClip(components.get("text_encoder"), name.substring("conditioner.embedders.0.transformer.".length()), t);
            } else if (name.startsWith("cond_stage_model.model.")) {
                // diffusers keeps the 23 layers SD 2.x uses (it reads the penultimate layer of 24)
                converter.addOpenClip(components.get("text_encoder"), "cond_stage_model.model.", t, openClipLayers - 1, false);
            } else if (name.startsWith("conditioner.embedders.1.model.")) {
                converter.addOpenClip(components.get("text_encoder_2"), "conditioner.embedders.1.model.", t, Integer.MAX_VALUE, true);
            } else if (name.startsWith("conditioner.embedders.0.model.")) {
                converter.addOpenClip(components.get("text_encoder_2"), "conditioner.embedders.0.model.", t, Integer.MAX_VALUE, true);
            } else {
                converter.skipped.add(name);
            }
        }
        Files.createDirectories(folder);
        int total = components.values().stream().mapToInt(List::size).sum();
        converter.total = total;
        for (Map.Entry<String, List<Output>> e : components.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            String file = e.getKey().startsWith("text_encoder") ? "model.safetensors" : "diffusion_pytorch_model.safetensors";
            converter.write(folder.resolve(e.getKey()).resolve(file), Map.of("format", "pt"), e.getValue());
        }
        DiffusersConfigs.write(folder, source, info, components.keySet().stream()
                .filter(c -> !components.get(c).isEmpty()).toList(), tokenizer);
        return converter;
    }

    private void require(String key, String from) throws TensorFileException {
        if (key == null) {
            throw new TensorFileException(source.file(), "tensor '" + from + "' has no place in the diffusers layout");
        }
    }

    private Output same(String key, TensorInfo t) {
        return new Output(key, t.shape(), t.dtype(), () -> source.bytes(t));
    }

    private void addClip(List<Output> outputs, String key, TensorInfo t) {
        if (key.endsWith("position_ids")) {
            skipped.add(t.name());
            return;
        }
        outputs.add(same(key, t));
    }

    private void addOpenClip(List<Output> outputs, String prefix, TensorInfo t, int layers, boolean projection)
            throws TensorFileException {
        String key = t.name().substring(prefix.length());
        Matcher m = RESBLOCK_IN_PROJ.matcher(key);
        if (key.startsWith("transformer.resblocks.")) {
            int layer = Integer.parseInt(key.split("\\.")[2]);
            if (layer >= layers) {
                skipped.add(t.name());
                return;
            }
        }
        if (m.matches()) {
            // q, k and v are one fused matrix (or bias) in OpenCLIP: split along the first dimension
            long width = t.dim(0) / 3;
            for (int part = 0; part < 3; part++) {
                String name = "text_model.encoder.layers." + m.group(1) + ".self_attn." + "qkv".charAt(part) + "_proj."
                        + m.group(2);
                long[] shape = t.rank() == 2 ? new long[] { width, t.dim(1) } : new long[] { width };
                long bytes = TensorInfo.numel(shape) * t.dtype().bytes();
                int index = part;
                outputs.add(new Output(name, shape, t.dtype(), () -> slice(source.bytes(t), index * bytes, bytes)));
            }
            return;
        }
        if (key.equals("logit_scale") || (key.equals("text_projection") && !projection)) {
            skipped.add(t.name());
            return;
        }
        String mapped = KeyMap.openClipToHf(key);
        require(mapped, t.name());
        if (key.equals("text_projection")) {
            // OpenCLIP multiplies x @ P; a Hugging Face Linear holds P transposed
            outputs.add(new Output(mapped, new long[] { t.dim(1), t.dim(0) }, t.dtype(), () -> transpose(source.bytes(t),
                    t.dim(0), t.dim(1), t.dtype().bytes())));
            return;
        }
        outputs.add(same(mapped, t));
    }

    // ---- diffusers to single file

    /** Writes a single-file checkpoint (ldm layout) from a diffusers folder. */
    public static SdConverter fromDiffusers(DiffusersFolder folder, Path target, DType dtype, Progress progress)
            throws IOException {
        SdConverter converter = new SdConverter(folder, dtype, progress);
        converter.write(target, Map.of("format", "pt"), converter.ldmOutputs(folder));
        return converter;
    }

    /**
     * A diffusers folder seen as the single-file checkpoint it converts to: the same keys, shapes and values that
     * {@link #fromDiffusers} would write, each read from the folder when asked for. Nothing is written.
     */
    public static TensorSource asCheckpoint(DiffusersFolder folder) throws IOException {
        List<Output> outputs = new SdConverter(folder, null, Progress.NONE).ldmOutputs(folder);
        return new CheckpointView(folder, outputs);
    }

    /** The tensors of a diffusers folder under their ldm names, in the order original checkpoints list them. */
    private List<Output> ldmOutputs(DiffusersFolder folder) throws IOException {
        ModelInfo info = ModelDetector.detect(folder);
        Set<Integer> upAttention = new TreeSet<>();
        for (TensorInfo t : folder.tensors()) {
            Matcher m = Pattern.compile("unet\\.up_blocks\\.(\\d+)\\.attentions\\..*").matcher(t.name());
            if (m.matches()) {
                upAttention.add(Integer.parseInt(m.group(1)));
            }
        }
        int vaeLevels = (int) folder.tensors().stream().filter(t -> t.name().matches("vae\\.encoder\\.down_blocks\\.\\d+\\..*"))
                .map(t -> t.name().split("\\.")[3]).distinct().count();
        boolean sdxl = info.architecture() == Architecture.SDXL;
        boolean refiner = info.architecture() == Architecture.SDXL_REFINER;
        boolean sd2 = info.architecture() == Architecture.SD2;
        List<Output> outputs = new ArrayList<>();
        Map<String, TensorInfo[]> qkv = new LinkedHashMap<>();
        for (TensorInfo t : folder.tensors()) {
            String name = t.name();
            int dot = name.indexOf('.');
            String component = name.substring(0, dot);
            String key = name.substring(dot + 1);
            switch (component) {
            case "unet" -> {
                String ldm = KeyMap.unetToLdm(key, upAttention::contains);
                require(ldm, name);
                outputs.add(new Output(UNET + ldm, t.shape(), t.dtype(), () -> folder.bytes(t)));
            }
            case "vae" -> {
                long[] shape = t.shape();
                if (key.contains(".mid_block.attentions.0.to_") && key.endsWith(".weight") && shape.length == 2) {
                    shape = new long[] { shape[0], shape[1], 1, 1 };
                }
                outputs.add(new Output(VAE + KeyMap.vaeToLdm(key, vaeLevels), shape, t.dtype(), () -> folder.bytes(t)));
            }
            case "text_encoder", "text_encoder_2" -> {
                boolean openClip = component.equals("text_encoder_2") || sd2;
                String prefix = component.equals("text_encoder")
                        ? (sdxl ? "conditioner.embedders.0.transformer." : sd2 ? "cond_stage_model.model." : "cond_stage_model.transformer.")
                        : (refiner ? "conditioner.embedders.0.model." : "conditioner.embedders.1.model.");
                if (!openClip) {
                    outputs.add(new Output(prefix + key, t.shape(), t.dtype(), () -> folder.bytes(t)));
                    continue;
                }
                Matcher m = HF_QKV.matcher(key);
                if (m.matches()) {
                    String fused = prefix + "transformer.resblocks." + m.group(1) + ".attn.in_proj_" + m.group(3);
                    TensorInfo[] parts = qkv.computeIfAbsent(fused, k -> new TensorInfo[3]);
                    parts["qkv".indexOf(m.group(2))] = t;
                    if (parts[0] != null && parts[1] != null && parts[2] != null) {
                        long[] shape = parts[0].shape();
                        shape[0] *= 3;
                        outputs.add(new Output(fused, shape, t.dtype(), () -> concat(folder, parts)));
                    }
                    continue;
                }
                String mapped = KeyMap.hfToOpenClip(key);
                if (mapped == null) {
                    skipped.add(name);
                    continue;
                }
                if (mapped.equals("text_projection")) {
                    outputs.add(new Output(prefix + mapped, new long[] { t.dim(1), t.dim(0) }, t.dtype(),
                            () -> transpose(folder.bytes(t), t.dim(0), t.dim(1), t.dtype().bytes())));
                } else {
                    outputs.add(new Output(prefix + mapped, t.shape(), t.dtype(), () -> folder.bytes(t)));
                }
            }
            default -> skipped.add(name);
            }
        }
        if (info.prediction() != null && info.prediction().equals("v-prediction") && (sdxl || refiner)) {
            outputs.add(new Output("v_pred", new long[] {}, DType.F32, () -> Tensors.fromFloats(new float[] { 0 }, DType.F32)));
        }
        outputs.sort(Comparator.comparing(o -> order(o.name())));
        return outputs;
    }

    /** The ldm-named tensors of a diffusers folder, read through their conversions. */
    private static final class CheckpointView implements TensorSource {
        private final DiffusersFolder folder;
        private final Map<String, Output> outputs = new LinkedHashMap<>();
        private final Map<String, TensorInfo> tensors = new LinkedHashMap<>();

        CheckpointView(DiffusersFolder folder, List<Output> list) {
            this.folder = folder;
            for (Output o : list) {
                outputs.put(o.name(), o);
                tensors.put(o.name(), new TensorInfo(o.name(), o.sourceType(), o.shape(), 0,
                        TensorInfo.numel(o.shape()) * o.sourceType().bytes()));
            }
        }

        @Override
        public Path file() {
            return folder.file();
        }

        @Override
        public Map<String, String> metadata() {
            return folder.metadata();
        }

        @Override
        public List<TensorInfo> tensors() {
            return List.copyOf(tensors.values());
        }

        @Override
        public TensorInfo tensor(String name) {
            return tensors.get(name);
        }

        @Override
        public ByteBuffer bytes(TensorInfo tensor) throws IOException {
            Output o = outputs.get(tensor.name());
            if (o == null) {
                throw new TensorFileException(folder.file(), "no tensor '" + tensor.name() + "'");
            }
            return o.values().read();
        }

        @Override
        public void close() throws IOException {
            folder.close();
        }
    }

    /** UNet, then VAE, then text encoders, as the original checkpoints list them. */
    private static String order(String name) {
        int rank = name.startsWith(UNET) ? 0 : name.startsWith(VAE) ? 1 : 2;
        return rank + name;
    }

    private static ByteBuffer concat(TensorSource source, TensorInfo[] parts) throws IOException {
        long total = 0;
        for (TensorInfo p : parts) {
            total += p.byteSize();
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(total));
        for (TensorInfo p : parts) {
            out.put(source.bytes(p).duplicate());
        }
        out.flip();
        return out;
    }

    // ---- shared

    private int total;
    private int done;

    private void write(Path target, Map<String, String> metadata, List<Output> outputs) throws IOException {
        if (total == 0) {
            total = outputs.size();
        }
        List<SafetensorsWriter.Spec> specs = new ArrayList<>();
        for (Output o : outputs) {
            specs.add(new SafetensorsWriter.Spec(o.name(), targetType(o.sourceType()), o.shape()));
        }
        if (target.getFileName().toString().endsWith(".ckpt") || target.getFileName().toString().endsWith(".pt")) {
            writeTorch(target, outputs);
            return;
        }
        SafetensorsWriter writer = SafetensorsWriter.create(target, metadata, specs);
        try {
            for (int i = 0; i < outputs.size(); i++) {
                if (progress.cancelled()) {
                    throw new java.util.concurrent.CancellationException("cancelled");
                }
                Output o = outputs.get(i);
                writer.write(o.name(), converted(o, specs.get(i).dtype()));
                progress.tensor(++done, total, o.name());
            }
            writer.close();
        } catch (IOException | RuntimeException e) {
            writer.abort();
            throw e;
        }
    }

    private void writeTorch(Path target, List<Output> outputs) throws IOException {
        Map<String, Object> stateDict = new LinkedHashMap<>();
        for (Output o : outputs) {
            DType type = targetType(o.sourceType());
            stateDict.put(o.name(), new TorchWriter.Data(type, o.shape(), converted(o, type)));
            progress.tensor(++done, total, o.name());
        }
        TorchWriter.write(target, new TorchWriter.Ordered(stateDict));
    }

    private DType targetType(DType sourceType) {
        return dtype != null && sourceType.isFloatingPoint() ? dtype : sourceType;
    }

    private static ByteBuffer converted(Output o, DType type) throws IOException {
        ByteBuffer bytes = o.values().read();
        if (type == o.sourceType()) {
            return bytes;
        }
        long numel = TensorInfo.numel(o.shape());
        return Tensors.fromFloats(Tensors.toFloats(o.sourceType(), bytes, numel), type);
    }

    private static ByteBuffer slice(ByteBuffer bytes, long from, long length) {
        ByteBuffer b = bytes.duplicate();
        b.position(b.position() + (int) from);
        b.limit(b.position() + (int) length);
        return b.slice().order(java.nio.ByteOrder.LITTLE_ENDIAN);
    }

    private static ByteBuffer transpose(ByteBuffer bytes, long rows, long columns, int size) {
        ByteBuffer in = bytes.duplicate();
        int base = in.position();
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(rows * columns * size));
        byte[] element = new byte[size];
        for (long c = 0; c < columns; c++) {
            for (long r = 0; r < rows; r++) {
                in.get(Math.toIntExact(base + (r * columns + c) * size), element);
                out.put(element);
            }
        }
        out.flip();
        return out;
    }

    private static int vaeLevels(TensorSource source) {
        return (int) source.tensors().stream().filter(t -> t.name().matches("first_stage_model\\.encoder\\.down\\.\\d+\\..*"))
                .map(t -> t.name().split("\\.")[3]).distinct().count();
    }

    private static int resblocks(TensorSource source, String prefix) {
        if (prefix.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        return (int) source.tensors().stream().filter(t -> t.name().startsWith(prefix + "transformer.resblocks."))
                .map(t -> t.name().substring((prefix + "transformer.resblocks.").length()).split("\\.")[0]).distinct().count();
    }

    static JsonArray array(Object... values) {
        JsonArray a = new JsonArray();
        for (Object v : values) {
            if (v == null) {
                a.add(JsonNull.INSTANCE);
            } else if (v instanceof Number n) {
                a.add(n);
            } else {
                a.add(v.toString());
            }
        }
        return a;
    }

    static void writeJson(Path file, JsonObject json) throws IOException {
        AtomicFiles.writeString(file, new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(json) + "\n");
    }
}
