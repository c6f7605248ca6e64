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
        return attach(context, sd, text(config.getToken()), config.getInitText(), config.getVectors(),
                text(config.getTemplate()).isBlank() ? "[filewords], [name]" : config.getTemplate(), config.getOutputFormat());
    }

    /**
     * Adds the word {@code token} of {@code vectors} vectors from {@code initText} to {@code sd}, its captions made by
     * {@code template}, saved as {@code format} with the base model's hash and name (as AUTOMATIC1111 records them).
     */
    public static TextualInversion attach(RunContext context, org.atelier.diffusion.StableDiffusion sd, String token,
            String initText, int vectors, String template, org.atelier.core.model.EmbeddingFormat format)
            throws java.io.IOException {
        Path model = context.baseModelPath();
        String hash = Files.isRegularFile(model) ? Hashes.shortHash(Hashes.sha256Cached(model)) : "";
        String init = text(initText);
        TextualInversion ti = TextualInversion.attach(sd, token, init, vectors, template, format, hash,
                model.getFileName().toString().replaceFirst("\\.(safetensors|ckpt)$", ""));
        context.log("Textual inversion: '" + token + "', " + vectors + " vector(s) per text encoder, from '" + init + "'");
        return ti;
    }

    /** A text setting, {@code ""} when unset. */
    private static String text(String value) {
        return value == null ? "" : value;
    }
}
