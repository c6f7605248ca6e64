package org.atelier.methods.ti;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.core.model.EmbeddingFormat;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.clip.ClipTextEncoder;
import org.atelier.tensors.DType;
import org.atelier.tensors.ModelSpec;
import org.atelier.tensors.ModelInfo;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.tensors.TorchWriter;
import org.atelier.training.Trainer;
import org.atelier.training.TrainingException;
import org.atelier.datasets.Captions;
import org.atelier.training.optim.Parameter;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Textual inversion on a loaded model: a new word standing for {@code n} new token vectors (one set per text
 * encoder; SDXL's two), initialised from a text as AUTOMATIC1111 does (vector {@code i} is the text's token
 * {@code i · tokens / n}); only those vectors train, the vocabulary's rows stay as they are (they are apart from
 * the trained ones, so nothing needs restoring after a step). Captions go through the template ({@code [name]},
 * {@code [filewords]}), or through one of several (a template file's lines) drawn for each image at each step.
 * <p>
 * Saved as kohya's safetensors ({@code emb_params}; SDXL {@code clip_l}, {@code clip_g}), AUTOMATIC1111's
 * {@code .pt} ({@code string_to_token}, {@code string_to_param}, {@code name}, {@code step},
 * {@code sd_checkpoint}, {@code sd_checkpoint_name}), or diffusers' {@code learned_embeds.safetensors} (SDXL: and
 * {@code learned_embeds_2.safetensors}, the second text encoder's, as diffusers' SDXL script writes them).
 */
public final class TextualInversion implements Trainer.Method {

    private final String token;
    /** The caption templates, one drawn for each image at each step when there are several. */
    private final List<String> templates;
    private final List<NDArray> vectors;
    private final boolean sdxl;
    private final ModelInfo.Architecture architecture;
    private final boolean vPrediction;
    private final EmbeddingFormat format;
    private final String checkpointHash;
    private final String checkpointName;

    private TextualInversion(String token, String template, List<NDArray> vectors, ModelInfo.Architecture architecture,
            boolean vPrediction, EmbeddingFormat format, String checkpointHash, String checkpointName) {
        this.token = token;
        this.templates = template.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        this.vectors = vectors;
        this.architecture = architecture;
        this.vPrediction = vPrediction;
        this.sdxl = architecture == ModelInfo.Architecture.SDXL;
        this.format = format;
        this.checkpointHash = checkpointHash;
        this.checkpointName = checkpointName;
    }

    /**
     * Adds the word to a loaded model.
     *
     * @throws TrainingException when the token is empty or a word of the vocabulary
     */
    public static TextualInversion attach(StableDiffusion sd, String token, String initText, int count, String template,
            EmbeddingFormat format, String checkpointHash, String checkpointName) {
        List<NDArray> vectors = new ArrayList<>();
        NDManager manager = sd.manager();
        List<Integer> ids = initText == null || initText.isBlank() ? List.of() : sd.tokenizer().encode(initText);
        for (ClipTextEncoder encoder : sd.textEncoders()) {
            int width = encoder.width();
            float[] values = new float[count * width];
            if (!ids.isEmpty()) {
                float[] table = rows(encoder, ids, manager);
                for (int i = 0; i < count; i++) {
                    int from = i * ids.size() / count;
                    System.arraycopy(table, from * width, values, i * width, width);
                }
            }
            vectors.add(manager.create(values, new Shape(count, width)));
        }
        return attach(sd, token, vectors, template, format, checkpointHash, checkpointName);
    }

    /**
     * Adds the word to a loaded model, its vectors starting as {@code vectors} (one {@code [n, width]} array per text
     * encoder, in the model's manager): an embedding trained further.
     *
     * @throws TrainingException when the token is empty or a word of the vocabulary, or the vectors are not as wide as
     *                           the text encoders
     */
    public static TextualInversion attach(StableDiffusion sd, String token, List<NDArray> vectors, String template,
            EmbeddingFormat format, String checkpointHash, String checkpointName) {
        if (token == null || token.isBlank()) {
            throw new TrainingException("token: textual inversion needs the word that will stand for the concept");
        }
        for (int i = 0; i < vectors.size(); i++) {
            long width = vectors.get(i).getShape().get(1);
            if (width != sd.textEncoders().get(i).width()) {
                throw new TrainingException("vectors " + width + " wide for a text encoder " + sd.textEncoders().get(i).width()
                        + " wide: an embedding of another family of models");
            }
        }
        try {
            sd.addEmbedding(token.strip(), vectors);
        } catch (IllegalArgumentException e) {
            throw new TrainingException("token: " + e.getMessage());
        }
        return new TextualInversion(token.strip(), template, vectors, sd.info().architecture(), sd.vPrediction(), format,
                checkpointHash, checkpointName);
    }

    /** The vocabulary's vectors of token ids, one after the other. */
    private static float[] rows(ClipTextEncoder encoder, List<Integer> ids, NDManager manager) {
        try (NDManager scope = manager.newSubManager()) {
            long[] indices = ids.stream().mapToLong(Integer::longValue).toArray();
            NDArray index = scope.create(indices).reshape(-1, 1).repeat(1, encoder.width());
            NDArray gathered = encoder.tokenEmbedding().gather(index, 0);
            gathered.attach(scope);
            return gathered.toFloatArray();
        }
    }

