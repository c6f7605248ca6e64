package org.atelier.training;

import java.io.IOException;
import java.nio.file.Path;

import org.atelier.core.methods.IExperimentPreview;
import org.atelier.core.model.Experiment;

/**
 * What a training run will do, for every method on the shared loop: the plan of its data, and the memory and time a
 * step will take with the refusal when it will not fit. Training methods of adapters name this class as their
 * {@code preview}; a method that trains the checkpoint's own tensors names a subclass that says which (their gradients
 * and optimizer state count).
 */
public class TrainingPreview implements IExperimentPreview {

    private final TrainedTensors trained;

    /** For methods that train none of the checkpoint's tensors (adapters, embeddings). */
    public TrainingPreview() {
        this(TrainedTensors.NONE);
    }

    /** For methods that train the checkpoint tensors {@code trained} names. */
    public TrainingPreview(TrainedTensors trained) {
        this.trained = trained;
    }

    /** The checkpoint's tensors the method trains. */
    public TrainedTensors trained() {
        return trained;
    }

    @Override
    public Preview preview(Experiment experiment, Path projectFolder) throws IOException {
        TrainingRun.Preview preview = TrainingRun.preview(experiment, projectFolder, trained);
        if (preview == null) {
            throw new IllegalArgumentException("experiment '" + experiment.getName() + "': its configuration is not a training one");
        }
        return new Preview(preview.lines(), preview.estimate() == null ? null : preview.estimate().memory().refusal());
    }
}
