package org.atelier.diffusion.internal.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.customdiffusion.CustomDiffusionFiles;
import org.atelier.runtime.ComputeException;

/**
 * The model of the last generation, kept loaded for the next one from the same model (unchanged on disk), tokenizer
 * and Custom Diffusion (which changes the weights as they load): loading takes longer than a small image.
 */
final class WarmModel implements AutoCloseable {

    private StableDiffusion loaded;
    private String loadedKey;

    /**
     * The model loaded from {@code model} with {@code tokenizer}, and Custom Diffusion's weights merged in and tokens
     * added when {@code custom} is given, loading it (and saying so) when it is not.
     */
    StableDiffusion get(Path model, Path tokenizer, CustomDiffusionFiles.Found custom, float strength,
            Consumer<String> loading) throws IOException, ComputeException {
        String key = model + "|" + tokenizer + "|" + Files.getLastModifiedTime(model) + (custom == null ? ""
                : "|" + custom.weights() + "|" + Files.getLastModifiedTime(custom.weights()) + "|" + custom.tokens() + "|" + strength);
        if (loaded == null || !key.equals(loadedKey)) {
            close();
            loading.accept("Loading " + model.getFileName() + (custom == null ? "" : " with Custom Diffusion"));
            loaded = StableDiffusion.load(model, tokenizer, custom == null ? List.of() : List.of(custom.patch(strength)));
            if (custom != null) {
                try {
                    custom.addTokens(loaded);
                } catch (IOException | RuntimeException e) {
                    close(); // a model without its tokens is not the one asked for
                    throw e;
                }
            }
            loadedKey = key;
        }
        return loaded;
    }

    @Override
    public void close() throws IOException {
        StableDiffusion previous = loaded;
        loaded = null;
        loadedKey = null;
        if (previous != null) {
            previous.close();
        }
    }
}
