package org.atelier.methods.finetune;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdConverter;
import org.atelier.tensors.TensorSwap;
import org.atelier.training.Trainer;
import org.atelier.training.optim.Parameter;

/**
 * Full-weight training: the base model's own tensors train (the UNet's, the text encoders' too, or those a pattern
 * names) and the result is the whole checkpoint, written by streaming the base file with the trained tensors swapped
 * in: every key, shape and (unless another precision is asked) type of the base, only the trained tensors' values
 * changed.
 */
public final class FineTune implements Trainer.Method {

    /** Which of the model's tensors train. */
    public record Selection(boolean unet, boolean textEncoder, Pattern include, Pattern exclude) {

        /** Whether the tensor of checkpoint key {@code key} trains. */
        public boolean trains(String key) {
            if (key.startsWith(VAE) || exclude != null && exclude.matcher(key).find()) {
                return false;
            }
            if (include != null) {
                return include.matcher(key).find();
            }
            return unet && key.startsWith(UNET) || textEncoder && isTextEncoder(key);
        }
    }

    /** How the result is written: its file or folder, its element type (null: each tensor keeps the base's) and metadata. */
    public record Output(Path file, DType dtype, boolean diffusers, Path tokenizer, Map<String, String> metadata) {
    }

    static final String UNET = "model.diffusion_model.";
    static final String VAE = "first_stage_model.";

    private final StableDiffusion sd;
    private final Map<String, ModelWeights.Tensor> trained = new LinkedHashMap<>();
    private final List<Parameter> parameters = new ArrayList<>();
    private final Output output;

    /**
     * @param textEncoderFactor the text encoders' learning rate over the UNet's
     * @param textEncoderSteps  the text encoders train for these first steps only (0: the whole run)
     * @throws IllegalArgumentException when the selection takes no tensor of the model
     */
    public FineTune(StableDiffusion sd, Selection selection, double textEncoderFactor, long textEncoderSteps, Output output) {
        this.sd = sd;
        this.output = output;
        for (ModelWeights.Tensor tensor : sd.weights().tensors().values()) {
            if (!selection.trains(tensor.key())) {
                continue;
            }
            trained.put(tensor.key(), tensor);
            boolean text = isTextEncoder(tensor.key());
            parameters.addAll(Parameter.of(tensor, text ? textEncoderFactor : 1,
                    text && textEncoderSteps > 0 ? textEncoderSteps : Long.MAX_VALUE));
        }
        if (trained.isEmpty()) {
            throw new IllegalArgumentException("nothing of the model trains: the selection (" + describe(selection)
                    + ") matches none of its " + sd.weights().tensors().size() + " tensors");
        }
    }

    static boolean isTextEncoder(String key) {
        return key.startsWith("cond_stage_model.") || key.startsWith("conditioner.embedders.");
    }

    private static String describe(Selection selection) {
        if (selection.include() != null) {
            return "keys matching " + selection.include().pattern();
        }
        return (selection.unet() ? "the UNet" : "") + (selection.unet() && selection.textEncoder() ? " and " : "")
                + (selection.textEncoder() ? "the text encoder" : "")
                + (selection.exclude() == null ? "" : ", but not keys matching " + selection.exclude().pattern());
    }

    /** The tensors that train, by checkpoint key. */
    public Map<String, ModelWeights.Tensor> trained() {
        return trained;
    }

    /** How many numbers train. */
    public long trainedElements() {
        return trained.values().stream().mapToLong(ModelWeights.Tensor::elements).sum();
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public List<Path> save(Path folder, long step) throws IOException {
        // the output's name, in the folder asked for (the output folder, or a copy's on the way)
        Path target = folder.resolve(output.file().getFileName());
        Map<String, TensorSwap.Values> replaced = new LinkedHashMap<>();
        for (ModelWeights.Tensor tensor : trained.values()) {
            replaced.put(tensor.key(), tensor::floats);
        }
        if (!output.diffusers()) {
            TensorSwap.write(sd.source(), replaced, output.dtype(), output.metadata(), target, (done, total) -> {
            });
            return List.of(target);
        }
        Path staged = target.resolveSibling(target.getFileName() + ".safetensors.part");
        try {
            TensorSwap.write(sd.source(), replaced, output.dtype(), output.metadata(), staged, (done, total) -> {
            });
            try (SafetensorsReader written = SafetensorsReader.open(staged)) {
                SdConverter.toDiffusers(written, target, null, output.tokenizer(), (done, total, name) -> {
                });
            }
        } finally {
            Files.deleteIfExists(staged);
        }
        return List.of(target);
    }
}
