package org.atelier.methods.ti;

import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.atelier.tensors.Hashes;
import org.atelier.training.Config;
import org.atelier.training.TrainingRun;

/** Runs a textual-inversion experiment: the token added to the base model, its vectors trained, the embedding saved. */
public final class TextualInversionRunner implements IMethodRunner {

    @Override
    public void run(RunContext context) throws Exception {
        TrainingRun.run(context, (sd, config, data) -> attach(context, sd, config));
    }

    public static TextualInversion attach(RunContext context, org.atelier.diffusion.StableDiffusion sd, Config config)
            throws java.io.IOException {
        Path model = context.baseModelPath();
        String hash = Files.isRegularFile(model) ? Hashes.shortHash(Hashes.sha256Cached(model)) : "";
        TextualInversion ti = TextualInversion.attach(sd, config.text("token"), config.text("initText"), config.integer("vectors"),
                config.text("template").isBlank() ? "[filewords], [name]" : config.text("template"),
                TextualInversion.Format.valueOf(config.literal("outputFormat")), hash,
                model.getFileName().toString().replaceFirst("\\.(safetensors|ckpt)$", ""));
        context.log("Textual inversion: '" + config.text("token") + "', " + config.integer("vectors") + " vector(s) per text"
                + " encoder, from '" + config.text("initText") + "'");
        return ti;
    }
}