    @Override
    public List<Parameter> parameters() {
        if (!sdxl) {
            return List.of(new Parameter("emb_params", vectors.get(0)));
        }
        return List.of(new Parameter("clip_l", vectors.get(0)), new Parameter("clip_g", vectors.get(1)));
    }

    @Override
    public String prompt(String caption) {
        return Captions.template(templates.isEmpty() ? "[name]" : templates.get(0), token, caption);
    }

    /** The caption through a template drawn from the step's generator, as AUTOMATIC1111 draws a line of its file. */
    @Override
    public String prompt(org.atelier.datasets.Item item, String caption, java.util.Random random) {
        if (templates.size() <= 1) {
            return prompt(caption);
        }
        return Captions.template(templates.get(random.nextInt(templates.size())), token, caption);
    }

    /** The file name of the token: its letters, digits, dashes and underscores. */
    public String fileName() {
        return fileName(token);
    }

    /**
     * The file name of {@code token} as AUTOMATIC1111 names an embedding's file: its letters, digits, dashes and
     * underscores ({@code <new1>} is {@code new1}).
     */
    public static String fileName(String token) {
        String name = token.replaceAll("[^\\p{L}\\p{N}_-]+", "");
        return name.isEmpty() ? "embedding" : name;
    }

    @Override
    public List<Path> save(Path folder, long step) throws IOException {
        return saveAs(folder, step, fileName());
    }

    /** Whether the files of the chosen format have fixed names (diffusers'). */
    public boolean fixedNames() {
        return format == EmbeddingFormat.DIFFUSERS;
    }

    /**
     * A copy of the embedding at {@code step} as AUTOMATIC1111 saves one on the way: {@code name-500}, a word of its
     * own beside the result (diffusers' files, whose name is fixed: in a folder {@code step-00000500}).
     */
    @Override
    public List<Path> saveAt(Path folder, long step) throws IOException {
        return fixedNames() ? Trainer.Method.super.saveAt(folder, step)
                : saveAs(folder, step, fileName() + "-" + step);
    }

    /**
     * The embedding under another name (its files' and, in AUTOMATIC1111's {@code .pt}, its {@code name}), in the
     * chosen format; diffusers' files keep their fixed names.
     */
    public List<Path> saveAs(Path folder, long step, String name) throws IOException {
        switch (format) {
        case A1111_PT -> {
            if (sdxl) {
                return saveSafetensors(folder.resolve(name + ".safetensors"), step, name);
            }
            Map<String, Object> stringToToken = new LinkedHashMap<>();
            stringToToken.put("*", 265);
            Map<String, Object> stringToParam = new LinkedHashMap<>();
            stringToParam.put("*", TorchWriter.Data.ofFloats(vectors.get(0).toFloatArray(), vectors.get(0).getShape().getShape(),
                    DType.F32));
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("string_to_token", stringToToken);
            root.put("string_to_param", stringToParam);
            root.put("name", name);
            root.put("step", step);
            root.put("sd_checkpoint", checkpointHash);
            root.put("sd_checkpoint_name", checkpointName);
            Path file = folder.resolve(name + ".pt");
            TorchWriter.write(file, root);
            return List.of(file);
        }
        case DIFFUSERS -> {
            // diffusers' SDXL script writes the second text encoder's vectors beside the first's, as _2
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < vectors.size(); i++) {
                Path file = folder.resolve(i == 0 ? "learned_embeds.safetensors" : "learned_embeds_" + (i + 1) + ".safetensors");
                write(file, Map.of("format", "pt"), List.of(token), List.of(vectors.get(i)));
                files.add(file);
            }
            return files;
        }
        default -> {
            return saveSafetensors(folder.resolve(name + ".safetensors"), step, name);
        }
        }
    }

    private List<Path> saveSafetensors(Path file, long step, String name) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "pt");
        metadata.putAll(ModelSpec.of(architecture, vPrediction, ModelSpec.Kind.TEXTUAL_INVERSION, name, 0));
        metadata.put("ss_steps", Long.toString(step));
        if (sdxl) {
            write(file, metadata, List.of("clip_g", "clip_l"), List.of(vectors.get(1), vectors.get(0)));
        } else {
            write(file, metadata, List.of("emb_params"), List.of(vectors.get(0)));
        }
        return List.of(file);
    }

    private static void write(Path file, Map<String, String> metadata, List<String> names, List<NDArray> arrays)
            throws IOException {
        List<SafetensorsWriter.Spec> specs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            specs.add(new SafetensorsWriter.Spec(names.get(i), DType.F32, arrays.get(i).getShape().getShape()));
        }
        try (SafetensorsWriter writer = SafetensorsWriter.create(file, metadata, specs)) {
            for (int i = 0; i < names.size(); i++) {
                writer.writeFloats(names.get(i), arrays.get(i).toFloatArray());
            }
        }
    }
}
