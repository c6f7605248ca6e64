package org.atelier.diffusion.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.aesthetic.AestheticSteering;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code generate --aesthetic}: aesthetic gradients' options, the steering they make and the PNG's record of them. */
public final class AestheticOptions {

    @Option(names = "--aesthetic", paramLabel = "<embedding>", description = "steer the prompt towards this aesthetic "
            + "embedding (the aesthetic-gradients extension's .pt, or a safetensors file; made by an aesthetic gradients "
            + "experiment); needs --aesthetic-clip")
    Path embedding;

    @Option(names = "--aesthetic-clip", paramLabel = "<model>", description = "the CLIP model (text and vision: a Hugging Face "
            + "CLIPModel file or folder, such as openai/clip-vit-large-patch14 for SD 1.x) whose text tower is trained "
            + "towards the embedding")
    Path clipModel;

    @Option(names = "--aesthetic-steps", defaultValue = "5", paramLabel = "N", description = "Adam steps on a copy of the "
            + "CLIP text tower for each chunk of the prompt (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--aesthetic-lr", defaultValue = "0.0001", paramLabel = "X", description = "their learning rate "
            + "(default: ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--aesthetic-weight", defaultValue = "0.9", paramLabel = "W", description = "how much of the steered "
            + "conditioning replaces the prompt's, 0 to 1 (default: ${DEFAULT-VALUE})")
    double weight;

    @Option(names = "--aesthetic-slerp", description = "blend by spherical interpolation instead of linearly")
    boolean slerp;

    /** The steering asked for, checked against {@code sd}; null without --aesthetic. */
    AestheticSteering steering(StableDiffusion sd, int clipSkip, Function<String, ParameterException> usage) throws IOException {
        if (embedding == null) {
            if (clipModel != null) {
                throw usage.apply("--aesthetic-clip without --aesthetic: the embedding to steer towards is missing");
            }
            return null;
        }
        if (clipModel == null) {
            throw usage.apply("--aesthetic needs --aesthetic-clip: the CLIP model the embedding was made with");
        }
        if (!Files.isRegularFile(embedding)) {
            throw usage.apply("--aesthetic " + embedding + ": no such file");
        }
        if (!Files.exists(clipModel)) {
            throw usage.apply("--aesthetic-clip " + clipModel + ": no such file or folder");
        }
        AestheticSteering.Settings settings;
        try {
            settings = new AestheticSteering.Settings(steps, learningRate, weight, slerp);
        } catch (IllegalArgumentException e) {
            throw usage.apply("--" + e.getMessage().replace("aesthetic learning rate", "aesthetic-lr")
                    .replaceFirst("^aesthetic (steps|weight)", "aesthetic-$1"));
        }
        try {
            AestheticSteering steering = AestheticSteering.of(sd, clipModel.toAbsolutePath().normalize(),
                    embedding.toAbsolutePath().normalize(), settings, clipSkip);
            sd.setPromptSteering(steering);
            return steering;
        } catch (IllegalArgumentException e) {
            throw usage.apply("--aesthetic: " + e.getMessage());
        }
    }

    /** The extension's parameters in the PNG; empty without --aesthetic. */
    String parameters() {
        if (embedding == null) {
            return "";
        }
        String name = embedding.getFileName().toString().replaceFirst("\\.(pt|safetensors)$", "");
        return String.format(Locale.ROOT, ", Aesthetic LR: %s, Aesthetic weight: %s, Aesthetic steps: %d, Aesthetic embedding: "
                + "%s, Aesthetic slerp: %s", plain(learningRate), plain(weight), steps, name, slerp ? "True" : "False");
    }

    /** A number as Python prints it in the extension's parameters: 0.0001, not 1.0E-4. */
    private static String plain(double value) {
        String text = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return text.contains(".") ? text : text + ".0";
    }
}
