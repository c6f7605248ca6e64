package org.atelier.methods.ti;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.atelier.methods.ti.model.TextualInversionConfig;
import org.atelier.diffusion.Embeddings;
import org.atelier.tensors.Hashes;
import org.atelier.training.TrainingException;
import org.atelier.training.TrainingRun;

/** Runs a textual-inversion experiment: the token added to the base model, its vectors trained, the embedding saved. */
public final class TextualInversionRunner implements IMethodRunner {

    @Override
    public void run(RunContext context) throws Exception {
        TrainingRun.run(context, TextualInversionConfig.class, (sd, config, data) -> {
            List<String> tokens = tokens(config.getToken());
            return tokens.size() <= 1 ? attach(context, sd, config) : attachEach(context, sd, config, tokens);
        });
    }

    /** The words of the token field: one, or one per dataset separated by commas. */
    static List<String> tokens(String field) {
        return java.util.Arrays.stream(text(field).split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * A word for each of the experiment's datasets, in their order, each from the same initial text (or embedding
     * file: refused, it is one word's), trained together in one run.
     *
     * @throws TrainingException naming the token field when the words are not one per dataset
     */
    public static TextualInversions attachEach(RunContext context, org.atelier.diffusion.StableDiffusion sd,
            TextualInversionConfig config, List<String> tokens) throws java.io.IOException {
        String where = "experiment '" + context.experiment().getName() + "' › config › token: ";
        List<org.atelier.core.model.Dataset> datasets = context.experiment().getDatasets();
        if (tokens.size() != datasets.size() || new java.util.HashSet<>(tokens).size() != tokens.size()) {
            throw new TrainingException(where + tokens.size() + " words " + tokens + " for " + datasets.size()
                    + " dataset(s): several words take one each, in the experiment's order, each word once");
        }
        if (!text(config.getInitEmbedding()).isBlank()) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › config › initEmbedding: an "
                    + "embedding file goes on with one word; this run trains " + tokens.size());
        }
        String template = templates(context, config.getTemplate(), config.getTemplateFile());
        List<TextualInversion> words = new java.util.ArrayList<>();
        java.util.Map<Path, TextualInversion> byFolder = new java.util.HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            TextualInversion word = attach(context, sd, tokens.get(i), config.getInitText(), config.getVectors(), template,
                    config.getOutputFormat());
            words.add(word);
            for (org.atelier.core.model.Subset subset : datasets.get(i).getSubsets()) {
                for (org.atelier.datasets.DatasetScanner.Folder folder : org.atelier.datasets.DatasetScanner.folders(subset,
                        context.projectFolder())) {
                    byFolder.put(folder.path().toAbsolutePath().normalize(), word);
                }
            }
            context.log("  '" + tokens.get(i) + "' for dataset '" + datasets.get(i).getId() + "'");
        }
        return new TextualInversions(words, byFolder);
    }

    public static TextualInversion attach(RunContext context, org.atelier.diffusion.StableDiffusion sd,
            TextualInversionConfig config) throws java.io.IOException {
        String template = templates(context, config.getTemplate(), config.getTemplateFile());
        if (text(config.getInitEmbedding()).isBlank()) {
            return attach(context, sd, text(config.getToken()), config.getInitText(), config.getVectors(), template,
                    config.getOutputFormat());
        }
        Path file = context.projectFolder().resolve(config.getInitEmbedding().strip());
        java.util.List<ai.djl.ndarray.NDArray> vectors;
        try {
            vectors = Embeddings.read(file, sd.textEncoders().size(), sd.manager());
        } catch (java.io.IOException e) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › config › initEmbedding: "
                    + e.getMessage());
        }
        TextualInversion ti = TextualInversion.attach(sd, text(config.getToken()), vectors, template, config.getOutputFormat(),
                baseHash(context), baseName(context));
        context.log("Textual inversion: '" + config.getToken() + "', going on from " + file.getFileName() + " ("
                + vectors.get(0).getShape().get(0) + " vector(s) per text encoder)");
        return ti;
    }

    /**
     * Adds the word {@code token} of {@code vectors} vectors from {@code initText} to {@code sd}, its captions made by
     * {@code template}, saved as {@code format} with the base model's hash and name (as AUTOMATIC1111 records them).
     */
    public static TextualInversion attach(RunContext context, org.atelier.diffusion.StableDiffusion sd, String token,
            String initText, int vectors, String template, org.atelier.core.model.EmbeddingFormat format)
            throws java.io.IOException {
        String init = text(initText);
        TextualInversion ti = TextualInversion.attach(sd, token, init, vectors, template, format, baseHash(context),
                baseName(context));
        context.log("Textual inversion: '" + token + "', " + vectors + " vector(s) per text encoder, from '" + init + "'");
        return ti;
    }

    /** The base model's short hash, as AUTOMATIC1111 records it in an embedding ({@code sd_checkpoint}). */
    private static String baseHash(RunContext context) throws java.io.IOException {
        Path model = context.baseModelPath();
        return Files.isRegularFile(model) ? Hashes.shortHash(Hashes.sha256Cached(model)) : "";
    }

    /** The base model's name ({@code sd_checkpoint_name}): its file's, without the extension. */
    private static String baseName(RunContext context) {
        return context.baseModelPath().getFileName().toString().replaceFirst("\\.(safetensors|ckpt)$", "");
    }

    /**
     * The template lists that come with Atelier, by the names of AUTOMATIC1111's {@code textual_inversion_templates}
     * ({@code subject} is diffusers' object list, {@code style} its style list, CLIP's ImageNet prompts with the word in
     * them; {@code _filewords} adds the caption), and diffusers' {@code object} for {@code subject}.
     */
    public static final List<String> BUILT_IN_TEMPLATES = List.of("subject", "subject_filewords", "style", "style_filewords",
            "none", "object");

    /** A built-in list's lines by its name ({@code style} or {@code style.txt}); null for another name. */
    static String builtIn(String name) {
        String bare = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        if (!BUILT_IN_TEMPLATES.contains(bare)) {
            return null;
        }
        String resource = "/templates/" + (bare.equals("object") ? "subject" : bare) + ".txt";
        try (java.io.InputStream in = TextualInversionRunner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks its template list " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The caption templates: the lines of {@code templateFile} (a path in the project, or absolute) when it is set,
     * else {@code template} (AUTOMATIC1111's {@code [filewords], [name]} when that is empty too).
     *
     * @throws TrainingException when the file cannot be read or holds no template, naming it
     */
    public static String templates(RunContext context, String template, String templateFile) {
        if (text(templateFile).isBlank()) {
            // one template, even written over several lines: only a file's lines are several
            return text(template).isBlank() ? "[filewords], [name]" : template.replaceAll("\\s*\\R\\s*", " ").strip();
        }
        Path file = context.projectFolder().resolve(templateFile.strip());
        String builtIn = builtIn(templateFile.strip());
        if (builtIn != null && !Files.exists(file)) {
            return builtIn;
        }
        String lines;
        try {
            lines = Files.readString(file);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › config › templateFile: " + file
                    + " cannot be read (" + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()) + ")");
        }
        if (lines.isBlank()) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › config › templateFile: " + file
                    + " holds no template");
        }
        return lines;
    }

    /** A text setting, {@code ""} when unset. */
    private static String text(String value) {
        return value == null ? "" : value;
    }
}
