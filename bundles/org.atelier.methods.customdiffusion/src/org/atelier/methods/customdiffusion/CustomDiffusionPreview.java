package org.atelier.methods.customdiffusion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.core.methods.IExperimentPreview;
import org.atelier.core.model.Experiment;
import org.atelier.methods.customdiffusion.model.CustomDiffusionConfig;
import org.atelier.training.ClassImages;
import org.atelier.training.TrainingPreview;

/**
 * What a Custom Diffusion run will do: its checks (refusing what it cannot train on), each concept's class images,
 * made or to make, then the training's plan and estimate.
 */
public final class CustomDiffusionPreview implements IExperimentPreview {

    @Override
    public Preview preview(Experiment experiment, Path projectFolder) throws IOException {
        if (!(experiment.getConfig() instanceof CustomDiffusionConfig config)) {
            throw new IllegalArgumentException("experiment '" + experiment.getName() + "': its configuration is not Custom"
                    + " Diffusion's");
        }
        Concepts concepts = Concepts.of(experiment, config);
        Preview training = new TrainingPreview(CustomDiffusionRunner.TRAINED).preview(experiment, projectFolder);
        List<String> lines = new ArrayList<>();
        lines.add("Concepts: " + concepts.concepts().stream().map(c -> c.dataset().getId() + " as '" + c.instancePrompt() + "'")
                .toList() + "; tokens " + concepts.tokens().stream().map(Concepts.Token::token).toList());
        if (config.isPriorPreservation() && experiment.getBaseModel() != null && experiment.getBaseModel().getPath() != null) {
            Path model = projectFolder.resolve(experiment.getBaseModel().getPath()).normalize();
            for (ClassImages.Use use : concepts.classImages(config)) {
                ClassImages.Spec spec = use.spec();
                int made = ClassImages.existing(ClassImages.folder(projectFolder, model, spec), spec);
                lines.add("Class images: " + spec.count() + " of '" + spec.prompt() + "', " + (made == spec.count() ? "made already"
                        : made > 0 ? made + " made, " + (spec.count() - made) + " to make before training" : "made before training"));
            }
        }
        lines.addAll(training.lines());
        return new Preview(lines, training.refusal());
    }
}
