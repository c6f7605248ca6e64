package org.atelier.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.atelier.core.methods.RunContext;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.MethodConfig;
import org.atelier.common.Durations;
import org.atelier.common.ProcessMemory;
import org.atelier.core.runs.RunSettings;
import org.atelier.diffusion.MemoryEstimate;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.StepTime;
import org.atelier.runtime.Compute;
import org.atelier.runtime.ComputeException;
import org.atelier.runtime.DeviceSpeed;
import org.atelier.tensors.Hashes;
import org.atelier.tensors.TensorFileException;
import org.atelier.datasets.Buckets;
import org.atelier.training.model.OptimizerKind;
import org.atelier.training.model.TrainingConfig;

/**
 * The steps every training method's run takes: its data scanned and its plan logged before the model is loaded,
 * the model loaded with its tokenizer, the method attached to it, and the loop run.
 */
public final class TrainingRun {

    /** A training method made for a loaded model, from its configuration, of class {@code C}. */
    public interface MethodFactory<C extends TrainingConfig> {
        Trainer.Method attach(StableDiffusion sd, C config, TrainingData data) throws IOException;
    }

    private TrainingRun() {
    }

    public static <C extends TrainingConfig> Trainer.Result run(RunContext context, Class<C> configClass,
            MethodFactory<? super C> factory) throws IOException, ComputeException {
        return run(context, configClass, factory, TrainedTensors.NONE, null);
    }

    public static <C extends TrainingConfig> Trainer.Result run(RunContext context, Class<C> configClass,
            MethodFactory<? super C> factory, Trainer.StepListener listener) throws IOException, ComputeException {
        return run(context, configClass, factory, TrainedTensors.NONE, listener);
    }

