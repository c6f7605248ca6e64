package org.atelier.diffusion.internal.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.atelier.diffusion.Embeddings;
import org.atelier.diffusion.customdiffusion.CustomDiffusionFiles;
import org.atelier.diffusion.lora.LoraSource;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorSource;

import picocli.CommandLine.ParameterException;

/**
 * {@code generate --custom-diffusion folder[:strength]}: the weights, merged into the model's as a LoRA is, and the
 * modifier tokens' embeddings; checked against the model before it loads; recorded in the PNG.
 */
record CustomDiffusionOption(Path given, LoraSource.Lora weights, List<Path> tokens) {

    static CustomDiffusionOption parse(String value, Path model, Function<String, ParameterException> usage)
            throws IOException {
        FileStrength given = FileStrength.parse("--custom-diffusion", value, usage);
        try {
            CustomDiffusionFiles.Found found = CustomDiffusionFiles.find(given.file());
            try (TensorSource source = TensorFiles.open(model)) {
                CustomDiffusionFiles.check(found.weights(), source);
            }
            return new CustomDiffusionOption(given.file(), new LoraSource.Lora(found.weights(), given.strength()),
                    found.tokens());
        } catch (TensorFileException e) {
            throw usage.apply("--custom-diffusion " + e.getMessage());
        }
    }

    /** The PNG's record of it: {@code Custom Diffusion: name:strength, Custom Diffusion tokens: <new1> <new2>}. */
    String parameters() {
        return String.format(Locale.ROOT, ", Custom Diffusion: %s:%s%s", given.getFileName(), weights.strength(),
                tokens.isEmpty() ? "" : ", Custom Diffusion tokens: "
                        + String.join(" ", tokens.stream().map(Embeddings::name).toList()));
    }
}
