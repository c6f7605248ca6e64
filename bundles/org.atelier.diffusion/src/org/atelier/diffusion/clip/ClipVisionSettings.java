package org.atelier.diffusion.clip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atelier.tensors.TensorFileException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * What a CLIP vision model's weights do not tell: its attention heads and its activation, from the
 * {@code config.json} beside it (Hugging Face's {@code num_attention_heads} and {@code hidden_act}, at the top of a
 * {@code CLIPVisionConfig} or under a {@code CLIPConfig}'s {@code vision_config}) or its
 * {@code open_clip_config.json} ({@code vision_cfg.head_width} and {@code quick_gelu}); null where not said, and
 * then the released models' of the width: OpenAI's ViT-B (768) and ViT-L (1024) with QuickGELU and heads of 64,
 * LAION's ViT-H (1280) and ViT-bigG (1664) with the exact GELU and 16 heads.
 *
 * @param heads     the attention heads, or null
 * @param quickGelu whether the MLP uses QuickGELU, or null
 */
public record ClipVisionSettings(Integer heads, Boolean quickGelu) {

    /** Nothing said: the released models' settings of the width. */
    public static final ClipVisionSettings DEFAULT = new ClipVisionSettings(null, null);

    /** The weight files a folder may hold the model in, in the order they are looked for. */
    public static final List<String> FILES = List.of("model.safetensors", "open_clip_model.safetensors",
            "open_clip_pytorch_model.bin", "pytorch_model.bin");

    public int heads(int width) {
        return heads != null ? heads : width <= 1024 ? Math.max(1, width / 64) : 16;
    }

    public boolean quickGelu(int width) {
        return quickGelu != null ? quickGelu : width == 768 || width == 1024;
    }

    /** A model's weight file and what its configuration says. */
    public record Located(Path weights, ClipVisionSettings settings) {
    }

    /**
     * The weights of the CLIP vision model at {@code path}: a file, or a folder holding one of {@link #FILES} (a
     * Hugging Face model folder, a diffusers pipeline's {@code image_encoder/}, or the pipeline's folder itself), with
     * the configuration beside it.
     *
     * @throws TensorFileException when the folder holds no model file, or its configuration cannot be read
     */
    public static Located locate(Path path) throws IOException {
        Path folder = path;
        Path weights = path;
        if (Files.isDirectory(path)) {
            if (Files.isDirectory(path.resolve("image_encoder"))) {
                folder = path.resolve("image_encoder");
            }
            Path in = folder;
            weights = FILES.stream().map(in::resolve).filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new TensorFileException(in, "no CLIP vision model in this folder: none of "
                            + String.join(", ", FILES)));
        } else {
            folder = path.toAbsolutePath().getParent();
        }
        return new Located(weights, folder == null ? DEFAULT : read(folder));
    }

    /**
     * Whether the text tower of the CLIP model in {@code weights} uses QuickGELU, as the {@code config.json}
     * ({@code text_config.hidden_act}) or {@code open_clip_config.json} ({@code quick_gelu}) beside it says; null
     * where neither says.
     */
    static Boolean textQuickGelu(Path weights) throws IOException {
        Path folder = weights.toAbsolutePath().getParent();
        if (folder == null) {
            return null;
        }
        Path hf = folder.resolve("config.json");
        if (Files.isRegularFile(hf)) {
            JsonObject config = json(hf);
            if (config.has("text_config") && config.get("text_config").isJsonObject()) {
                String act = string(config.getAsJsonObject("text_config"), "hidden_act");
                return act == null ? null : act.equals("quick_gelu");
            }
        }
        Path openClip = folder.resolve("open_clip_config.json");
        if (Files.isRegularFile(openClip)) {
            JsonObject config = json(openClip);
            JsonObject model = config.has("model_cfg") && config.get("model_cfg").isJsonObject()
                    ? config.getAsJsonObject("model_cfg") : config;
            return model.has("quick_gelu") && model.get("quick_gelu").isJsonPrimitive() && model.get("quick_gelu").getAsBoolean();
        }
        return null;
    }

    /** What {@code config.json} or {@code open_clip_config.json} in {@code folder} says of a vision model. */
    static ClipVisionSettings read(Path folder) throws IOException {
        Path hf = folder.resolve("config.json");
        if (Files.isRegularFile(hf)) {
            JsonObject config = json(hf);
            JsonObject vision = config.has("vision_config") && config.get("vision_config").isJsonObject()
                    ? config.getAsJsonObject("vision_config")
                    : config;
            if (vision.has("hidden_size") || vision.has("num_attention_heads") || vision.has("hidden_act")) {
                // what a configuration leaves out is Hugging Face's default: 12 heads, QuickGELU
                String act = string(vision, "hidden_act");
                Integer heads = integer(hf, vision, "num_attention_heads");
                return new ClipVisionSettings(heads == null ? 12 : heads, act == null || act.equals("quick_gelu"));
            }
        }
        Path openClip = folder.resolve("open_clip_config.json");
        if (Files.isRegularFile(openClip)) {
            JsonObject config = json(openClip);
            JsonObject model = config.has("model_cfg") && config.get("model_cfg").isJsonObject()
                    ? config.getAsJsonObject("model_cfg") : config;
            JsonObject vision = model.has("vision_cfg") && model.get("vision_cfg").isJsonObject()
                    ? model.getAsJsonObject("vision_cfg") : new JsonObject();
            Integer width = integer(openClip, vision, "width");
            Integer headWidth = integer(openClip, vision, "head_width");
            Integer heads = width == null ? null : width / (headWidth == null ? 64 : headWidth);
            return new ClipVisionSettings(heads, model.has("quick_gelu") && model.get("quick_gelu").isJsonPrimitive()
                    && model.get("quick_gelu").getAsBoolean());
        }
        return DEFAULT;
    }

    private static JsonObject json(Path file) throws IOException {
        try {
            JsonElement parsed = JsonParser.parseString(Files.readString(file));
            if (!parsed.isJsonObject()) {
                throw new TensorFileException(file, "not a JSON object");
            }
            return parsed.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new TensorFileException(file, "not readable JSON: " + e.getMessage());
        }
    }

    private static String string(JsonObject o, String field) {
        return o.has(field) && o.get(field).isJsonPrimitive() ? o.get(field).getAsString() : null;
    }

    private static Integer integer(Path file, JsonObject o, String field) throws TensorFileException {
        if (!o.has(field) || o.get(field).isJsonNull()) {
            return null;
        }
        try {
            int value = o.get(field).getAsInt();
            if (value <= 0) {
                throw new TensorFileException(file, "'" + field + "' is " + value + ": it must be positive");
            }
            return value;
        } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException e) {
            throw new TensorFileException(file, "'" + field + "' is not a whole number: " + o.get(field));
        }
    }
}
