package org.atelier.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atelier.core.methods.RunContext;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Run;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.runs.Runs;

/**
 * A run of an experiment in this process, into a folder of its own: what the training loop sees of a real run,
 * for the benchmarks of the methods and their tests (a run of the product goes through its own process and
 * {@code run.xmi}).
 */
public final class LocalRunContext implements RunContext {

    private final Run run;
    private final Path runFolder;
    private final Path projectFolder;
    private final List<String> log = new ArrayList<>();
    private final List<BaseModel> models = new ArrayList<>();
    private final List<Path> artifacts = new ArrayList<>();
    private final java.io.PrintWriter echo;
    private java.util.function.LongConsumer onStep = step -> {
    };

    public LocalRunContext(Path experimentFile, Path runFolder) throws Exception {
        this(experimentFile, runFolder, null);
    }

    /** @param echo where log lines are printed as well (null: nowhere) */
    public LocalRunContext(Path experimentFile, Path runFolder, java.io.PrintWriter echo) throws Exception {
        this.echo = echo;
        this.projectFolder = ProjectStore.projectFolderOf(experimentFile);
        this.run = Runs.snapshot(ProjectStore.loadExperimentResolved(ProjectStore.newResourceSet(), experimentFile), projectFolder);
        this.runFolder = runFolder;
        for (String sub : List.of("output", "checkpoints", "samples")) {
            Files.createDirectories(runFolder.resolve(sub));
        }
    }

    @Override
    public Run run() {
        return run;
    }

    @Override
    public Path runFolder() {
        return runFolder;
    }

    @Override
    public Path projectFolder() {
        return projectFolder;
    }

    @Override
    public Path outputFolder() {
        return runFolder.resolve("output");
    }

    @Override
    public Path checkpointsFolder() {
        return runFolder.resolve("checkpoints");
    }

    @Override
    public Path samplesFolder() {
        return runFolder.resolve(org.atelier.core.runs.Samples.FOLDER);
    }

    @Override
    public void progress(long done, long total, String message) {
    }

    @Override
    public void metrics(long step, Map<String, Double> values) throws IOException {
        com.google.gson.JsonObject line = new com.google.gson.JsonObject();
        line.addProperty("step", step);
        values.forEach(line::addProperty);
        Files.writeString(runFolder.resolve("metrics.jsonl"), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        onStep.accept(step);
    }

    /** Hears each step's number once its metrics are written (the training benchmark measures from a step on). */
    public void setStepHook(java.util.function.LongConsumer hook) {
        this.onStep = hook;
    }

    @Override
    public void keepMetricsUntil(long step) throws IOException {
        org.atelier.core.runs.Metrics.keepUntil(runFolder, step);
    }

    /** Kept in the snapshot's environment, as a run's process keeps it in run.xmi. */
    @Override
    public void device(String device) {
        if (run.getEnvironment() == null) {
            run.setEnvironment(org.atelier.core.model.AtelierFactory.eINSTANCE.createRunEnvironment());
        }
        run.getEnvironment().setDevice(device);
        log("Computing on " + device);
    }

    @Override
    public void log(String line) {
        log.add(line);
        if (echo != null) {
            echo.println("  " + line);
        }
    }

    /** The lines logged. */
    public List<String> log() {
        return log;
    }

    /** The artifacts recorded. */
    public List<Path> artifacts() {
        return artifacts;
    }

    @Override
    public void addArtifact(Path file) {
        artifacts.add(file);
    }

    @Override
    public void addModel(BaseModel model) {
        models.add(model);
    }

    /** The models the run made for the project (a fine-tuned checkpoint). */
    public List<BaseModel> models() {
        return models;
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
