package org.atelier.methods.ti;

import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.atelier.methods.ti.model.TextualInversionConfig;
import org.atelier.tensors.Hashes;
import org.atelier.training.TrainingRun;

/** Runs a textual-inversion experiment: the token added to the base model, its vectors trained, the embedding saved. */
public final class TextualInversionRunner implements IMethodRunner {

    @Override
    public void run(RunContext context) throws Exception {
        TrainingRun.run(context, TextualInversionConfig.class, (sd, config, data) -> attach(context, sd, config));
    }

    public static TextualInversion attach(RunContext context, org.atelier.diffusion.StableDiffusion sd,
            TextualInversionConfig config) throws java.io.IOException {
        Path model = context.baseModelPath();
        String hash = Files.isRegularFile(model) ? Hashes.shortHash(Hashes.sha256Cached(model)) : "";
        String initText = text(config.getInitText());
        TextualInversion ti = TextualInversion.attach(sd, text(config.getToken()), initText, config.getVectors(),
                text(config.getTemplate()).isBlank() ? "[filewords], [name]" : config.getTemplate(), config.getOutputFormat(),
                hash, model.getFileName().toString().replaceFirst("\\.(safetensors|ckpt)$", ""));
        context.log("Textual inversion: '" + config.getToken() + "', " + config.getVectors() + " vector(s) per text"
                + " encoder, from '" + initText + "'");
        return ti;
    }

    /** A text setting, {@code ""} when unset. */
    private static String text(String value) {
        return value == null ? "" : value;
    }
}
