package org.atelier.methods.dreambooth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.model.SubsetRole;
import org.atelier.datasets.Item;
import org.atelier.training.Trainer;
import org.atelier.training.optim.Parameter;

import ai.djl.ndarray.NDArray;

/**
 * DreamBooth on the loop: what trains (the whole model, or a LoRA) and how it is saved are the wrapped method's; the
 * subject's images train on the instance prompt (or their own captions where asked and present), the class images on
 * theirs.
 */
final class DreamBoothMethod implements Trainer.Method {

    private final Trainer.Method trained;
    private final String instancePrompt;
    private final boolean useCaptions;

    DreamBoothMethod(Trainer.Method trained, String instancePrompt, boolean useCaptions) {
        this.trained = trained;
        this.instancePrompt = instancePrompt;
        this.useCaptions = useCaptions;
    }

    @Override
    public List<Parameter> parameters() {
        return trained.parameters();
    }

    @Override
    public String prompt(String caption) {
        return trained.prompt(caption);
    }

    @Override
    public String prompt(Item item, String caption) {
        if (item.role() == SubsetRole.INSTANCE && !(useCaptions && item.captioned())) {
            return instancePrompt;
        }
        return trained.prompt(item, caption);
    }

    @Override
    public void training(boolean on) {
        trained.training(on);
    }

    @Override
    public NDArray predict(Trainer.Prediction prediction) {
        return trained.predict(prediction);
    }

    @Override
    public List<Path> save(Path folder, long step) throws IOException {
        return trained.save(folder, step);
    }
}
