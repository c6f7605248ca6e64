package org.atelier.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.core.methods.RunContext;
import org.atelier.core.runs.ProcessMemory;
import org.atelier.diffusion.MemoryEstimate;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.runtime.ComputeException;
import org.atelier.tensors.Hashes;
import org.atelier.tensors.TensorFileException;
import org.atelier.training.data.Buckets;

/**
 * The steps every training method's run takes: its data scanned and its plan logged before the model is loaded,
 * the model loaded with its tokenizer, the method attached to it, and the loop run.
 */
public final class TrainingRun {

    /** A training method made for a loaded model. */
    public interface MethodFactory {
        Trainer.Method attach(StableDiffusion sd, Config config, TrainingData data) throws IOException;
    }

    private TrainingRun() {
    }

    public static Trainer.Result run(RunContext context, MethodFactory factory) throws IOException, ComputeException {
        return run(context, factory, null);
    }

    /** Runs the experiment; {@code listener} (may be null) hears every step. */
    public static Trainer.Result run(RunContext context, MethodFactory factory, Trainer.StepListener listener)
            throws IOException, ComputeException {
        Config config = new Config(context.config());
        TrainingData data = TrainingData.of(context.experiment(), context.projectFolder(), config);
        context.log("Training on " + data.plan());
        data.warnings().forEach(w -> context.log("Note: " + w));
        Path model = context.baseModelPath();
        if (model == null) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › base model: training needs one");
        }
        Path tokenizer = tokenizer(model, context.projectFolder());
        Buckets.Size largest = data.largestBucket();
        MemoryEstimate.Check check = MemoryEstimate.forTraining(model, largest.width(), largest.height(), config.integer("batchSize"),
                ProcessMemory.physical());
        if (check.refusal() != null) {
            throw new TrainingException(check.refusal());
        }
        context.log("Loading " + model.getFileName() + " (weights " + MemoryEstimate.gigabytes(check.estimate().weights())
                + "; a step at " + largest + " needs about " + MemoryEstimate.gigabytes(check.estimate().trainingTotal()) + ")");
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer)) {
            Trainer.Method method = factory.attach(sd, config, data);
            Trainer trainer = new Trainer(context, config, data, sd, method, cacheFolder(context.projectFolder()), vaeId(model));
            if (listener != null) {
                trainer.setStepListener(listener);
            }
            Trainer.Result result = trainer.run();
            context.log(result.cancelled() ? "Stopped at step " + result.steps() + "; resume to go on"
                    : "Trained " + result.steps() + " steps; wrote " + result.outputs().stream().map(p -> p.getFileName().toString()).toList());
            return result;
        }
    }

    /** Where latents are cached: the project's {@code .atelier/cache/latents}. */
    public static Path cacheFolder(Path projectFolder) {
        return projectFolder.resolve(".atelier").resolve("cache").resolve("latents");
    }

    /** What identifies the model's VAE: the model file's hash (a folder's VAE file's). */
    static String vaeId(Path model) throws IOException {
        Path file = Files.isDirectory(model) ? model.resolve("vae").resolve("diffusion_pytorch_model.safetensors") : model;
        return Files.isRegularFile(file) ? Hashes.sha256Cached(file).substring(0, 16) : "unknown";
    }

    /**
     * The CLIP tokenizer of a run: a diffusers model folder's own ({@code null}: the loader finds it), else the
     * project's {@code tokenizer/} folder, else the folder {@code ATELIER_TOKENIZER} names.
     *
     * @throws TensorFileException saying where it looked
     */
    public static Path tokenizer(Path model, Path projectFolder) throws TensorFileException {
        if (Files.isRegularFile(model.resolve("tokenizer/vocab.json"))) {
            return null;
        }
        Path own = projectFolder.resolve("tokenizer");
        if (Files.isRegularFile(own.resolve("vocab.json"))) {
            return own;
        }
        String variable = System.getenv("ATELIER_TOKENIZER");
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        throw new TensorFileException(model, "a single-file checkpoint holds no tokenizer: put CLIP's tokenizer folder"
                + " (vocab.json, merges.txt) in the project as tokenizer/, or name it with ATELIER_TOKENIZER");
    }
}
