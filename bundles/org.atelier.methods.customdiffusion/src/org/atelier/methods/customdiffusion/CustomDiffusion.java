package org.atelier.methods.customdiffusion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.atelier.core.model.EmbeddingFormat;
import org.atelier.core.model.SubsetRole;
import org.atelier.datasets.Item;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.customdiffusion.CustomDiffusionFiles;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.methods.ti.TextualInversion;
import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.training.Trainer;
import org.atelier.training.TrainingException;
import org.atelier.training.optim.Parameter;

import ai.djl.ndarray.NDArray;

/**
 * Custom Diffusion on a loaded model (Kumari et al., as diffusers' {@code train_custom_diffusion.py} trains it): the
 * cross-attention's key and value projections (or all four) train, with one new token per concept added to the
 * vocabulary, its embedding starting from an initializer word's and training too. Images train on their concept's
 * instance prompt, class images on their caption.
 * <p>
 * Saved as diffusers writes it, into {@code <name>/}: {@code pytorch_custom_diffusion_weights.safetensors} (the trained
 * projections whole, under the attention processors' names) and {@code <token>.safetensors} ({@code {token: [width]}},
 * metadata {@code format: pt}) per token; and, on request, as AUTOMATIC1111 and ComfyUI load it
 * ({@link CustomDiffusionExports}).
 */
final class CustomDiffusion implements Trainer.Method {

    /** The checkpoint keys that train: the cross-attention's keys and values, or its four projections. */
    static final Pattern KEYS_AND_VALUES = Pattern.compile("^model\\.diffusion_model\\..*\\.attn2\\.to_[kv]\\.weight$");
    static final Pattern ALL_PROJECTIONS = Pattern
            .compile("^model\\.diffusion_model\\..*\\.attn2\\.(to_[qkv]\\.weight|to_out\\.0\\.(weight|bias))$");

    /** How the result is written: its name, the element type of the weights, and which exports. */
    record Output(String name, DType dtype, boolean diff, boolean checkpoint, DType checkpointType, String checkpointHash,
            String checkpointName) {
    }

    private final StableDiffusion sd;
    private final Map<String, ModelWeights.Tensor> trained = new LinkedHashMap<>();
    /** Each token's embedding (one vector, trained), by the token. */
    private final Map<String, TextualInversion> tokens = new LinkedHashMap<>();
    private final List<Parameter> parameters = new ArrayList<>();
    private final Map<Path, String> instancePrompts;
    private final boolean useCaptions;
    private final Output output;

    private CustomDiffusion(StableDiffusion sd, Map<Path, String> instancePrompts, boolean useCaptions, Output output) {
        this.sd = sd;
        this.instancePrompts = instancePrompts;
        this.useCaptions = useCaptions;
        this.output = output;
    }

    /**
     * Adds the tokens to a loaded model and takes the projections {@code keys} matches to train.
     *
     * @param instancePrompts each instance image's prompt, by its path
     * @throws TrainingException when the model is SDXL (diffusers trains Custom Diffusion on SD 1.x and 2.x), or a token
     *                           is a word of the vocabulary already
     */
    static CustomDiffusion attach(StableDiffusion sd, List<Concepts.Token> tokens, Pattern keys, Map<Path, String> instancePrompts,
            boolean useCaptions, Output output) {
        if (sd.textEncoders().size() != 1) {
            throw new TrainingException("base model: Custom Diffusion trains SD 1.x and 2.x models (one text encoder), as"
                    + " diffusers does; this one has " + sd.textEncoders().size());
        }
        CustomDiffusion method = new CustomDiffusion(sd, instancePrompts, useCaptions, output);
        for (ModelWeights.Tensor tensor : sd.weights().tensors().values()) {
            if (keys.matcher(tensor.key()).find()) {
                method.trained.put(tensor.key(), tensor);
                method.parameters.addAll(Parameter.of(tensor, 1, Long.MAX_VALUE));
            }
        }
        if (method.trained.isEmpty()) {
            throw new TrainingException("base model: it has no cross-attention projections (" + keys.pattern() + ")");
        }
        for (Concepts.Token token : tokens) {
            TextualInversion embedding;
            try {
                embedding = TextualInversion.attach(sd, token.token(), token.initializer(), 1, "[filewords]",
                        EmbeddingFormat.A1111_PT, output.checkpointHash(), output.checkpointName());
            } catch (TrainingException e) {
                throw new TrainingException("config › modifierToken: '" + token.token() + "': "
                        + e.getMessage().replaceFirst("^token: ", ""));
            }
            method.tokens.put(token.token(), embedding);
            method.parameters.add(new Parameter("token:" + token.token(), vector(embedding)));
        }
        return method;
    }

    /** The one vector of a token's embedding (SD 1.x and 2.x: one text encoder). */
    private static NDArray vector(TextualInversion embedding) {
        return embedding.parameters().get(0).value();
    }

    /** How many numbers of the model train (the tokens' besides). */
    long trainedElements() {
        return trained.values().stream().mapToLong(ModelWeights.Tensor::elements).sum();
    }

    /** How many projections train. */
    int trainedTensors() {
        return trained.size();
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public String prompt(Item item, String caption) {
        if (item.role() == SubsetRole.INSTANCE && !(useCaptions && item.captioned())) {
            String prompt = instancePrompts.get(item.image().toAbsolutePath().normalize());
            if (prompt != null) {
                return prompt;
            }
        }
        return caption;
    }

    @Override
    public List<Path> save(Path folder, long step) throws IOException {
        List<Path> written = new ArrayList<>();
        Path target = Files.createDirectories(folder.resolve(output.name()));
        Path weights = target.resolve(CustomDiffusionFiles.WEIGHTS);
        writeWeights(weights);
        written.add(weights);
        for (Map.Entry<String, TextualInversion> token : tokens.entrySet()) {
            Path file = target.resolve(token.getKey() + ".safetensors");
            float[] vector = vector(token.getValue()).toFloatArray();
            try (SafetensorsWriter writer = SafetensorsWriter.create(file, Map.of("format", "pt"),
                    List.of(new SafetensorsWriter.Spec(token.getKey(), DType.F32, new long[] { vector.length })))) {
                writer.writeFloats(token.getKey(), vector);
            }
            written.add(file);
        }
        CustomDiffusionExports exports = new CustomDiffusionExports(sd, trained, List.copyOf(tokens.values()), output.dtype(), step);
        if (output.diff()) {
            written.addAll(exports.writeDiff(folder, output.name()));
        }
        if (output.checkpoint()) {
            written.add(exports.writeCheckpoint(folder, output.name(), output.checkpointType()));
        }
        return written;
    }

    /** The trained projections under diffusers' names, in the output's type. */
    private void writeWeights(Path file) throws IOException {
        List<SafetensorsWriter.Spec> specs = new ArrayList<>();
        for (ModelWeights.Tensor tensor : trained.values()) {
            specs.add(new SafetensorsWriter.Spec(CustomDiffusionFiles.key(tensor.key()), output.dtype(),
                    sd.source().tensor(tensor.key()).shape()));
        }
        try (SafetensorsWriter writer = SafetensorsWriter.create(file, Map.of("format", "pt"), specs)) {
            for (ModelWeights.Tensor tensor : trained.values()) {
                writer.writeFloats(CustomDiffusionFiles.key(tensor.key()), tensor.floats());
            }
        }
    }
}