    /**
     * Runs the experiment, whose configuration must be a {@code configClass}; {@code trained} names the checkpoint's
     * tensors the method trains (their state counts in the memory a step needs); {@code listener} (may be null) hears
     * every step.
     */
    public static <C extends TrainingConfig> Trainer.Result run(RunContext context, Class<C> configClass,
            MethodFactory<? super C> factory, TrainedTensors trained, Trainer.StepListener listener)
            throws IOException, ComputeException {
        C config = configOf(context.experiment(), configClass);
        checkOptimizer(context.experiment(), config);
        TrainingData data = TrainingData.of(context.experiment(), context.projectFolder(), config);
        context.log("Training on " + data.plan());
        data.warnings().forEach(w -> context.log("Note: " + w));
        Path model = context.baseModelPath();
        if (model == null) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › base model: training needs one");
        }
        Path tokenizer = tokenizer(model, context.projectFolder());
        Estimate estimate = estimate(model, data, config, trained);
        if (estimate.memory().refusal() != null) {
            throw new TrainingException(estimate.memory().refusal());
        }
        context.log("Loading " + model.getFileName() + " (weights " + MemoryEstimate.gigabytes(estimate.memory().model().weights())
                + "); " + estimate);
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer)) {
            context.device(Compute.describe(sd.manager().getDevice()));
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

    /**
     * What a step will take at the largest bucket, before anything loads: its memory (with the refusal when it will not
     * fit; with gradient checkpointing, if the configuration asks for it), and its seconds on the device the run uses (0
     * where the engine cannot start to measure it, or must not and its speed is not known yet).
     */
    public record Estimate(TrainingMemory memory, Buckets.Size bucket, double secondsPerStep, String device, int steps) {

        /** "a step at 512x512 needs about 12.5 GB and 1 min 19 s on the CPU; 500 steps about 10 h 54 min" */
        @Override
        public String toString() {
            String text = "a step at " + bucket + " needs about " + memory.describe()
                    + (memory.checkpointing() ? " with gradient checkpointing" + (memory.fused() ? " and a fused back pass" : "") : "");
            if (secondsPerStep > 0) {
                text += " and " + Durations.words(secondsPerStep) + " on " + device + "; " + steps + " steps about "
                        + Durations.words(secondsPerStep * steps);
            }
            return text;
        }
    }

    public static Estimate estimate(Path model, TrainingData data, TrainingConfig config, TrainedTensors trained)
            throws IOException {
        Buckets.Size largest = data.largestBucket();
        // a method that passes the UNet more than once an image (Dream Artist's positive and negative) holds and
        // computes as a batch that many times larger; its configuration class says so (ui annotation unetPasses)
        String passes = org.atelier.core.validation.UiAnnotations.get(config.eClass(), "unetPasses");
        int batch = config.getBatchSize() * (passes == null ? 1 : Integer.parseInt(passes));
        TrainingMemory memory = TrainingMemory.of(model, largest.width(), largest.height(), batch, config, trained,
                ProcessMemory.physical());
        double seconds = 0;
        String device = "";
        try {
            // in the workbench, known once a child process has measured it
            Optional<DeviceSpeed.Figure> speed = Compute.speed();
            if (speed.isPresent()) {
                device = speed.get().label();
                seconds = StepTime.training(model, largest.width(), largest.height(), batch, config.getGradientAccumulation(),
                        config.isGradientCheckpointing(), speed.get().operationsPerSecond());
            }
        } catch (ComputeException e) {
            // the memory alone, then; the run says why the engine does not start
        }
        return new Estimate(memory, largest, seconds, device, config.getSteps());
    }

    /** What a training experiment will do, as {@code atelier validate} and the experiment editor show it. */
    public record Preview(TrainingData data, Estimate estimate) {

        /** "Plan: ...", a "Note: ..." per warning, and "Estimate: ..." (with the refusal) when there is a base model. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add("Plan: " + data.plan());
            data.warnings().forEach(w -> lines.add("Note: " + w));
            if (estimate != null) {
                lines.add("Estimate: " + estimate + (estimate.memory().refusal() == null ? "" : "; " + estimate.memory().refusal()));
            }
            return lines;
        }
    }

    /**
     * What a training experiment will do, before anything loads: its data as the loop will see it and, with a base
     * model, the memory and time a step will take ({@code trained}: the checkpoint's tensors the method trains); null
     * for an experiment of a method that does not train.
     *
     * @throws TrainingException when its data or its optimizer's settings cannot be used, saying why
     */
    public static Preview preview(Experiment experiment, Path projectFolder, TrainedTensors trained) throws IOException {
        if (!(experiment.getConfig() instanceof TrainingConfig config)) {
            return null;
        }
        checkOptimizer(experiment, config);
        TrainingData data = TrainingData.of(experiment, projectFolder, config);
        BaseModel base = experiment.getBaseModel();
        Estimate estimate = base == null || base.getPath() == null ? null
                : estimate(projectFolder.resolve(base.getPath()).normalize(), data, config, trained);
        return new Preview(data, estimate);
    }

    /**
     * Checks the optimizer's own settings, before anything loads (Adafactor's warm-up init needs its relative step; a
     * fused back pass, gradient checkpointing and an optimizer that steps each weight alone).
     *
     * @throws TrainingException naming the setting that cannot be used
     */
    static void checkOptimizer(Experiment experiment, TrainingConfig config) {
        if (config.getOptimizer() == OptimizerKind.ADAFACTOR) {
            Trainer.adafactor(experiment.getName(), config);
        }
        FusedBackPass.check(experiment.getName(), config);
    }

    /**
     * The experiment's configuration as the method's class.
     *
     * @throws TrainingException when it is of another class (an experiment whose method was changed by hand)
     */
    static <C extends TrainingConfig> C configOf(Experiment experiment, Class<C> configClass) {
        MethodConfig config = experiment.getConfig();
        if (!configClass.isInstance(config)) {
            throw new TrainingException("experiment '" + experiment.getName() + "' › config: the method "
                    + experiment.getMethod() + " trains with a " + configClass.getSimpleName() + ", not "
                    + (config == null ? "none" : "a " + config.eClass().getName()));
        }
        return configClass.cast(config);
    }

    /**
     * The generation settings of sample prompt {@code index} of {@code spec}: the prompt's seed, else
     * {@code seed + index}; the sampler named, else Euler a; the size made multiples of 8.
     */
    public static StableDiffusion.Settings sampleSettings(org.atelier.core.model.SamplingSpec spec, int index, long seed,
            int clipSkip) {
        org.atelier.diffusion.sample.Sampler sampler = org.atelier.diffusion.sample.Sampler.of(spec.getSampler());
        org.atelier.core.model.SamplePrompt prompt = spec.getPrompts().get(index);
        long promptSeed = prompt.getSeed() >= 0 ? prompt.getSeed() : seed + index;
        return new StableDiffusion.Settings(prompt.getPrompt(), prompt.getNegativePrompt() == null ? "" : prompt.getNegativePrompt(),
                spec.getSteps(), (float) spec.getCfgScale(), sampler == null ? org.atelier.diffusion.sample.Sampler.EULER_ANCESTRAL
                        : sampler, promptSeed % (Integer.MAX_VALUE + 1L), spec.getWidth() / 8 * 8, spec.getHeight() / 8 * 8,
                clipSkip, 0.75f, 0);
    }

    /** Where latents are cached: the folder the latent cache setting names, else the project's {@code .atelier/cache/latents}. */
    public static Path cacheFolder(Path projectFolder) {
        String chosen = System.getProperty(RunSettings.LATENT_CACHE);
        return chosen != null ? Path.of(chosen) : projectFolder.resolve(".atelier").resolve("cache").resolve("latents");
    }

    /** What identifies the model's VAE: the model file's hash (a folder's VAE file's). */
    static String vaeId(Path model) throws IOException {
        Path file = Files.isDirectory(model) ? model.resolve("vae").resolve("diffusion_pytorch_model.safetensors") : model;
        return Files.isRegularFile(file) ? Hashes.sha256Cached(file).substring(0, 16) : "unknown";
    }

    /**
     * The CLIP tokenizer of a run: a diffusers model folder's own ({@code null}: the loader finds it), else the
     * project's {@code tokenizer/} folder, else the folder of the tokenizer setting (the workbench's preference), else
     * the folder {@code ATELIER_TOKENIZER} names.
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
        String variable = System.getProperty(RunSettings.TOKENIZER, System.getenv("ATELIER_TOKENIZER"));
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        throw new TensorFileException(model, "a single-file checkpoint holds no tokenizer: put CLIP's tokenizer folder"
                + " (vocab.json, merges.txt) in the project as tokenizer/, or name it with ATELIER_TOKENIZER or in the workbench's preferences");
    }
}
