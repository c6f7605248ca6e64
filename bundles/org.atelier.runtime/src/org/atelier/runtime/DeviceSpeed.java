package org.atelier.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.common.AtomicFiles;
import org.atelier.common.CacheFolder;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The device's speed that time estimates divide by ({@link Compute#throughput}, matrix-product operations per
 * second), measured once and remembered in {@value #FILE} of Atelier's cache folder. A figure holds for what makes it
 * valid: the device setting, PyTorch's threads, the CPU's model and the engine's version, which together are its key;
 * a change of any of them measures again. This class only keeps figures and never starts the engine, so a process
 * that must not start it (the workbench) reads what a child process measured; {@link Compute#speed()} measures.
 */
public final class DeviceSpeed {

    /** The store's file name in Atelier's cache folder. */
    public static final String FILE = "device-speed.json";

    /** The figures this process knows, by store and key: it does not read the store again for them, nor measure twice. */
    private static final Map<String, Figure> KNOWN = new ConcurrentHashMap<>();

    private static final Pattern GPU = Pattern.compile("gpu(\\d+)");

    /** A measured speed: the device it was measured on ({@code cpu}, {@code gpu0}) and its operations per second. */
    public record Figure(String device, double operationsPerSecond) {

        public Figure {
            if (device == null || device.isBlank() || !(operationsPerSecond > 0) || Double.isInfinite(operationsPerSecond)) {
                throw new IllegalArgumentException("a device speed is a device and a positive number of operations a second, not "
                        + device + " at " + operationsPerSecond);
            }
        }

        /** The device as estimates name it: "the CPU", "GPU 0". */
        public String label() {
            Matcher gpu = GPU.matcher(device);
            return gpu.matches() ? "GPU " + gpu.group(1) : "the CPU";
        }
    }

    private DeviceSpeed() {
    }

    /** The figure known for this process's settings, by this process or in the store; never measures. */
    public static Optional<Figure> remembered() {
        String key = key();
        Figure known = KNOWN.get(file() + "\n" + key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Figure> stored = read(readStore().get(key));
        stored.ifPresent(figure -> KNOWN.put(file() + "\n" + key, figure));
        return stored;
    }

    /**
     * Remembers a figure measured for this process's settings (here or in a child process with the same settings): in
     * the store, replacing it whole, when it can be written, and in this process at least.
     */
    public static void remember(Figure figure) {
        String key = key();
        KNOWN.put(file() + "\n" + key, figure);
        JsonObject entry = new JsonObject();
        entry.addProperty("device", figure.device());
        entry.addProperty("operationsPerSecond", figure.operationsPerSecond());
        entry.addProperty("measured", Instant.now().toString());
        synchronized (DeviceSpeed.class) {
            JsonObject store = readStore();
            store.add(key, entry);
            try {
                AtomicFiles.writeString(file(), new GsonBuilder().setPrettyPrinting().create().toJson(store));
            } catch (IOException e) {
                // this process still knows it; another measures again
            }
        }
    }

    /** Where the figures are kept. */
    public static Path file() {
        return CacheFolder.path().resolve(FILE);
    }

    /** Forgets what this process knows, so that the next look reads the store (for tests). */
    static void forget() {
        KNOWN.clear();
    }

    /**
     * What a figure holds for, worked out without the engine: "device auto, 2 threads, &lt;CPU model&gt;, DJL 0.36.0,
     * PyTorch 2.7.1" (with the libtorch folder or flavour when the environment chooses them).
     */
    public static String key() {
        String device = System.getProperty(Compute.DEVICE, "auto").strip().toLowerCase(Locale.ROOT);
        String threads = System.getProperty("ai.djl.pytorch.num_threads");
        return "device " + (device.isEmpty() ? "auto" : device) + ", "
                + (threads == null || threads.isBlank() ? Runtime.getRuntime().availableProcessors() + " cores" : threads.strip() + " threads")
                + ", " + cpuModel() + ", " + engineVersion();
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the architecture, then
        }
        return System.getProperty("os.arch");
    }

    /** DJL's and PyTorch's versions as the embedded engine declares them, and what the environment overrides. */
    private static String engineVersion() {
        Properties engine = new Properties();
        try (InputStream in = DeviceSpeed.class.getClassLoader().getResourceAsStream("pytorch-engine.properties")) {
            if (in != null) {
                engine.load(in);
            }
        } catch (IOException e) {
            // the versions stay unknown, which is a key of its own
        }
        StringBuilder version = new StringBuilder("DJL " + engine.getProperty("djl_version", "?") + ", PyTorch "
                + setting("PYTORCH_VERSION", engine.getProperty("pytorch_version", "?")));
        for (String chosen : new String[] { "PYTORCH_FLAVOR", "PYTORCH_LIBRARY_PATH" }) {
            String value = setting(chosen, null);
            if (value != null) {
                version.append(", ").append(chosen).append('=').append(value);
            }
        }
        return version.toString();
    }

    /** As DJL reads its settings: a system property, else the environment variable. */
    private static String setting(String name, String otherwise) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static JsonObject readStore() {
        try {
            JsonElement root = JsonParser.parseString(Files.readString(file()));
            if (root.isJsonObject()) {
                return root.getAsJsonObject();
            }
        } catch (IOException | RuntimeException e) {
            // none yet, or damaged: written again whole at the next measure
        }
        return new JsonObject();
    }

    /** An entry of the store as a figure; empty when it is not one (damaged, edited by hand). */
    private static Optional<Figure> read(JsonElement entry) {
        if (entry == null || !entry.isJsonObject()) {
            return Optional.empty();
        }
        JsonElement device = entry.getAsJsonObject().get("device");
        JsonElement speed = entry.getAsJsonObject().get("operationsPerSecond");
        if (!(device instanceof JsonPrimitive d && d.isString()) || !(speed instanceof JsonPrimitive s && s.isNumber())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Figure(d.getAsString(), s.getAsDouble()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
