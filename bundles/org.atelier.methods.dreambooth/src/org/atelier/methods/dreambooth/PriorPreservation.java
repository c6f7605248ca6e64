package org.atelier.methods.dreambooth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.atelier.core.methods.RunContext;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.SubsetRole;
import org.atelier.datasets.DatasetScanner;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.methods.dreambooth.model.DreamBoothConfig;
import org.atelier.runtime.ComputeException;
import org.atelier.training.ClassImages;
import org.atelier.training.TrainingException;

/**
 * DreamBooth's checks and class images: the prompts must fit together and the class images be at least as many as
 * the subject's images; the class images are made by the base model before training (once for the same settings),
 * and join the experiment's first dataset as a regularisation folder, in the project (the dataset editor shows them)
 * and in the run's copy of it.
 */
final class PriorPreservation {

    private PriorPreservation() {
    }

    /**
     * Refuses settings DreamBooth cannot train on, naming the field: an empty instance prompt, a class prompt whose words
     * are not all in the instance prompt, fewer class images than images of the subject, an unknown sampler.
     */
    static void check(Experiment experiment, DreamBoothConfig config, Path projectFolder) throws IOException {
        String where = "experiment '" + experiment.getName() + "' › config › ";
        if (blank(config.getInstancePrompt())) {
            throw new TrainingException(where + "instancePrompt: empty; it is the prompt with the subject's identifier");
        }
        if (!config.isPriorPreservation()) {
            return;
        }
        if (blank(config.getClassPrompt())) {
            throw new TrainingException(where + "classPrompt: empty; prior preservation makes its class images from it");
        }
        Set<String> instance = words(config.getInstancePrompt());
        List<String> missing = words(config.getClassPrompt()).stream().filter(w -> !instance.contains(w)).toList();
        if (!missing.isEmpty()) {
            throw new TrainingException(where + "classPrompt: '" + config.getClassPrompt() + "' has " + missing
                    + ", which the instance prompt '" + config.getInstancePrompt() + "' lacks: the class prompt is the instance"
                    + " prompt without its identifier, the class named in both");
        }
        if (sampler(config) == null) {
            throw new TrainingException(where + "classSampler: '" + config.getClassSampler() + "' is none of "
                    + Arrays.stream(Sampler.values()).map(Sampler::id).toList());
        }
        long subject = 0;
        for (Dataset dataset : experiment.getDatasets()) {
            subject += DatasetScanner.scan(dataset, projectFolder, false).items().stream()
                    .filter(i -> i.role() == SubsetRole.INSTANCE).count();
        }
        if (config.getClassImages() < subject) {
            throw new TrainingException(where + "classImages: " + config.getClassImages() + " class images for " + subject
                    + " images of the subject; prior preservation needs at least one class image per image of the subject"
                    + " (diffusers makes 100 for a few photos)");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Set<String> words(String prompt) {
        return Arrays.stream(prompt.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static Sampler sampler(DreamBoothConfig config) {
        return Sampler.of(blank(config.getClassSampler()) ? "euler-a" : config.getClassSampler().strip());
    }

    /** What the class images are made of: the class prompt at the dataset's resolution, by the settings. */
    static ClassImages.Spec spec(Experiment experiment, DreamBoothConfig config) {
        int resolution = experiment.getDatasets().isEmpty() ? 512 : experiment.getDatasets().get(0).getResolution();
        return new ClassImages.Spec(config.getClassPrompt().strip(), config.getClassNegativePrompt() == null ? ""
                : config.getClassNegativePrompt(), config.getClassImages(), config.getClassSteps(), (float) config.getClassCfgScale(),
                sampler(config), config.getClassSeed(), resolution / 8 * 8, resolution / 8 * 8);
    }

    /**
     * Makes the class images the cache lacks and puts their folder in the first dataset (see
     * {@link ClassImages#prepare}); false when the run was cancelled meanwhile.
     */
    static boolean prepare(RunContext context, DreamBoothConfig config) throws IOException, ComputeException {
        Experiment experiment = context.experiment();
        if (!config.isPriorPreservation()) {
            experiment.getDatasets().forEach(ClassImages::removeFrom);
            return true;
        }
        return ClassImages.prepare(context, List.of(new ClassImages.Use(spec(experiment, config), experiment.getDatasets().get(0))),
                config.getPriorLossWeight());
    }
}
