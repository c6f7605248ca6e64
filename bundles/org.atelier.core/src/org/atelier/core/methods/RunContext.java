package org.atelier.core.methods;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.model.Run;

/** What a method sees of its run: the snapshot it runs, the run folder, and the channels to report on. */
public interface RunContext {

    /** The run's snapshot: experiment, base model and datasets as they were at launch. */
    Run run();

    default Experiment experiment() {
        return run().getExperiment();
    }

    default MethodConfig config() {
        return experiment().getConfig();
    }

    /** The folder of the run ({@code runs/<id>/}). */
    Path runFolder();

    /** The training project's folder; relative paths in the snapshot are relative to it. */
    Path projectFolder();

    /** Where the method writes its artifacts ({@code output/}); it exists. */
    Path outputFolder();

    /** Where the method writes resumable state ({@code checkpoints/}); it exists. */
    Path checkpointsFolder();

    /** Where the method writes sample images ({@code samples/}); it exists. */
    Path samplesFolder();

    /** A path from the project (a base model, a dataset folder) made absolute. */
    default Path resolve(String path) {
        return projectFolder().resolve(path).normalize();
    }

    default Path baseModelPath() {
        BaseModel model = run().getBaseModel();
        return model == null ? null : resolve(model.getPath());
    }

    /** Reports progress: {@code done} of {@code total} units (steps, tensors, ...). */
    void progress(long done, long total, String message);

    /** Records metrics for one step: a line in metrics.jsonl and an event for whoever watches. */
    void metrics(long step, Map<String, Double> values) throws IOException;

    /** Drops the metrics of steps after {@code step}: a run resumed from a checkpoint logs them again. */
    void keepMetricsUntil(long step) throws IOException;

    /** The device of a method that computes in plain Java, on no engine (a merge). */
    String JAVA_CPU = "cpu (Java)";

    /**
     * Records the device the run computes on, as run.xmi's environment keeps it: {@code cpu}, a GPU as the runtime
     * describes it ({@code gpu0 (CUDA, ...)}), or {@link #JAVA_CPU} for a method that computes on no engine.
     */
    void device(String device);

    /** Writes a line to the run's log. */
    void log(String line);

    /** Records a file the run produced (an artifact users take elsewhere). */
    void addArtifact(Path file);

    /**
     * Records a model the run made (a merge's result): once the run has succeeded it is added to the training
     * project's base models, its path made relative to the project, its id made unique there.
     */
    void addModel(BaseModel model);

    /** True once the user asked the run to stop; a method checks it between steps and returns. */
    boolean isCancelled();
}
