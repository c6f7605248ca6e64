package org.atelier.tensors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Everything {@code atelier inspect} and the inspector editor show about a model file or folder: the container,
 * what the model is, its components, its metadata, its tensors, and the hashes other tools show.
 *
 * @param path        the file or folder
 * @param container   {@code safetensors}, {@code torch zip pickle} or {@code diffusers folder}
 * @param size        bytes on disk (all files of a folder)
 * @param info        what the model is
 * @param metadata    the file's string metadata
 * @param tensors     every tensor, in the file's order
 * @param hashes      sha256, its short form, the legacy model hash, kohya's hash; empty when not computed
 */
public record ModelReport(Path path, String container, long size, ModelInfo info, Map<String, String> metadata,
        List<TensorInfo> tensors, Map<String, String> hashes) {

    /** Reads a model; {@code withHashes} also hashes it (a full read of the file). */
    public static ModelReport of(Path path, boolean withHashes) throws IOException {
        ModelReport report;
        try (TensorSource source = TensorFiles.open(path)) {
            report = new ModelReport(path, TensorFiles.container(source), size(path), ModelDetector.detect(source),
                    source.metadata(), source.tensors(), Map.of());
        }
        return withHashes ? report.withHashes() : report;
    }

    /** The same report with the hashes of the file (a full read of it; none for a folder). */
    public ModelReport withHashes() throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        if (Files.isRegularFile(path)) {
            String sha256 = Hashes.sha256(path);
            hashes.put("sha256", sha256);
            hashes.put("short hash (AUTOMATIC1111)", Hashes.shortHash(sha256));
            hashes.put("model hash (legacy)", Hashes.legacyModelHash(path));
            if (container.equals("safetensors")) {
                long dataStart;
                try (SafetensorsReader header = SafetensorsReader.open(path)) {
                    dataStart = header.dataStart();
                }
                hashes.put("sshs_model_hash (kohya)", Hashes.kohyaModelHash(path, dataStart));
            }
        }
        return new ModelReport(path, container, size, info, metadata, tensors, hashes);
    }

    private static long size(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return Files.size(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    public long parameters() {
        return tensors.stream().mapToLong(TensorInfo::numel).sum();
    }

    /** {@code 2.13 GB}, {@code 860 KB}. */
    public static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        String[] units = { "KB", "MB", "GB", "TB" };
        double v = n;
        int unit = -1;
        while (v >= 1000 && unit < units.length - 1) {
            v /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f %s" : v < 100 ? "%.1f %s" : "%.0f %s", v, units[unit]);
    }

    /** {@code 859.5 M}, {@code 12.3 K}. */
    public static String count(long n) {
        if (n < 1000) {
            return Long.toString(n);
        }
        if (n < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f K", n / 1e3);
        }
        if (n < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f M", n / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f B", n / 1e9);
    }

    /** The report as text, as {@code atelier inspect} prints it. */
    public String text(boolean withTensors) {
        StringBuilder s = new StringBuilder();
        s.append("File:        ").append(path).append('\n');
        s.append("Container:   ").append(container).append(", ").append(bytes(size)).append(", ").append(tensors.size())
                .append(" tensors, ").append(count(parameters())).append(" parameters\n");
        s.append("Model:       ").append(info.summary()).append('\n');
        for (String note : info.notes()) {
            s.append("             ").append(note).append('\n');
        }
        s.append("Components:\n");
        for (ModelInfo.Component c : info.components()) {
            s.append(String.format(Locale.ROOT, "  %-32s %10s parameters  %4d tensors  %s%n", c.name(), count(c.parameters()),
                    c.tensors(), String.join(", ", c.dtypes().stream().map(DType::label).toList())));
        }
        if (!hashes.isEmpty()) {
            s.append("Hashes:\n");
            hashes.forEach((k, v) -> s.append(String.format(Locale.ROOT, "  %-27s %s%n", k, v)));
        }
        s.append("Metadata:    ").append(metadata.isEmpty() ? "none" : metadata.size() + " entries").append('\n');
        metadata.forEach((k, v) -> s.append("  ").append(k).append(": ").append(v.length() > 200 ? v.substring(0, 200)
                + "... (" + v.length() + " characters)" : v).append('\n'));
        if (withTensors) {
            s.append("Tensors:\n");
            for (TensorInfo t : tensors) {
                s.append(String.format(Locale.ROOT, "  %-90s %-6s %s%n", t.name(), t.dtype().label(), t.shapeText()));
            }
        }
        return s.toString();
    }

    /** The report as JSON, as {@code atelier inspect --json} prints it. */
    public String json(boolean withTensors) {
        JsonObject o = new JsonObject();
        o.addProperty("path", path.toString());
        o.addProperty("container", container);
        o.addProperty("size", size);
        o.addProperty("tensorCount", tensors.size());
        o.addProperty("parameters", parameters());
        o.addProperty("kind", info.kind().name());
        o.addProperty("architecture", info.architecture().name());
        o.addProperty("variant", info.variant());
        o.addProperty("prediction", info.prediction());
        o.addProperty("summary", info.summary());
        JsonArray notes = new JsonArray();
        info.notes().forEach(notes::add);
        o.add("notes", notes);
        JsonArray components = new JsonArray();
        for (ModelInfo.Component c : info.components()) {
            JsonObject component = new JsonObject();
            component.addProperty("name", c.name());
            component.addProperty("parameters", c.parameters());
            component.addProperty("tensors", c.tensors());
            JsonArray dtypes = new JsonArray();
            c.dtypes().forEach(d -> dtypes.add(d.name()));
            component.add("dtypes", dtypes);
            components.add(component);
        }
        o.add("components", components);
        JsonObject h = new JsonObject();
        if (hashes.containsKey("sha256")) {
            h.addProperty("sha256", hashes.get("sha256"));
            h.addProperty("shortHash", hashes.get("short hash (AUTOMATIC1111)"));
            h.addProperty("legacyModelHash", hashes.get("model hash (legacy)"));
            if (hashes.containsKey("sshs_model_hash (kohya)")) {
                h.addProperty("sshsModelHash", hashes.get("sshs_model_hash (kohya)"));
            }
        }
        o.add("hashes", h);
        JsonObject m = new JsonObject();
        metadata.forEach(m::addProperty);
        o.add("metadata", m);
        if (withTensors) {
            JsonArray list = new JsonArray();
            for (TensorInfo t : tensors) {
                JsonObject tensor = new JsonObject();
                tensor.addProperty("name", t.name());
                tensor.addProperty("dtype", t.dtype().name());
                JsonArray shape = new JsonArray();
                for (long d : t.shape()) {
                    shape.add(d);
                }
                tensor.add("shape", shape);
                tensor.addProperty("bytes", t.byteSize());
                list.add(tensor);
            }
            o.add("tensors", list);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(o);
    }
}
