package org.atelier.training;

import java.util.List;

import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;
import org.atelier.training.model.TrainingConfig;

/**
 * Which of a checkpoint's own tensors a method trains, known from the file's header before the model loads: their
 * gradients, optimizer state and average count in a step's memory. Methods that train small adapters of their own
 * (LoRA, embeddings) train none of the checkpoint's tensors: what they add is small beside the model.
 */
@FunctionalInterface
public interface TrainedTensors {

    /** No tensor of the checkpoint trains. */
    TrainedTensors NONE = (checkpoint, config) -> List.of();

    /** @param checkpoint the base model in the single-file (ldm) layout, a diffusers folder seen as its checkpoint */
    List<TensorInfo> of(TensorSource checkpoint, TrainingConfig config);
}
