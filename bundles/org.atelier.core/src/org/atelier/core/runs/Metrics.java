package org.atelier.core.runs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Reads a run's {@code metrics.jsonl}: one JSON object per logged step. */
public final class Metrics {

    public static final String FILE = "metrics.jsonl";

    /** One line of metrics.jsonl. */
    public record Row(long step, long time, Map<String, Double> values) {
    }

    private Metrics() {
    }

    /**
     * Drops the lines of steps after {@code step} (and any torn line): a run resumed from a checkpoint logs those
     * steps again. The file is rewritten under a temporary name and renamed into place.
     */
    public static void keepUntil(Path runFolder, long step) throws IOException {
        Path file = runFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        StringBuilder kept = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            try {
                JsonElement s = JsonParser.parseString(line).getAsJsonObject().get("step");
                if (s != null && s.getAsLong() <= step) {
                    kept.append(line).append('\n');
                }
            } catch (RuntimeException e) {
                // a torn line: dropped
            }
        }
        org.atelier.common.AtomicFiles.writeString(file, kept.toString());
    }

    /**
     * The rows of a run, in order. A line that does not parse (the last one of a process killed while writing)
     * is skipped.
     */
    public static List<Row> read(Path runFolder) throws IOException {
        Path file = runFolder.resolve(FILE);
        List<Row> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                try {
                    JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                    JsonElement step = o.remove("step");
                    JsonElement time = o.remove("time");
                    rows.add(new Row(step == null ? -1 : step.getAsLong(), time == null ? 0 : time.getAsLong(),
                            RunEvents.doubles(o)));
                } catch (RuntimeException e) {
                    // a torn last line: the rows before it stand
                }
            }
        }
        return rows;
    }
}
