package org.atelier.diffusion.internal.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.runtime.ComputeException;

/**
 * The model of the last generation, kept loaded for the next one from the same model (unchanged on disk) and
 * tokenizer: loading takes longer than a small image.
 */
final class WarmModel implements AutoCloseable {

    private StableDiffusion loaded;
    private String loadedKey;

    /** The model loaded from {@code model} with {@code tokenizer}, loading it (and saying so) when it is not. */
    StableDiffusion get(Path model, Path tokenizer, Consumer<String> loading) throws IOException, ComputeException {
        String key = model + "|" + tokenizer + "|" + Files.getLastModifiedTime(model);
        if (loaded == null || !key.equals(loadedKey)) {
            close();
            loading.accept("Loading " + model.getFileName());
            loaded = StableDiffusion.load(model, tokenizer);
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
