package org.atelier.core.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    /** The values the process had before {@link #set} changed them: what clearing a setting goes back to. */
    private static final Map<String, Optional<String>> BEFORE = new ConcurrentHashMap<>();

    private RunSettings() {
    }

    /**
     * Sets a setting for this process and the runs it starts; blank or null goes back to the value the process had
     * before (a {@code -D} it was started with, or none).
     */
    public static void set(String key, String value) {
        if (value == null || value.isBlank()) {
            Optional<String> before = BEFORE.remove(key);
            if (before != null) {
                before.ifPresentOrElse(v -> System.setProperty(key, v), () -> System.clearProperty(key));
            }
        } else {
            BEFORE.putIfAbsent(key, Optional.ofNullable(System.getProperty(key)));
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
