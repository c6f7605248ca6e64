package org.atelier.diffusion.clip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.common.AtomicFiles;
import org.atelier.tensors.DType;
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
        Map<String, float[]> values = new LinkedHashMap<>();
        List<SafetensorsWriter.Spec> specs = new ArrayList<>();
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
                    add(values, specs, t.name().substring(TEXT.length()), t.shape(), text.floats(t));
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
                add(values, specs, t.name(), t.shape(), tower.floats(t));
            }
            metadata = tower.metadata();
        }
        Files.createDirectories(target);
        String heads = metadata.getOrDefault("num_attention_heads", "");
        String act = metadata.getOrDefault("hidden_act", "");
        AtomicFiles.writeString(target.resolve("config.json"), "{\n  \"model_type\": \"clip\",\n  \"architectures\": "
                + "[\"CLIPModel\"],\n  \"vision_config\": {" + (heads.matches("\\d+") ? "\"num_attention_heads\": " + heads : "")
                + (heads.matches("\\d+") && act.matches("[a-z_]+") ? ", " : "")
                + (act.matches("[a-z_]+") ? "\"hidden_act\": \"" + act + "\"" : "") + "}\n}\n");
        try (SafetensorsWriter writer = SafetensorsWriter.create(target.resolve("model.safetensors"), Map.of("format", "pt"), specs)) {
            for (SafetensorsWriter.Spec spec : specs) {
                writer.writeFloats(spec.name(), values.get(spec.name()));
            }
        }
        return target;
    }

    private static void add(Map<String, float[]> values, List<SafetensorsWriter.Spec> specs, String name, long[] shape,
            float[] data) {
        values.put(name, data);
        specs.add(new SafetensorsWriter.Spec(name, DType.F32, shape));
    }
}
