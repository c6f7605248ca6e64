package org.atelier.diffusion.internal.commands;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;

import picocli.CommandLine.ParameterException;

/**
 * An option's {@code file[:strength]} ({@code --lora}, {@code --hypernetwork}, {@code --custom-diffusion}): the whole
 * value when it names a file or folder (which may have a colon in its name), else the file before the last colon and
 * the number after it (1 when none).
 */
record FileStrength(Path file, float strength) {

    static FileStrength parse(String option, String value, Function<String, ParameterException> usage) {
        try {
            Path whole = Path.of(value).toAbsolutePath().normalize();
            if (Files.exists(whole)) {
                return new FileStrength(whole, 1f);
            }
        } catch (InvalidPathException e) {
            // a strength after the colon is not a path's character everywhere: try it as file:strength
        }
        int colon = value.lastIndexOf(':');
        // a colon in the first two characters is a Windows drive's (C:\...)
        if (colon <= 1) {
            return new FileStrength(path(option, value, usage), 1f);
        }
        String number = value.substring(colon + 1);
        float strength;
        try {
            strength = Float.parseFloat(number);
        } catch (NumberFormatException e) {
            throw usage.apply(option + " " + value + ": the strength '" + number + "' is not a number (file:strength, such as"
                    + " style.safetensors:0.8)");
        }
        if (!Float.isFinite(strength)) {
            throw usage.apply(option + " " + value + ": the strength '" + number + "' is not a finite number");
        }
        return new FileStrength(path(option, value.substring(0, colon), usage), strength);
    }

    private static Path path(String option, String text, Function<String, ParameterException> usage) {
        try {
            return Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw usage.apply(option + " " + text + ": not a path (" + e.getReason() + ")");
        }
    }
}
