package org.atelier.diffusion.worker;

import java.nio.file.Path;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * How a process talks to the generation worker (the application {@value #APPLICATION}, a child process that loads
 * the model and computes, so that a native crash or an out-of-memory there never takes its parent down): requests as
 * JSON objects, one a line, on the worker's standard input; events likewise on its standard output. Plain data, no
 * compute: the workbench speaks it without loading the engine.
 *
 * <pre>
 * {"request":"generate","id":1,"model":"/m.safetensors","tokenizer":"/tok","prompt":"a cat","negative":"",
 *  "steps":20,"cfg":7,"sampler":"euler-a","seed":5,"width":512,"height":512,"output":"/out.png",
 *  "hypernetwork":"/style.pt","hypernetworkStrength":0.8,"customDiffusion":"/concept","customDiffusionStrength":1}
 *                                   (the last four optional)
 * {"request":"cancel","id":1}       stops generation 1 at its next step; the model stays loaded
 * {"request":"measure"}             the device's speed, measured once and remembered
 * {"request":"quit"}                as does the end of the input
 *
 * {"event":"progress","id":1,"done":3,"total":20,"message":"Step 3 of 20"}
 * {"event":"done","id":1,"file":"/out.png","seed":5,"seconds":12.5}
 * {"event":"cancelled","id":1}
 * {"event":"error","id":1,"message":"..."}
 * {"event":"speed","device":"cpu","operationsPerSecond":9.9E10}
 * </pre>
 */
public final class WorkerProtocol {

    /** The worker's application id. */
    public static final String APPLICATION = "org.atelier.diffusion.worker";

    private WorkerProtocol() {
    }

    /** What the worker is asked. */
    public sealed interface Request permits Generate, Cancel, Measure, Quit {
    }

    /**
     * An image to generate from {@code model} (a checkpoint or a diffusers folder) with the tokenizer folder
     * {@code tokenizer} (null: the model's own) into the PNG {@code output}; {@code sampler} is a sampler's id or
     * label. The worker checks the settings and says what is wrong with them.
     */
    public record Generate(long id, Path model, Path tokenizer, String prompt, String negative, int steps, float cfg,
            String sampler, long seed, int width, int height, Path output, Adapters adapters) implements Request {

        /** A request of the model alone. */
        public Generate(long id, Path model, Path tokenizer, String prompt, String negative, int steps, float cfg,
                String sampler, long seed, int width, int height, Path output) {
            this(id, model, tokenizer, prompt, negative, steps, cfg, sampler, seed, width, height, output, Adapters.NONE);
        }

        /** The same request under another id. */
        public Generate withId(long other) {
            return new Generate(other, model, tokenizer, prompt, negative, steps, cfg, sampler, seed, width, height, output,
                    adapters);
        }
    }

    /**
     * What a generation applies to the model besides: an AUTOMATIC1111 hypernetwork and Custom Diffusion (a diffusers
     * output folder or its weights file), each with its strength; null where there is none.
     */
    public record Adapters(Path hypernetwork, float hypernetworkStrength, Path customDiffusion, float customDiffusionStrength) {

        /** None of them. */
        public static final Adapters NONE = new Adapters(null, 1f, null, 1f);
    }

    /** Stops generation {@code id} at its next step. */
    public record Cancel(long id) implements Request {
    }

    public record Measure() implements Request {
    }

    public record Quit() implements Request {
    }

    /** What the worker answers. */
    public sealed interface Event permits Progress, Done, Cancelled, Failed, Speed {
    }

    /** {@code done} of {@code total} steps (0 while the model loads). */
    public record Progress(long id, int done, int total, String message) implements Event {
    }

    /** The image is written, with its parameters, into {@code file}. */
    public record Done(long id, Path file, long seed, double seconds) implements Event {
    }

    public record Cancelled(long id) implements Event {
    }

    /** A request failed; {@code id} is 0 for a request without one. */
    public record Failed(long id, String message) implements Event {
    }

    /** The device's speed: its name ({@code cpu}, {@code gpu0}) and the operations a second it multiplies at. */
    public record Speed(String device, double operationsPerSecond) implements Event {
    }

    public static String encode(Request request) {
        JsonObject o = new JsonObject();
        if (request instanceof Generate g) {
            o.addProperty("request", "generate");
            o.addProperty("id", g.id());
            o.addProperty("model", g.model().toString());
            o.addProperty("tokenizer", g.tokenizer() == null ? null : g.tokenizer().toString());
            o.addProperty("prompt", g.prompt());
            o.addProperty("negative", g.negative());
            o.addProperty("steps", g.steps());
            o.addProperty("cfg", g.cfg());
            o.addProperty("sampler", g.sampler());
            o.addProperty("seed", g.seed());
            o.addProperty("width", g.width());
            o.addProperty("height", g.height());
            o.addProperty("output", g.output().toString());
            Adapters a = g.adapters();
            if (a.hypernetwork() != null) {
                o.addProperty("hypernetwork", a.hypernetwork().toString());
                o.addProperty("hypernetworkStrength", a.hypernetworkStrength());
            }
            if (a.customDiffusion() != null) {
                o.addProperty("customDiffusion", a.customDiffusion().toString());
                o.addProperty("customDiffusionStrength", a.customDiffusionStrength());
            }
        } else if (request instanceof Cancel c) {
            o.addProperty("request", "cancel");
            o.addProperty("id", c.id());
        } else {
            o.addProperty("request", request instanceof Measure ? "measure" : "quit");
        }
        return o.toString();
    }

    /**
     * The request a line holds.
     *
     * @throws IllegalArgumentException when it holds none, saying why
     */
    public static Request request(String line) {
        JsonObject o = object(line).orElseThrow(() -> new IllegalArgumentException("not a request (a JSON object): " + line));
        String type = string(o, "request");
        try {
            return switch (type == null ? "" : type) {
            case "generate" -> new Generate(o.get("id").getAsLong(), Path.of(required(o, "model")),
                    string(o, "tokenizer") == null ? null : Path.of(string(o, "tokenizer")), text(o, "prompt"),
                    text(o, "negative"), o.get("steps").getAsInt(), o.get("cfg").getAsFloat(), required(o, "sampler"),
                    o.get("seed").getAsLong(), o.get("width").getAsInt(), o.get("height").getAsInt(),
                    Path.of(required(o, "output")), new Adapters(path(o, "hypernetwork"), strength(o, "hypernetworkStrength"),
                            path(o, "customDiffusion"), strength(o, "customDiffusionStrength")));
            case "cancel" -> new Cancel(o.get("id").getAsLong());
            case "measure" -> new Measure();
            case "quit" -> new Quit();
            default -> throw new IllegalArgumentException("request '" + type + "': generate, cancel, measure or quit");
            };
        } catch (NullPointerException | UnsupportedOperationException | IllegalStateException | NumberFormatException e) {
            throw new IllegalArgumentException("request '" + type + "': a field is missing or not a number: " + line);
        }
    }

    private static Path path(JsonObject o, String name) {
        return string(o, name) == null ? null : Path.of(string(o, name));
    }

    private static float strength(JsonObject o, String name) {
        return o.has(name) ? o.get(name).getAsFloat() : 1f;
    }

    public static String encode(Event event) {
        JsonObject o = new JsonObject();
        if (event instanceof Progress p) {
            o.addProperty("event", "progress");
            o.addProperty("id", p.id());
            o.addProperty("done", p.done());
            o.addProperty("total", p.total());
            o.addProperty("message", p.message());
        } else if (event instanceof Done d) {
            o.addProperty("event", "done");
            o.addProperty("id", d.id());
            o.addProperty("file", d.file().toString());
            o.addProperty("seed", d.seed());
            o.addProperty("seconds", d.seconds());
        } else if (event instanceof Cancelled c) {
            o.addProperty("event", "cancelled");
            o.addProperty("id", c.id());
        } else if (event instanceof Failed f) {
            o.addProperty("event", "error");
            o.addProperty("id", f.id());
            o.addProperty("message", f.message());
        } else if (event instanceof Speed s) {
            o.addProperty("event", "speed");
            o.addProperty("device", s.device());
            o.addProperty("operationsPerSecond", s.operationsPerSecond());
        }
        return o.toString();
    }

    /**
     * The event a line of the worker's output holds; empty for any other line (a library that printed despite
     * everything, say).
     */
    public static Optional<Event> event(String line) {
        Optional<JsonObject> parsed = object(line);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JsonObject o = parsed.get();
        String type = string(o, "event");
        try {
            return Optional.ofNullable(switch (type == null ? "" : type) {
            case "progress" -> new Progress(o.get("id").getAsLong(), o.get("done").getAsInt(), o.get("total").getAsInt(),
                    text(o, "message"));
            case "done" -> new Done(o.get("id").getAsLong(), Path.of(required(o, "file")), o.get("seed").getAsLong(),
                    o.get("seconds").getAsDouble());
            case "cancelled" -> new Cancelled(o.get("id").getAsLong());
            case "error" -> new Failed(o.has("id") ? o.get("id").getAsLong() : 0, text(o, "message"));
            case "speed" -> new Speed(required(o, "device"), o.get("operationsPerSecond").getAsDouble());
            default -> null;
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<JsonObject> object(String line) {
        try {
            JsonElement parsed = JsonParser.parseString(line);
            return parsed.isJsonObject() ? Optional.of(parsed.getAsJsonObject()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e instanceof JsonPrimitive p ? p.getAsString() : null;
    }

    private static String text(JsonObject o, String key) {
        String value = string(o, key);
        return value == null ? "" : value;
    }

    private static String required(JsonObject o, String key) {
        String value = string(o, key);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(key);
        }
        return value;
    }
}
