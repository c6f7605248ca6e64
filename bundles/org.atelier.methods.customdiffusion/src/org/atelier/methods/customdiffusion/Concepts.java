package org.atelier.methods.customdiffusion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.datasets.DatasetScanner;
import org.atelier.datasets.Item;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.methods.customdiffusion.model.CustomDiffusionConfig;
import org.atelier.methods.ti.TextualInversion;
import org.atelier.training.ClassImages;
import org.atelier.training.TrainingException;

/**
 * The concepts of a Custom Diffusion run, read from the configuration's lists joined by {@code +} as diffusers'
 * command line takes them ({@code --modifier_token "<new1>+<new2>"}): the modifier tokens with the words their
 * embeddings start from, and per dataset of the experiment (in its order) the instance prompt and, with prior
 * preservation, the class prompt. Settings that cannot train are refused naming the field.
 */
record Concepts(List<Token> tokens, List<Concept> concepts) {

    /** A modifier token and the word its embedding starts from. */
    record Token(String token, String initializer) {
    }

    /** A dataset with its instance prompt and class prompt (null without prior preservation). */
    record Concept(Dataset dataset, String instancePrompt, String classPrompt) {
    }

    /**
     * The configuration's concepts over the experiment's datasets.
     *
     * @throws TrainingException naming the field: no token, a token twice, fewer initializer words than tokens, not one
     *                           instance (or class) prompt per dataset, an unknown sampler
     */
    static Concepts of(Experiment experiment, CustomDiffusionConfig config) {
        String where = "experiment '" + experiment.getName() + "' › config › ";
        List<String> tokens = split(config.getModifierToken());
        if (tokens.isEmpty()) {
            throw new TrainingException(where + "modifierToken: empty; each concept needs its new word, such as <new1>");
        }
        Set<String> seen = new HashSet<>();
        for (String token : tokens) {
            if (!seen.add(token)) {
                throw new TrainingException(where + "modifierToken: '" + token + "' is given twice; each concept needs a token"
                        + " of its own");
            }
            if (token.chars().anyMatch(Character::isWhitespace)) {
                throw new TrainingException(where + "modifierToken: '" + token + "' holds a space; a token is one word");
            }
            if (token.contains("/") || token.contains("\\") || token.contains("..")) {
                throw new TrainingException(where + "modifierToken: '" + token + "' holds a path's characters (/, \\ or ..);"
                        + " it names the token's file");
            }
        }
        Set<String> files = new HashSet<>();
        for (String token : tokens) {
            if (!files.add(TextualInversion.fileName(token))) {
                throw new TrainingException(where + "modifierToken: " + tokens + " has two tokens of the same letters and"
                        + " digits; their AUTOMATIC1111 embeddings would share a file");
            }
        }
        List<String> initializers = split(config.getInitializerToken());
        if (initializers.size() < tokens.size()) {
            throw new TrainingException(where + "initializerToken: " + initializers.size() + " word(s) for " + tokens.size()
                    + " modifier tokens; give one per token, joined by + (diffusers' default: ktn+pll+ucd)");
        }
        List<Token> named = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            named.add(new Token(tokens.get(i), initializers.get(i)));
        }
        List<Dataset> datasets = experiment.getDatasets();
        List<String> instances = split(config.getInstancePrompt());
        if (instances.size() != datasets.size()) {
            throw new TrainingException(where + "instancePrompt: " + instances.size() + " prompt(s) for " + datasets.size()
                    + " dataset(s); give one per dataset, in the experiment's order, joined by +");
        }
        List<String> classes = config.isPriorPreservation() ? split(config.getClassPrompt()) : List.of();
        if (config.isPriorPreservation() && classes.size() != datasets.size()) {
            throw new TrainingException(where + "classPrompt: " + classes.size() + " prompt(s) for " + datasets.size()
                    + " dataset(s); prior preservation needs one class per dataset, joined by +");
        }
        if (config.isPriorPreservation() && sampler(config) == null) {
            throw new TrainingException(where + "classSampler: '" + config.getClassSampler() + "' is none of "
                    + Arrays.stream(Sampler.values()).map(Sampler::id).toList());
        }
        List<Concept> concepts = new ArrayList<>();
        for (int i = 0; i < datasets.size(); i++) {
            concepts.add(new Concept(datasets.get(i), instances.get(i), classes.isEmpty() ? null : classes.get(i)));
        }
        return new Concepts(named, concepts);
    }

    /** The parts of a {@code +}-joined list, stripped, empty ones left out. */
    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Sampler sampler(CustomDiffusionConfig config) {
        String id = config.getClassSampler();
        return Sampler.of(id == null || id.isBlank() ? "euler-a" : id.strip());
    }

    /** The class images each concept needs, made from its class prompt at its dataset's resolution. */
    List<ClassImages.Use> classImages(CustomDiffusionConfig config) {
        List<ClassImages.Use> uses = new ArrayList<>();
        for (Concept concept : concepts) {
            int size = concept.dataset().getResolution() / 8 * 8;
            uses.add(new ClassImages.Use(new ClassImages.Spec(concept.classPrompt(), config.getClassNegativePrompt() == null ? ""
                    : config.getClassNegativePrompt(), config.getClassImages(), config.getClassSteps(), (float) config.getClassCfgScale(),
                    sampler(config), config.getClassSeed(), size, size), concept.dataset()));
        }
        return uses;
    }

    /** The instance prompt of each image of the concepts' datasets, by its path. */
    Map<Path, String> instancePrompts(Path projectFolder) throws IOException {
        Map<Path, String> prompts = new HashMap<>();
        for (Concept concept : concepts) {
            for (Item item : DatasetScanner.scan(concept.dataset(), projectFolder, false).items()) {
                prompts.put(item.image().toAbsolutePath().normalize(), concept.instancePrompt());
            }
        }
        return prompts;
    }
}
