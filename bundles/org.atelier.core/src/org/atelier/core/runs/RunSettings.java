package org.atelier.core.runs;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings a run takes from the workbench that starts it: the threads PyTorch uses, DJL's cache folder, the CLIP
 * tokenizer for single-file checkpoints and the latent cache folder. The workbench keeps them as system properties
 * of its process (from its preferences); each run's process gets them as its own, and says them in its log.
 */
public final class RunSettings {

    /** PyTorch's threads per operation (DJL reads it when the engine starts). */
    public static final String THREADS = "ai.djl.pytorch.num_threads";
    /** Where DJL keeps the extracted natives. */
    public static final String DJL_CACHE = "DJL_CACHE_DIR";
    /** The CLIP tokenizer folder for checkpoints that hold none (before {@code ATELIER_TOKENIZER}). */
    public static final String TOKENIZER = "atelier.tokenizer";
    /** Where training keeps encoded latents, instead of each project's {@code .atelier/cache/latents}. */
    public static final String LATENT_CACHE = "atelier.latentCache";

    private static final List<String> ALL = List.of(THREADS, DJL_CACHE, TOKENIZER, LATENT_CACHE);

    private RunSettings() {
    }

    /** Sets a setting for this process and the runs it starts; blank or null clears it. */
    public static void set(String key, String value) {
        if (value == null || value.isBlank()) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value.strip());
        }
    }

    /** {@code -Dkey=value} of each setting this process has, for a run's process. */
    static List<String> jvmArguments() {
        List<String> arguments = new ArrayList<>();
        for (String key : ALL) {
            String value = System.getProperty(key);
            if (value != null) {
                arguments.add("-D" + key + "=" + value);
            }
        }
        return arguments;
    }

    /** "ai.djl.pytorch.num_threads=2, atelier.tokenizer=/..." of the settings this process has; empty without any. */
    static String describe() {
        return String.join(", ", jvmArguments().stream().map(a -> a.substring(2)).toList());
    }
}
