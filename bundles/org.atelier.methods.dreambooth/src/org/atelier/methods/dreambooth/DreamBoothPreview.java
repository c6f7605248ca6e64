package org.atelier.methods.dreambooth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.core.methods.IExperimentPreview;
import org.atelier.core.model.Experiment;
import org.atelier.methods.dreambooth.model.DreamBoothConfig;
import org.atelier.training.ClassImages;
import org.atelier.training.TrainingPreview;

/**
 * What a DreamBooth run will do: its checks (refusing what it cannot train on), the class images it will make or
 * find made, then the training's plan and estimate.
 */
public final class DreamBoothPreview implements IExperimentPreview {

    @Override
    public Preview preview(Experiment experiment, Path projectFolder) throws IOException {
        if (!(experiment.getConfig() instanceof DreamBoothConfig config)) {
            throw new IllegalArgumentException("experiment '" + experiment.getName() + "': its configuration is not DreamBooth's");
        }
        PriorPreservation.check(experiment, config, projectFolder);
        Preview training = new TrainingPreview(DreamBoothRunner.trained(config)).preview(experiment, projectFolder);
        List<String> lines = new ArrayList<>();
        if (config.isPriorPreservation() && experiment.getBaseModel() != null && experiment.getBaseModel().getPath() != null) {
            ClassImages.Spec spec = PriorPreservation.spec(experiment, config);
            Path folder = ClassImages.folder(projectFolder, projectFolder.resolve(experiment.getBaseModel().getPath()).normalize(), spec);
            int made = ClassImages.existing(folder, spec);
            lines.add("Class images: " + spec.count() + " of '" + spec.prompt() + "', " + (made == spec.count() ? "made already"
                    : made > 0 ? made + " made, " + (spec.count() - made) + " to make before training" : "made before training")
                    + "; an epoch shows as many of them as of the subject's images");
        }
        lines.addAll(training.lines());
        return new Preview(lines, training.refusal());
    }
}
