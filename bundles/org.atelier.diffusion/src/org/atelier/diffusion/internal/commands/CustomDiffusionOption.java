package org.atelier.diffusion.internal.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

import org.atelier.diffusion.customdiffusion.CustomDiffusionFiles;
import org.atelier.tensors.TensorFileException;

import picocli.CommandLine.ParameterException;

/**
 * {@code generate --custom-diffusion folder[:strength]}: the weights, merged into the model's as a LoRA is, and the
 * modifier tokens' embeddings; checked against the model before it loads.
 */
record CustomDiffusionOption(Path given, float strength, CustomDiffusionFiles.Found found) {

    static CustomDiffusionOption parse(String value, Path model, Function<String, ParameterException> usage)
            throws IOException {
        FileStrength given = FileStrength.parse("--custom-diffusion", value, usage);
        try {
            return new CustomDiffusionOption(given.file(), given.strength(), CustomDiffusionFiles.find(given.file(), model));
        } catch (TensorFileException e) {
            throw usage.apply("--custom-diffusion " + e.getMessage());
        }
    }

    /** The PNG's record of it. */
    String parameters() {
        return found.parameters(given, strength);
    }
}
