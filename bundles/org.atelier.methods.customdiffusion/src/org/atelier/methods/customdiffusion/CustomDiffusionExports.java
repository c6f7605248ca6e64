package org.atelier.methods.customdiffusion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.methods.ti.TextualInversion;
import org.atelier.tensors.DType;
import org.atelier.tensors.KeyMap;
import org.atelier.tensors.ModelSpec;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSwap;

/**
 * Custom Diffusion as the tools without a Custom Diffusion loader take it. AUTOMATIC1111's and ComfyUI's LoRA loaders
 * read modules that hold their change whole: {@code <name>.safetensors} holds, per trained projection, kohya's module
 * name ({@code lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k}) with {@code .diff} (the trained
 * weight minus the base's; {@code .diff_b} for a bias), which at strength 1 gives the trained weights; each token is
 * an AUTOMATIC1111 embedding ({@code new1.pt}: a prompt names it without the brackets). Or the base model with the
 * trained weights in it ({@code <name>-merged.safetensors}).
 */
final class CustomDiffusionExports {

    private static final String UNET = "model.diffusion_model.";

    private final StableDiffusion sd;
    private final Map<String, ModelWeights.Tensor> trained;
    private final List<TextualInversion> tokens;
    private final DType dtype;
    private final long step;

    CustomDiffusionExports(StableDiffusion sd, Map<String, ModelWeights.Tensor> trained, List<TextualInversion> tokens,
            DType dtype, long step) {
        this.sd = sd;
        this.trained = trained;
        this.tokens = tokens;
        this.dtype = dtype;
        this.step = step;
    }

    /** kohya's module name of a UNet weight or bias, with {@code .diff} or {@code .diff_b}. */
    static String diffKey(String checkpointKey) {
        String diffusers = KeyMap.unetToDiffusers(checkpointKey.substring(UNET.length()));
        boolean bias = diffusers.endsWith(".bias");
        String module = diffusers.substring(0, diffusers.lastIndexOf('.')).replace('.', '_');
        return "lora_unet_" + module + (bias ? ".diff_b" : ".diff");
    }

    /** Writes the {@code .diff} module file and the tokens' embeddings into {@code folder}; returns them. */
    List<Path> writeDiff(Path folder, String name) throws IOException {
        Path file = folder.resolve(name + ".safetensors");
        List<SafetensorsWriter.Spec> specs = new ArrayList<>();
        for (String key : trained.keySet()) {
            specs.add(new SafetensorsWriter.Spec(diffKey(key), dtype, sd.source().tensor(key).shape()));
        }
        Map<String, String> metadata = new LinkedHashMap<>(ModelSpec.of(sd.info().architecture(), sd.vPrediction(),
                ModelSpec.Kind.LORA, name, 0));
        metadata.put("format", "pt");
        metadata.put("ss_network_module", "lycoris.kohya");
        metadata.put("ss_network_args", "{\"algo\": \"full\"}");
        metadata.put("atelier_method", "custom diffusion");
        try (SafetensorsWriter writer = SafetensorsWriter.create(file, metadata, specs)) {
            for (Map.Entry<String, ModelWeights.Tensor> entry : trained.entrySet()) {
                TensorInfo base = sd.source().tensor(entry.getKey());
                float[] difference = entry.getValue().floats();
                float[] original = sd.source().floats(base);
                for (int i = 0; i < difference.length; i++) {
                    difference[i] -= original[i];
                }
                writer.writeFloats(diffKey(entry.getKey()), difference);
            }
        }
        List<Path> written = new ArrayList<>(List.of(file));
        for (TextualInversion token : tokens) {
            written.addAll(token.save(folder, step));
        }
        return written;
    }

    /**
     * Writes the base model with the trained weights in it, every floating tensor as {@code checkpointType} (null: each
     * keeps the base's type); returns the file.
     */
    Path writeCheckpoint(Path folder, String name, DType checkpointType) throws IOException {
        Path file = folder.resolve(name + "-merged.safetensors");
        Map<String, TensorSwap.Values> replaced = new LinkedHashMap<>();
        for (ModelWeights.Tensor tensor : trained.values()) {
            replaced.put(tensor.key(), tensor::floats);
        }
        Map<String, String> metadata = new LinkedHashMap<>(ModelSpec.of(sd.info().architecture(), sd.vPrediction(),
                ModelSpec.Kind.CHECKPOINT, name, 0));
        metadata.put("format", "pt");
        TensorSwap.write(sd.source(), replaced, checkpointType, metadata, file, (done, total) -> {
        });
        return file;
    }
}
