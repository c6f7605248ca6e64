package org.atelier.methods.customdiffusion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.atelier.core.model.MethodConfig;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.methods.customdiffusion.model.CustomDiffusionConfig;
import org.atelier.methods.customdiffusion.model.TrainedProjections;
import org.atelier.tensors.DType;
import org.atelier.tensors.Hashes;
import org.atelier.training.ClassImages;
import org.atelier.training.TrainedTensors;
import org.atelier.training.TrainingException;
import org.atelier.training.TrainingRun;

/**
 * Runs a Custom Diffusion experiment: the concepts checked, each concept's class images made (or found in the
 * cache) and put in its dataset, then the projections and tokens trained together.
 */
public final class CustomDiffusionRunner implements IMethodRunner {

    /** The checkpoint's tensors that train, for the memory a step needs. */
    static final TrainedTensors TRAINED = (checkpoint, config) -> {
        Pattern keys = keys((CustomDiffusionConfig) config);
        return checkpoint.tensors().stream().filter(t -> keys.matcher(t.name()).find()).toList();
    };

    @Override
    public void run(RunContext context) throws Exception {
        MethodConfig given = context.config();
        if (!(given instanceof CustomDiffusionConfig config)) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › config: Custom Diffusion needs"
                    + " a CustomDiffusionConfig, not " + (given == null ? "none" : "a " + given.eClass().getName()));
        }
        Concepts concepts = Concepts.of(context.experiment(), config);
        if (!config.isPriorPreservation()) {
            context.experiment().getDatasets().forEach(ClassImages::removeFrom);
        } else if (!ClassImages.prepare(context, concepts.classImages(config), config.getPriorLossWeight())) {
            return;
        }
        TrainingRun.run(context, CustomDiffusionConfig.class, (sd, c, data) -> attach(context, sd, c, concepts), TRAINED, null);
    }

    static Pattern keys(CustomDiffusionConfig config) {
        return config.getTrains() == TrainedProjections.CROSSATTN ? CustomDiffusion.ALL_PROJECTIONS
                : CustomDiffusion.KEYS_AND_VALUES;
    }

    static CustomDiffusion attach(RunContext context, StableDiffusion sd, CustomDiffusionConfig config, Concepts concepts)
            throws IOException {
        Path model = context.baseModelPath();
        String hash = Files.isRegularFile(model) ? Hashes.shortHash(Hashes.sha256Cached(model)) : "";
        String name = config.getOutputName() == null || config.getOutputName().isBlank() ? "custom-diffusion"
                : config.getOutputName().strip();
        CustomDiffusion method = CustomDiffusion.attach(sd, concepts.tokens(), keys(config),
                concepts.instancePrompts(context.projectFolder()), config.isUseCaptions(),
                new CustomDiffusion.Output(name, dtype(config), config.isExportDiff(), config.isExportCheckpoint(),
                        config.getOutputType() == org.atelier.core.model.Precision.KEEP ? null : dtype(config), hash,
                        model.getFileName().toString().replaceFirst("\\.(safetensors|ckpt)$", "")));
        context.log(String.format(Locale.ROOT, "Custom Diffusion: %d projections of the cross-attention (%.1f M numbers, %s)"
                + " and the tokens %s; written as %s/ (diffusers)%s%s, %s", method.trainedTensors(), method.trainedElements() / 1e6,
                config.getTrains() == TrainedProjections.CROSSATTN ? "queries, keys, values and outputs" : "keys and values",
                concepts.tokens().stream().map(t -> t.token() + " (from '" + t.initializer() + "')").toList(), name,
                config.isExportDiff() ? ", " + name + ".safetensors (.diff) and embeddings" : "",
                config.isExportCheckpoint() ? ", " + name + "-merged.safetensors" : "", "about "
                        + String.format(Locale.ROOT, "%.1f MB", method.trainedElements() * (double) dtype(config).bytes() / 1e6)
                        + " of weights"));
        for (Concepts.Concept concept : concepts.concepts()) {
            context.log("  " + concept.dataset().getId() + ": '" + concept.instancePrompt() + "'"
                    + (concept.classPrompt() == null ? "" : ", class images of '" + concept.classPrompt() + "'"));
        }
        return method;
    }

    /** The element type the weights are written in (the base's own, for KEEP: fp16 for its UNet). */
    static DType dtype(CustomDiffusionConfig config) {
        return switch (config.getOutputType()) {
        case FP32 -> DType.F32;
        case BF16 -> DType.BF16;
        default -> DType.F16;
        };
    }
}
