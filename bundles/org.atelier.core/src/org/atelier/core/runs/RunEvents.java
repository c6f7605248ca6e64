package org.atelier.core.runs;

import java.util.LinkedHashMap;
import java.util.Map;

import org.atelier.common.ProgressLine;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;

/**
 * The events a run's process sends to whoever started it: one JSON object per line on its standard
 * output, after the prefix {@value #PREFIX}. Lines without the prefix are not events.
 */
public final class RunEvents {

    public static final String PREFIX = "@atelier ";

    private static final Gson GSON = new Gson();

    private RunEvents() {
    }

    /** Receives a run's events; every method has a default so a listener takes only what it shows. */
    public interface Listener {
        default void progress(long done, long total, String message) {
        }

        default void metrics(long step, Map<String, Double> values) {
        }

        default void log(String line) {
        }

        default void status(String status, String message) {
        }

        /** A listener that shows a run's progress, metrics and log lines on a terminal's progress line. */
        static Listener showing(ProgressLine line) {
            return new Listener() {
                @Override
                public void progress(long done, long total, String message) {
                    line.progress(done, total, message);
                }

                @Override
                public void metrics(long step, Map<String, Double> values) {
                    line.metrics(step, values);
                }

                @Override
                public void log(String text) {
                    line.log(text);
                }
            };
        }
    }

    static String progress(long done, long total, String message) {
        JsonObject o = event("progress");
        o.addProperty("done", done);
        o.addProperty("total", total);
        o.addProperty("message", message);
        return PREFIX + GSON.toJson(o);
    }

    static String metrics(long step, Map<String, Double> values) {
        JsonObject o = event("metrics");
        o.addProperty("step", step);
        o.add("values", GSON.toJsonTree(values));
        return PREFIX + GSON.toJson(o);
    }

    static String log(String line) {
        JsonObject o = event("log");
        o.addProperty("line", line);
        return PREFIX + GSON.toJson(o);
    }

    static String status(String status, String message) {
        JsonObject o = event("status");
        o.addProperty("status", status);
        o.addProperty("message", message);
        return PREFIX + GSON.toJson(o);
    }

    private static JsonObject event(String type) {
        JsonObject o = new JsonObject();
        o.addProperty("event", type);
        return o;
    }

    /** Hands one line of a run's output to the listener: an event, or else a log line. */
    public static void dispatch(String line, Listener listener) {
        if (!line.startsWith(PREFIX)) {
            listener.log(line);
            return;
        }
        JsonObject o;
        try {
            o = JsonParser.parseString(line.substring(PREFIX.length())).getAsJsonObject();
        } catch (JsonSyntaxException | IllegalStateException e) {
            listener.log(line);
            return;
        }
        switch (string(o, "event")) {
        case "progress" -> listener.progress(o.get("done").getAsLong(), o.get("total").getAsLong(), string(o, "message"));
        case "metrics" -> listener.metrics(o.get("step").getAsLong(), doubles(o.getAsJsonObject("values")));
        case "log" -> listener.log(string(o, "line"));
        case "status" -> listener.status(string(o, "status"), string(o, "message"));
        default -> listener.log(line);
        }
    }

    static Map<String, Double> doubles(JsonObject values) {
        Map<String, Double> result = new LinkedHashMap<>();
        if (values != null) {
            for (Map.Entry<String, JsonElement> e : values.entrySet()) {
                if (e.getValue().isJsonPrimitive() && e.getValue().getAsJsonPrimitive().isNumber()) {
                    result.put(e.getKey(), e.getValue().getAsDouble());
                }
            }
        }
        return result;
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }
}
