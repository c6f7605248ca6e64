package org.atelier.core.runs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.core.methods.RunContext;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Run;
import org.atelier.core.project.ProjectStore;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/** The run context inside the run's process: writes log.txt and metrics.jsonl and sends the events. */
final class ChildRunContext implements RunContext, AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Run run;
    private final Path folder;
    private final Path projectFolder;
    private final PrintStream events;
    private final BufferedWriter log;
    private BufferedWriter metrics;
    private final Map<String, Double> lastMetrics = new LinkedHashMap<>();
    private final List<String> artifacts = new ArrayList<>();
    private final List<BaseModel> models = new ArrayList<>();
    private final Gson gson = new Gson();
    private volatile boolean cancelled;

    ChildRunContext(Run run, Path folder, PrintStream events) throws IOException {
        this.run = run;
        this.folder = folder;
        this.projectFolder = run.getProjectFolder() != null ? Path.of(run.getProjectFolder()) : folder.getParent().getParent();
        this.events = events;
        this.log = Files.newBufferedWriter(folder.resolve(RunLauncher.LOG_FILE), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        this.metrics = openMetrics();
        for (Path dir : new Path[] { outputFolder(), checkpointsFolder(), samplesFolder() }) {
            Files.createDirectories(dir);
        }
    }

    @Override
    public Run run() {
        return run;
    }

    @Override
    public Path runFolder() {
        return folder;
    }

    @Override
    public Path projectFolder() {
        return projectFolder;
    }

    @Override
    public Path outputFolder() {
        return folder.resolve("output");
    }

    @Override
    public Path checkpointsFolder() {
        return folder.resolve("checkpoints");
    }

    @Override
    public Path samplesFolder() {
        return folder.resolve(Samples.FOLDER);
    }

    @Override
    public void progress(long done, long total, String message) {
        events.println(RunEvents.progress(done, total, message));
    }

    @Override
    public synchronized void metrics(long step, Map<String, Double> values) throws IOException {
        JsonObject line = new JsonObject();
        line.addProperty("step", step);
        line.addProperty("time", System.currentTimeMillis());
        values.forEach(line::addProperty);
        metrics.write(gson.toJson(line));
        metrics.write('\n');
        metrics.flush();
        lastMetrics.putAll(values);
        events.println(RunEvents.metrics(step, values));
    }

    private BufferedWriter openMetrics() throws IOException {
        return Files.newBufferedWriter(folder.resolve(Metrics.FILE), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    @Override
    public synchronized void keepMetricsUntil(long step) throws IOException {
        metrics.close();
        Metrics.keepUntil(folder, step);
        metrics = openMetrics();
    }

    @Override
    public synchronized void log(String line) {
        try {
            log.write(LocalTime.now().format(TIME) + " " + line);
            log.write('\n');
            log.flush();
        } catch (IOException e) {
            System.err.println(line);
        }
        events.println(RunEvents.log(line));
    }

    /** Kept in run.xmi at once: a run that dies later still says where it computed. */
    @Override
    public void device(String device) {
        run.getEnvironment().setDevice(device);
        try {
            ProjectStore.save(run.eResource());
        } catch (IOException e) {
            log("Could not record the device in " + ProjectStore.RUN_FILE + ": " + e.getMessage());
        }
        log("Computing on " + device);
    }

    void status(String status, String message) {
        events.println(RunEvents.status(status, message));
    }

    @Override
    public synchronized void addArtifact(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        artifacts.add(absolute.startsWith(folder) ? folder.relativize(absolute).toString() : absolute.toString());
    }

    @Override
    public synchronized void addModel(BaseModel model) {
        models.add(model);
    }

    synchronized List<BaseModel> models() {
        return new ArrayList<>(models);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
        log("Cancel requested");
    }

    synchronized Map<String, Double> lastMetrics() {
        return new LinkedHashMap<>(lastMetrics);
    }

    synchronized List<String> artifacts() {
        return new ArrayList<>(artifacts);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            log.close();
        } finally {
            metrics.close();
        }
    }
}
