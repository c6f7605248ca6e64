package org.atelier.core.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The settings a run takes from the workbench that starts it: the device, the threads PyTorch uses, DJL's cache
 * folder, the CLIP tokenizer for single-file checkpoints, the latent cache folder and Atelier's cache folder. The
 * workbench keeps them as system properties of its process (from its preferences); each run's process (and every
 * other child process) gets them as its own, and says them in its log.
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
    /** The device runs compute on: auto, cpu, gpu0... (the runtime's {@code Compute.DEVICE}). */
    public static final String DEVICE = "atelier.device";
    /**
     * Atelier's cache folder (model hashes, the device's speed): a child keeps what it works out where its parent
     * looks for it.
     */
    public static final String CACHE = org.atelier.common.CacheFolder.PROPERTY;

    private static final List<String> ALL = List.of(THREADS, DJL_CACHE, TOKENIZER, LATENT_CACHE, DEVICE, CACHE);

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

    /** The settings this process has now, by key (those set only): what a run queued now is to run with. */
    public static Map<String, String> current() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String key : ALL) {
            String value = System.getProperty(key);
            if (value != null) {
                settings.put(key, value);
            }
        }
        return settings;
    }

    /** The device a run with {@code settings} computes on, as set: "auto" when not set. */
    public static String device(Map<String, String> settings) {
        String device = settings.get(DEVICE);
        return device == null || device.isBlank() ? "auto" : device.strip();
    }

    /** {@code -Dkey=value} of each setting, for a run's process. */
    static List<String> jvmArguments(Map<String, String> settings) {
        List<String> arguments = new ArrayList<>();
        settings.forEach((key, value) -> arguments.add("-D" + key + "=" + value));
        return arguments;
    }

    /** "ai.djl.pytorch.num_threads=2, atelier.tokenizer=/..." of the settings this process has; empty without any. */
    static String describe() {
        return String.join(", ", current().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
