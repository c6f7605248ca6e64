package org.atelier.diffusion.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.hypernetwork.Hypernetwork;

import picocli.CommandLine.ParameterException;

/** {@code generate --hypernetwork file[:strength]}: the file and strength, applied to a model, recorded in the PNG. */
record HypernetworkOption(Path file, float strength) {

    static HypernetworkOption parse(String value, Function<String, ParameterException> usage) {
        FileStrength given = FileStrength.parse("--hypernetwork", value, usage);
        if (!Files.isRegularFile(given.file())) {
            throw usage.apply("--hypernetwork " + given.file() + ": no such file");
        }
        return new HypernetworkOption(given.file(), given.strength());
    }

    /** Reads the file and applies it to {@code sd}'s UNet (at strength 0 too: checked, and the image the model's own). */
    Hypernetwork.Attachment attach(StableDiffusion sd, Function<String, ParameterException> usage) throws IOException {
        Hypernetwork network = Hypernetwork.read(file, sd.manager());
        try {
            return network.attach(sd.unet(), strength);
        } catch (IllegalArgumentException e) {
            throw usage.apply("--hypernetwork " + file + ": " + e.getMessage());
        }
    }

    /** AUTOMATIC1111's parameters for it (see {@link Hypernetwork#parameters(Path, float)}). */
    String parameters() throws IOException {
        return Hypernetwork.parameters(file, strength);
    }
}
