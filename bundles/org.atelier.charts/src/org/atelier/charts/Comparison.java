package org.atelier.charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.MethodConfig;
import org.atelier.common.AtomicFiles;
import org.atelier.core.project.ModelException;
import org.atelier.common.Durations;
import org.atelier.core.runs.Metrics;
import org.atelier.core.runs.Runs;
import org.atelier.core.runs.Samples;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.jfree.chart.JFreeChart;
import org.atelier.common.Thumbnails;

/**
 * Runs side by side: what each one was (the settings, of which those that differ matter), how it went (status,
 * time, seconds a step, last losses, its outputs and their sizes), its loss curves overlaid, and its samples lined up
 * by step and prompt. Read from the run folders alone; also written as one self-contained HTML report.
 */
public final class Comparison {

    /** One run as compared. */
    public record Run(Path folder, Runs.RunInfo info, List<Metrics.Row> rows, Map<String, String> settings,
            List<Samples.Sample> samples, Map<String, Long> outputs) {

        public String id() {
            return folder.getFileName().toString();
        }

        /** The file of the sample of that label ("step 20, prompt 1"), or null. */
        public Path sample(String label) {
            return samples.stream().filter(s -> s.label().equals(label)).map(Samples.Sample::file).findFirst().orElse(null);
        }

        /** The mean seconds a step took (0 without steps). */
        public double secondsPerStep() {
            return rows.stream().map(r -> r.values().get("seconds")).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                    .average().orElse(0);
        }

        /** The last logged value of a metric, or null. */
        public Double last(String metric) {
            for (int i = rows.size() - 1; i >= 0; i--) {
                Double value = rows.get(i).values().get(metric);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
    }

    private static final int REPORT_THUMBNAIL = 256;

    private final List<Run> runs;

    private Comparison(List<Run> runs) {
        this.runs = runs;
    }

    /**
     * The runs of these folders.
     *
     * @throws ModelException when a folder holds no readable run, naming it
     */
    public static Comparison of(List<Path> folders) throws IOException, ModelException {
        List<Run> runs = new ArrayList<>();
        for (Path folder : folders) {
            Runs.RunInfo info = Runs.read(folder);
            runs.add(new Run(folder, info, Metrics.read(folder), settings(info.run().getExperiment()), Samples.list(folder),
                    outputs(folder.resolve("output"))));
        }
        return new Comparison(runs);
    }

    /** What an experiment was run with: method, base model, datasets, seed and every setting of its method. */
    static Map<String, String> settings(Experiment experiment) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("method", experiment.getMethod());
        settings.put("base model", experiment.getBaseModel() == null ? "" : experiment.getBaseModel().getId());
        settings.put("datasets", experiment.getDatasets().stream().map(Dataset::getId).collect(Collectors.joining(", ")));
        settings.put("seed", Long.toString(experiment.getSeed()));
        MethodConfig config = experiment.getConfig();
        if (config != null) {
            for (EAttribute attribute : config.eClass().getEAllAttributes()) {
                Object value = config.eGet(attribute);
                settings.put(attribute.getName(), value == null ? "" : value.toString());
            }
            for (EReference reference : config.eClass().getEAllReferences()) {
                if (!reference.isContainment() && !reference.isMany() && config.eGet(reference) instanceof BaseModel model) {
                    settings.put(reference.getName(), model.getId());
                }
            }
        }
        return settings;
    }

    private static Map<String, Long> outputs(Path folder) throws IOException {
        Map<String, Long> outputs = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    outputs.put(file.getFileName().toString(), Files.size(file));
                }
            }
        }
        return outputs;
    }

    public List<Run> runs() {
        return runs;
    }

    /** The settings whose values are not the same in every run, each with its value per run, in order. */
    public Map<String, List<String>> differences() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (Run run : runs) {
            run.settings().keySet().forEach(key -> all.putIfAbsent(key, new ArrayList<>()));
        }
        for (Map.Entry<String, List<String>> e : all.entrySet()) {
            for (Run run : runs) {
                e.getValue().add(run.settings().getOrDefault(e.getKey(), "—"));
            }
        }
        all.values().removeIf(values -> values.stream().distinct().count() == 1);
        return all;
    }

    /** The samples' labels of all runs, by step then prompt ("step 20, prompt 1"...). */
    public List<String> sampleLabels() {
        return runs.stream().flatMap(run -> run.samples().stream())
                .sorted(Comparator.comparingLong(Samples.Sample::step).thenComparingInt(Samples.Sample::prompt))
                .map(Samples.Sample::label).distinct().toList();
    }

    /** The runs' smoothed and validation losses overlaid. */
    public JFreeChart chart(double smoothing) {
        Map<String, List<Metrics.Row>> rows = new LinkedHashMap<>();
        runs.forEach(run -> rows.put(run.id(), run.rows()));
        return TrainingChart.compare(rows, smoothing);
    }

    /** One run's line of the summary: status, time, seconds a step, last loss and validation loss. */
    public static List<String> summary(Run run) {
        return List.of(run.id(), run.info().run().getExperiment().getName(),
                run.info().status().getLiteral().toLowerCase(Locale.ROOT),
                run.info().duration() == null ? "" : Durations.clock(run.info().duration()),
                run.secondsPerStep() > 0 ? Durations.words(run.secondsPerStep()) : "", number(run.last("loss")),
                number(run.last("validation_loss")),
                run.outputs().entrySet().stream().map(e -> e.getKey() + " (" + size(e.getValue()) + ")")
                        .collect(Collectors.joining(", ")));
    }

    /** The columns of {@link #summary(Run)}. */
    public static final List<String> SUMMARY = List.of("run", "experiment", "status", "time", "a step", "last loss",
            "last validation loss", "outputs");

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** Writes the comparison as one HTML file, its images inside it; written whole or not at all. */
    public void writeHtml(Path file, double smoothing) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Atelier: ")
                .append(escape(runs.stream().map(Run::id).collect(Collectors.joining(" vs ")))).append("</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}")
                .append("th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f4f4f4}")
                .append("</style></head><body>\n<h1>Runs compared</h1>\n");
        html.append("<table>\n<tr>");
        SUMMARY.forEach(column -> html.append("<th>").append(escape(column)).append("</th>"));
        html.append("</tr>\n");
        for (Run run : runs) {
            html.append("<tr>");
            summary(run).forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n<h2>Settings that differ</h2>\n");
        Map<String, List<String>> differences = differences();
        if (differences.isEmpty()) {
            html.append("<p>None: the runs were set up alike.</p>\n");
        } else {
            html.append("<table>\n<tr><th>setting</th>");
            runs.forEach(run -> html.append("<th>").append(escape(run.id())).append("</th>"));
            html.append("</tr>\n");
            differences.forEach((setting, values) -> {
                html.append("<tr><th>").append(escape(setting)).append("</th>");
                values.forEach(v -> html.append("<td>").append(escape(v)).append("</td>"));
                html.append("</tr>\n");
            });
            html.append("</table>\n");
        }
        html.append("<h2>Loss</h2>\n<img alt=\"loss\" src=\"data:image/png;base64,")
                .append(png(TrainingChart.render(chart(smoothing), 900, 450))).append("\">\n");
        List<String> labels = sampleLabels();
        if (!labels.isEmpty()) {
            html.append("<h2>Samples</h2>\n<table>\n<tr><th></th>");
            runs.forEach(run -> html.append("<th>").append(escape(run.id())).append("</th>"));
            html.append("</tr>\n");
            for (String label : labels) {
                html.append("<tr><th>").append(escape(label)).append("</th>");
                for (Run run : runs) {
                    Path sample = run.sample(label);
                    BufferedImage image = sample == null ? null : ImageIO.read(sample.toFile());
                    html.append("<td>");
                    if (image != null) {
                        html.append("<img alt=\"").append(escape(label)).append("\" src=\"data:image/png;base64,")
                                .append(png(Thumbnails.of(image, REPORT_THUMBNAIL))).append("\">");
                    }
                    html.append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</body></html>\n");
        AtomicFiles.writeString(file, html.toString());
    }

    private static String png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
