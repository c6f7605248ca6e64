package org.atelier.methods.finetune;

import org.atelier.training.TrainingPreview;

/** What a fine-tuning run will do: the training's plan and estimate, the trained tensors' gradients and state counted. */
public final class FineTunePreview extends TrainingPreview {

    public FineTunePreview() {
        super(FineTuneRunner.TRAINED);
    }
}
