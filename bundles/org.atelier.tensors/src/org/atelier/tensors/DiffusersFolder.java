package org.atelier.tensors;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.tensors.ModelInfo.Architecture;
import org.atelier.tensors.ModelInfo.Component;
import org.atelier.tensors.ModelInfo.Kind;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A diffusers model folder ({@code model_index.json} with {@code unet/}, {@code vae/}, {@code text_encoder/},
 * {@code text_encoder_2/}) read as one tensor source: the tensors are named {@code <component>.<key>}, read from
 * each component's safetensors (sharded or not, fp16 variant or not) or torch file.
 */
public final class DiffusersFolder implements TensorSource {

    /** The components a Stable Diffusion pipeline folder holds weights for. */
    public static final List<String> COMPONENTS = List.of("unet", "vae", "text_encoder", "text_encoder_2");

    private static final List<String> WEIGHTS = List.of("diffusion_pytorch_model.safetensors", "model.safetensors",
            "diffusion_pytorch_model.fp16.safetensors", "model.fp16.safetensors",
            "diffusion_pytorch_model.safetensors.index.json", "model.safetensors.index.json",
            "diffusion_pytorch_model.bin", "pytorch_model.bin");

    private final Path folder;
    private final List<TensorSource> files = new ArrayList<>();
    private final Map<String, TensorInfo> tensors = new LinkedHashMap<>();
    private final Map<String, TensorSource> owners = new LinkedHashMap<>();
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    private DiffusersFolder(Path folder) {
        this.folder = folder;
    }

    public static boolean isDiffusersFolder(Path folder) {
        return Files.isRegularFile(folder.resolve("model_index.json"))
                || COMPONENTS.stream().anyMatch(c -> Files.isRegularFile(folder.resolve(c).resolve("config.json")));
    }

    public static DiffusersFolder open(Path folder) throws IOException {
        if (!isDiffusersFolder(folder)) {
            throw new TensorFileException(folder, "not a diffusers model folder (no model_index.json, no unet/config.json)");
        }
        DiffusersFolder model = new DiffusersFolder(folder);
        try {
            if (Files.isRegularFile(folder.resolve("model_index.json"))) {
                JsonObject index = model.json(folder.resolve("model_index.json"));
                for (String key : new String[] { "_class_name", "_diffusers_version" }) {
                    if (index.has(key) && index.get(key).isJsonPrimitive()) {
                        model.metadata.put(key, index.get(key).getAsString());
                    }
                }
            }
            for (String component : COMPONENTS) {
                Path dir = folder.resolve(component);
                if (Files.isDirectory(dir)) {
                    model.addComponent(component, dir);
                }
            }
            return model;
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private void addComponent(String component, Path dir) throws IOException {
        for (String name : WEIGHTS) {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            if (name.endsWith(".index.json")) {
                JsonObject weightMap = json(file).getAsJsonObject("weight_map");
                if (weightMap == null) {
                    throw new TensorFileException(file, "no weight_map in the shard index");
                }
                for (String shard : weightMap.entrySet().stream().map(e -> e.getValue().getAsString()).distinct().toList()) {
                    add(component, TensorFiles.open(dir.resolve(shard)));
                }
            } else {
                add(component, TensorFiles.open(file));
            }
            return;
        }
        throw new TensorFileException(dir, "no weights file (" + WEIGHTS.get(0) + " or " + WEIGHTS.get(1) + ")");
    }

    private void add(String component, TensorSource source) {
        files.add(source);
        for (TensorInfo t : source.tensors()) {
            String name = component + "." + t.name();
            tensors.put(name, new TensorInfo(name, t.dtype(), t.shape(), t.begin(), t.end()));
            owners.put(name, source);
            keys.put(name, t.name());
        }
    }

    private JsonObject json(Path file) throws TensorFileException {
        try (Reader in = Files.newBufferedReader(file)) {
            JsonElement element = JsonParser.parseReader(in);
            if (!element.isJsonObject()) {
                throw new TensorFileException(file, "not a JSON object");
            }
            return element.getAsJsonObject();
        } catch (IOException | JsonParseException e) {
            throw new TensorFileException(file, "not readable JSON: " + e.getMessage(), e);
        }
    }

    private JsonObject config(String component) throws TensorFileException {
        Path file = folder.resolve(component).resolve("config.json");
        return Files.isRegularFile(file) ? json(file) : new JsonObject();
    }

    @Override
    public Path file() {
        return folder;
    }

    @Override
    public Map<String, String> metadata() {
        return java.util.Collections.unmodifiableMap(metadata);
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
        TensorSource owner = owners.get(tensor.name());
        if (owner == null) {
            throw new TensorFileException(folder, "no tensor '" + tensor.name() + "'");
        }
        return owner.bytes(owner.tensor(keys.get(tensor.name())));
    }

    /** What the folder holds, from its configs (see {@link ModelDetector}). */
    ModelInfo detect() throws IOException {
        JsonObject unet = config("unet");
        long cross = -1;
        if (unet.has("cross_attention_dim")) {
            JsonElement c = unet.get("cross_attention_dim");
            cross = c.isJsonArray() ? c.getAsJsonArray().get(0).getAsLong() : c.getAsLong();
        }
        boolean hasText = Files.isDirectory(folder.resolve("text_encoder"));
        boolean hasText2 = Files.isDirectory(folder.resolve("text_encoder_2"));
        Architecture architecture;
        if (hasText2) {
            architecture = hasText ? Architecture.SDXL : Architecture.SDXL_REFINER;
        } else if (cross == 1024 || "gelu".equals(string(config("text_encoder"), "hidden_act"))) {
            architecture = Architecture.SD2;
        } else if (cross == 768 || hasText) {
            architecture = Architecture.SD1;
        } else {
            architecture = Architecture.UNKNOWN;
        }
        long in = unet.has("in_channels") ? unet.get("in_channels").getAsLong() : 4;
        String variant = in == 9 ? "inpainting" : in == 8 ? "instruct-pix2pix" : null;
        JsonObject scheduler = Files.isRegularFile(folder.resolve("scheduler/scheduler_config.json"))
                ? json(folder.resolve("scheduler/scheduler_config.json")) : new JsonObject();
        String prediction = switch (String.valueOf(string(scheduler, "prediction_type"))) {
        case "v_prediction" -> "v-prediction";
        case "epsilon" -> "epsilon";
        default -> null;
        };
        List<Component> components = new ArrayList<>();
        String[][] names = { { "unet", "UNet" }, { "vae", "VAE" }, { "text_encoder", "Text encoder" },
                { "text_encoder_2", "Text encoder 2" } };
        for (String[] c : names) {
            long parameters = 0;
            int count = 0;
            Set<DType> dtypes = EnumSet.noneOf(DType.class);
            for (TensorInfo t : tensors.values()) {
                if (t.name().startsWith(c[0] + ".")) {
                    parameters += t.numel();
                    dtypes.add(t.dtype());
                    count++;
                }
            }
            if (count > 0) {
                components.add(new Component(c[1], parameters, dtypes, count));
            }
        }
        return new ModelInfo(Kind.CHECKPOINT, architecture, variant, prediction, components,
                List.of("diffusers folder" + (cross > 0 ? ", UNet cross-attention width " + cross : "")));
    }

    private static String string(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonPrimitive() ? o.get(key).getAsString() : null;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (TensorSource file : files) {
            try {
                file.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
