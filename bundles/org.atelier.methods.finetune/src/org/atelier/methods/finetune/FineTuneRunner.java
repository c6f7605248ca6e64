package org.atelier.methods.finetune;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.atelier.core.model.BaseModel;
import org.atelier.core.project.BaseModels;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.methods.finetune.model.CheckpointFormat;
import org.atelier.methods.finetune.model.FineTuneConfig;
import org.atelier.methods.finetune.model.TrainedParts;
import org.atelier.tensors.DType;
import org.atelier.tensors.ModelSpec;
import org.atelier.training.Trainer;
import org.atelier.training.TrainingData;
import org.atelier.training.TrainingException;
import org.atelier.training.TrainingRecipe;
import org.atelier.training.TrainedTensors;
import org.atelier.training.TrainingRun;
import org.atelier.training.optim.LrSchedule;

/**
 * Runs a fine-tuning experiment: the chosen tensors of the base model trained, the whole checkpoint written to
 * {@code output/} and added to the project's base models once the run has succeeded.
 */
public final class FineTuneRunner implements IMethodRunner {

    @Override
    public void run(RunContext context) throws Exception {
        FineTuneConfig[] used = new FineTuneConfig[1];
        Trainer.Result result = TrainingRun.run(context, FineTuneConfig.class, (sd, config, data) -> {
            used[0] = config;
            return attach(context, sd, config, data);
        }, TRAINED, null);
        addToProject(context, used[0], result);
    }

    /** The checkpoint's tensors a fine-tuning configuration trains (DreamBooth's too), for the memory a step needs. */
    public static final TrainedTensors TRAINED = (checkpoint, config) -> {
        FineTune.Selection selection = selection((FineTuneConfig) config);
        return checkpoint.tensors().stream().filter(t -> t.dtype().isFloatingPoint() && selection.trains(t.name())).toList();
    };

    /** What trains, as the configuration says. */
    static FineTune.Selection selection(FineTuneConfig config) {
        return new FineTune.Selection(true, config.getTrains() == TrainedParts.UNET_AND_TEXT_ENCODER,
                config.getTrains() == TrainedParts.PATTERN ? pattern(config.getIncludePattern(), "includePattern") : null,
                blank(config.getExcludePattern()) ? null : pattern(config.getExcludePattern(), "excludePattern"));
    }

    /** The fine-tuning of a loaded model, as the configuration says, writing into the run's output folder. */
    public static FineTune attach(RunContext context, StableDiffusion sd, FineTuneConfig config, TrainingData data)
            throws IOException {
        String name = outputName(config);
        FineTune.Selection selection = selection(config);
        double unetRate = LrSchedule.parse(config.getLearningRate(), LrSchedule.Kind.CONSTANT, 0, 1, 1, 1).at(0);
        double textRate = config.getTextEncoderLearningRate();
        double factor = textRate > 0 && unetRate > 0 ? textRate / unetRate : 1;
        Path file = context.outputFolder().resolve(name + switch (config.getOutputFormat()) {
        case CKPT -> ".ckpt";
        case DIFFUSERS -> "";
        default -> ".safetensors";
        });
        Map<String, String> metadata = new LinkedHashMap<>(ModelSpec.of(sd.info().architecture(), sd.vPrediction(),
                ModelSpec.Kind.CHECKPOINT, name, resolution(context)));
        metadata.put("format", "pt");
        metadata.put("atelier_training_recipe", TrainingRecipe.json(context, config.getSteps()));
        FineTune fineTune;
        try {
            fineTune = new FineTune(sd, selection, factor, config.getTextEncoderSteps(), new FineTune.Output(file,
                    dtype(config), config.getOutputFormat() == CheckpointFormat.DIFFUSERS,
                    TrainingRun.tokenizer(context.baseModelPath(), context.projectFolder()), metadata));
        } catch (IllegalArgumentException e) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › config: " + e.getMessage());
        }
        context.log(String.format(Locale.ROOT, "Fine-tuning %d tensors (%.1f M numbers)%s; the result is %s, %s", fineTune.trained().size(),
                fineTune.trainedElements() / 1e6, describe(config, factor), file.getFileName(),
                config.getOutputType() == org.atelier.core.model.Precision.KEEP ? "in the base model's types" : "in " + config.getOutputType().getLiteral().toLowerCase(Locale.ROOT)));
        return fineTune;
    }

    private static String describe(FineTuneConfig config, double factor) {
        return switch (config.getTrains()) {
        case UNET -> " of the UNet";
        case UNET_AND_TEXT_ENCODER -> " of the UNet and the text encoder" + (factor != 1 ? String.format(Locale.ROOT,
                " (its rate %.3g times the UNet's)", factor) : "") + (config.getTextEncoderSteps() > 0
                        ? ", the text encoder for the first " + config.getTextEncoderSteps() + " steps" : "");
        case PATTERN -> " matching " + config.getIncludePattern();
        };
    }

    /** A pattern of the configuration, or a refusal naming its field. */
    private static Pattern pattern(String text, String field) {
        if (blank(text)) {
            throw new TrainingException("config › " + field + ": empty; it names the keys of the tensors");
        }
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new TrainingException("config › " + field + ": not a regular expression (" + e.getDescription() + ")");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String outputName(FineTuneConfig config) {
        return blank(config.getOutputName()) ? "finetuned" : config.getOutputName().strip();
    }

    private static int resolution(RunContext context) {
        return context.experiment().getDatasets().isEmpty() ? 0 : context.experiment().getDatasets().get(0).getResolution();
    }

    /** The type every floating tensor is written in; null keeps the base's. */
    private static DType dtype(FineTuneConfig config) {
        return switch (config.getOutputType()) {
        case FP16 -> DType.F16;
        case BF16 -> DType.BF16;
        case FP32 -> DType.F32;
        case KEEP -> null;
        };
    }

    /** Adds the checkpoint the run wrote to the project's base models (once the run succeeds). */
    public static void addToProject(RunContext context, FineTuneConfig config, Trainer.Result result) throws IOException {
        if (result.cancelled() || result.outputs().isEmpty() || config == null) {
            return;
        }
        Path made = result.outputs().get(0);
        if (!Files.exists(made)) {
            return;
        }
        String name = outputName(config);
        BaseModel model = BaseModels.describe(made, context.projectFolder(), name, false);
        model.setName(name + " (fine-tuned from " + (context.run().getBaseModel() == null ? "its base"
                : context.run().getBaseModel().getId()) + ", run " + context.run().getId() + ")");
        context.addModel(model);
    }
}
