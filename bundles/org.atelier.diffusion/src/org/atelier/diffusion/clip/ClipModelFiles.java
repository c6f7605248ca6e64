package org.atelier.diffusion.clip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.common.AtomicFiles;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;

/**
 * Writes a CLIP model folder in Hugging Face's layout ({@code model.safetensors} with {@code text_model.*},
 * {@code vision_model.*} and both projections, and a {@code config.json} giving only the vision tower's heads and
 * activation: Atelier reads it, transformers' {@code from_pretrained} would want the sizes too) of an SD 1.x
 * checkpoint's text encoder and a separately made vision tower, as OpenAI's ViT-L/14 is SD 1.x's text encoder with
 * its vision tower: the CLIP model aesthetic gradients need, made for a small model. The configuration is written
 * first, so that a folder with the weights is whole.
 */
public final class ClipModelFiles {

    private static final String TEXT = "cond_stage_model.transformer.";

    private ClipModelFiles() {
    }

    /**
     * The folder {@code target} holding the CLIP model of {@code checkpoint}'s text encoder and {@code vision}'s
     * tensors ({@code vision_model.*}, {@code visual_projection.weight}, {@code text_projection.weight}), in float32.
     * The vision file's metadata {@code num_attention_heads} and {@code hidden_act} go into the configuration.
     *
     * @throws TensorFileException when the checkpoint has no SD 1.x text encoder or the vision file lacks a part
     */
    public static Path assemble(Path checkpoint, Path vision, Path target) throws IOException {
        Map<String, SafetensorsWriter.FloatTensor> tensors = new LinkedHashMap<>();
        int width;
        try (TensorSource text = TensorFiles.open(checkpoint)) {
            TensorInfo tokens = text.tensor(TEXT + "text_model.embeddings.token_embedding.weight");
            if (tokens == null) {
                throw new TensorFileException(checkpoint, "no SD 1.x text encoder ('" + TEXT + "text_model.*') to make a CLIP "
                        + "model of");
            }
            width = (int) tokens.dim(1);
            for (TensorInfo t : text.tensors()) {
                if (t.name().startsWith(TEXT + "text_model.") && !t.name().endsWith("position_ids")) {
                    tensors.put(t.name().substring(TEXT.length()), new SafetensorsWriter.FloatTensor(t.shape(), text.floats(t)));
                }
            }
        }
        Map<String, String> metadata;
        try (TensorSource tower = TensorFiles.open(vision)) {
            for (String needed : List.of("vision_model.embeddings.patch_embedding.weight", "visual_projection.weight",
                    "text_projection.weight")) {
                if (tower.tensor(needed) == null) {
                    throw new TensorFileException(vision, "no tensor '" + needed + "': not a vision tower with its projections");
                }
            }
            if (tower.tensor("text_projection.weight").dim(1) != width) {
                throw new TensorFileException(vision, "its text projection takes " + tower.tensor("text_projection.weight").dim(1)
                        + " features, where " + checkpoint.getFileName() + "'s text encoder gives " + width);
            }
            for (TensorInfo t : tower.tensors()) {
                tensors.put(t.name(), new SafetensorsWriter.FloatTensor(t.shape(), tower.floats(t)));
            }
            metadata = tower.metadata();
        }
        Files.createDirectories(target);
        com.google.gson.JsonObject visionConfig = new com.google.gson.JsonObject();
        String heads = metadata.getOrDefault("num_attention_heads", "");
        if (heads.matches("\\d+")) {
            visionConfig.addProperty("num_attention_heads", Integer.parseInt(heads));
        }
        String act = metadata.get("hidden_act");
        if (act != null) {
            visionConfig.addProperty("hidden_act", act);
        }
        com.google.gson.JsonObject config = new com.google.gson.JsonObject();
        config.addProperty("model_type", "clip");
        com.google.gson.JsonArray architectures = new com.google.gson.JsonArray();
        architectures.add("CLIPModel");
        config.add("architectures", architectures);
        config.add("vision_config", visionConfig);
        AtomicFiles.writeString(target.resolve("config.json"),
                new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(config) + "\n");
        SafetensorsWriter.write(target.resolve("model.safetensors"), Map.of("format", "pt"), tensors);
        return target;
    }
}
