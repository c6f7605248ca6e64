package org.atelier.diffusion.customdiffusion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.atelier.diffusion.Embeddings;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.lora.LoraSource;
import org.atelier.tensors.KeyMap;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;

/**
 * Custom Diffusion's files as diffusers' {@code train_custom_diffusion.py} writes them into its output folder:
 * {@code pytorch_custom_diffusion_weights.safetensors} (or {@code .bin}), the trained copies of the cross-attention's
 * projections under the attention processor's names
 * ({@code down_blocks.0.attentions.0.transformer_blocks.0.attn2.processor.to_k_custom_diffusion.weight}, {@code to_v_},
 * and in the paper's other setting {@code to_q_} and {@code to_out_custom_diffusion.0.weight}/{@code .bias}), and one
 * {@code <token>.safetensors} ({@code {"<new1>": [width]}}) per modifier token. The weights are applied by
 * {@link org.atelier.diffusion.lora.LoraSource} (at strength 1 they replace the model's), the tokens as embeddings.
 */
public final class CustomDiffusionFiles {

    /** The weights' file name. */
    public static final String WEIGHTS = "pytorch_custom_diffusion_weights.safetensors";

    /** The weights' file name when diffusers saved them unsafely (pickle, read by the restricted reader). */
    public static final String WEIGHTS_BIN = "pytorch_custom_diffusion_weights.bin";

    private static final String UNET = "model.diffusion_model.";

    /** An attention projection's weight or bias by its diffusers name. */
    private static final java.util.regex.Pattern PROJECTION = java.util.regex.Pattern
            .compile("(.*\\.attn[12])\\.(to_[qkv]|to_out)(\\.0)?\\.(weight|bias)");

    /** A result found on disk: its weights and its tokens' embedding files (a prompt names each by its file name). */
    public record Found(Path weights, List<Path> tokens) {

        /** The weights as a patch merged into the model's as it loads, at {@code strength} (1: the trained weights). */
        public LoraSource.Lora patch(float strength) {
            return new LoraSource.Lora(weights, strength);
        }

        /** Adds the tokens to a model loaded with {@link #patch(float)}. */
        public void addTokens(StableDiffusion sd) throws IOException {
            for (Path token : tokens) {
                try {
                    sd.addEmbedding(Embeddings.name(token), Embeddings.read(token, sd.textEncoders().size(), sd.manager()));
                } catch (IllegalArgumentException e) {
                    throw new TensorFileException(token, e.getMessage());
                }
            }
        }

        /**
         * What the PNG's parameters record of it, {@code given} (the folder or file named) at {@code strength}:
         * {@code , Custom Diffusion: concept:1.0, Custom Diffusion tokens: <new1> <new2>}.
         */
        public String parameters(Path given, float strength) {
            return ", Custom Diffusion: " + given.getFileName() + ":" + strength + (tokens.isEmpty() ? ""
                    : ", Custom Diffusion tokens: " + String.join(" ", tokens.stream().map(Embeddings::name).toList()));
        }
    }

    private CustomDiffusionFiles() {
    }

    /**
     * The weights and tokens of {@code given}: a folder as diffusers writes it (the weights file and every other
     * {@code .safetensors} or {@code .bin} in it, a token each), or the weights file itself (no tokens).
     *
     * @throws TensorFileException when the folder holds no weights file
     */
    public static Found find(Path given) throws IOException {
        if (!Files.isDirectory(given)) {
            if (!Files.isRegularFile(given)) {
                throw new TensorFileException(given, "no such file or folder");
            }
            return new Found(given, List.of());
        }
        Path weights = given.resolve(WEIGHTS);
        if (!Files.isRegularFile(weights)) {
            weights = given.resolve(WEIGHTS_BIN);
        }
        if (!Files.isRegularFile(weights)) {
            throw new TensorFileException(given, "no " + WEIGHTS + " (nor " + WEIGHTS_BIN + "): not a Custom Diffusion"
                    + " output folder");
        }
        List<Path> tokens = new ArrayList<>();
        try (Stream<Path> files = Files.list(given)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith("pytorch_custom_diffusion_weights.")
                        && (name.endsWith(".safetensors") || name.endsWith(".bin")) && Files.isRegularFile(file)) {
                    tokens.add(file);
                }
            }
        }
        return new Found(weights, tokens);
    }

    /**
     * {@link #find(Path)}, refusing weights made for another family than {@code model}'s (see
     * {@link #check(Path, TensorSource)}): what {@code generate} and the workbench's worker apply.
     */
    public static Found find(Path given, Path model) throws IOException {
        Found found = find(given);
        try (TensorSource source = TensorFiles.open(model)) {
            check(found.weights(), source);
        }
        return found;
    }

    /**
     * The key diffusers gives the trained copy of a checkpoint's UNet weight or bias
     * ({@code model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight} becomes
     * {@code down_blocks.0.attentions.0.transformer_blocks.0.attn2.processor.to_k_custom_diffusion.weight}); null for
     * any other tensor.
     */
    public static String key(String checkpointKey) {
        if (!checkpointKey.startsWith(UNET)) {
            return null;
        }
        String diffusers = KeyMap.unetToDiffusers(checkpointKey.substring(UNET.length()));
        if (diffusers == null) {
            return null;
        }
        java.util.regex.Matcher m = PROJECTION.matcher(diffusers);
        if (!m.matches()) {
            return null;
        }
        return m.group(1) + ".processor." + m.group(2) + "_custom_diffusion" + (m.group(3) == null ? "" : m.group(3)) + "."
                + m.group(4);
    }

    /**
     * Refuses weights made for another family of models: their keys' and values' inputs are the text encoder's width
     * (768 for SD 1.x, 1024 for SD 2.x, 2048 for SDXL), which must be {@code model}'s.
     *
     * @throws TensorFileException naming both widths
     */
    public static void check(Path weights, TensorSource model) throws IOException {
        int width = contextWidth(model);
        if (width < 0) {
            return; // a diffusers folder's names: the shapes are checked as the weights are applied
        }
        try (TensorSource file = TensorFiles.open(weights)) {
            for (TensorInfo t : file.tensors()) {
                if (t.name().endsWith("to_k_custom_diffusion.weight") && t.rank() == 2 && t.dim(1) != width) {
                    throw new TensorFileException(weights, "made for a model whose text encoder is " + t.dim(1) + " wide ("
                            + family(t.dim(1)) + "); this model's is " + width + " wide (" + family(width) + ")");
                }
            }
        }
    }

    /** The width of the model's text conditioning: the columns of its first cross-attention's key projection. */
    private static int contextWidth(TensorSource model) {
        for (TensorInfo t : model.tensors()) {
            if (t.name().startsWith(UNET) && t.name().endsWith("attn2.to_k.weight") && t.rank() == 2) {
                return (int) t.dim(1);
            }
        }
        return -1;
    }

    private static String family(long width) {
        return width == 768 ? "SD 1.x" : width == 1024 ? "SD 2.x" : width == 2048 ? "SDXL" : "an unknown family";
    }
}
