package org.atelier.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.atelier.core.methods.RunContext;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.SamplingSpec;
import org.atelier.core.runs.Samples;
import org.atelier.diffusion.Png;
import org.atelier.diffusion.nn.Ops;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.sample.Condition;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.diffusion.unet.GradientCheckpointing;
import org.atelier.runtime.Compute;
import org.atelier.runtime.ComputeException;
import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.tensors.TensorInfo;
import org.atelier.datasets.Buckets;
import org.atelier.datasets.Epochs;
import org.atelier.datasets.Item;
import org.atelier.training.LatentCache;
import org.atelier.training.optim.Adafactor;
import org.atelier.training.optim.Ema;
import org.atelier.training.optim.LrSchedule;
import org.atelier.training.optim.Optimizer;
import org.atelier.training.optim.Parameter;
import org.atelier.training.model.LrScheduler;
import org.atelier.training.model.OptimizerKind;
import org.atelier.training.model.TrainingConfig;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * The training loop every method shares. Each step: the batches of the gradient accumulation (images of one
 * bucket, latents from the cache, captions processed), noise and timesteps drawn, the noised latents through the
 * UNet with the captions' conditioning, the mean squared error against the noise (or v), weighted per image (a
 * regularisation set's prior-loss weight), per timestep (min-SNR) and, where an image has a mask, per latent
 * ({@link LossMasks}), backward into the method's parameters;
 * then the gradients clipped and the optimizer's step at the schedule's rate. With gradient checkpointing on, a
 * training pass's UNet keeps only its blocks' inputs and recomputes the blocks in the backward pass
 * ({@link GradientCheckpointing}); the loss and the optimizer are the same. With a fused back pass too, the UNet's
 * trained weights are stepped block by block in the last backward pass of the step, each clipped alone, and their
 * gradients freed ({@link FusedBackPass}). Metrics go to metrics.jsonl and TensorBoard, samples and checkpoints at
 * their intervals, the result through the method at the end.
 * <p>
 * Everything random in a step (batch order, caption processing, flips, timesteps, noise, dropout) is drawn from
 * generators seeded by the experiment's seed and the step's number, so a run resumed from a checkpoint (the
 * parameters, the optimizer's state and the step) continues exactly as it would have.
 */
public final class Trainer {

    /** What a training method adds to the loop. */
    public interface Method {

        /** The arrays to train. */
        List<Parameter> parameters();

        /** The text a step trains on, from the image's processed caption (textual inversion fills its template). */
        default String prompt(String caption) {
            return caption;
        }

        /**
         * The text a step trains on for {@code item}, from its processed caption: {@link #prompt(String)} unless a
         * method tells its images apart (DreamBooth gives its instance images their identifier prompt).
         */
        default String prompt(Item item, String caption) {
            return prompt(caption);
        }

        /**
         * The text a step trains on for {@code item}, drawing what it chooses from the step's generator
         * {@code random} (a template among several), so that a resumed run chooses the same:
         * {@link #prompt(Item, String)} unless a method chooses.
         */
        default String prompt(Item item, String caption, Random random) {
            return prompt(item, caption);
        }

        /** Training on or off (dropout applies in training only). */
        default void training(boolean on) {
        }

        /**
         * The UNet's prediction that a step's loss compares with the target. Methods may change it: Dream Artist, for
         * one, mixes in the prediction under a negative conditioning, as guidance inside the loss.
         */
        default NDArray predict(Prediction prediction) {
            return prediction.unet(prediction.condition());
        }

        /**
         * A term the method adds to a step's loss beside the squared error of {@code predicted} (what
         * {@link #predict} gave): Dream Artist's reconstruction of the image through the VAE's decoder. Null: none.
         */
        default NDArray extraLoss(Prediction prediction, NDArray predicted) {
            return null;
        }

        /** Writes the result into {@code folder} as the ecosystem loads it; returns the files written. */
        List<Path> save(Path folder, long step) throws IOException;

        /**
         * Writes a usable copy of the result at {@code step} of the run into {@code folder}, named so that it stands
         * beside the others (every {@code saveEverySteps}): by default the result in a folder {@code step-00000500}.
         */
        default List<Path> saveAt(Path folder, long step) throws IOException {
            return save(Files.createDirectories(folder.resolve(String.format(Locale.ROOT, "step-%08d", step))), step);
        }
    }

    /** One batch's pass through the UNet, for {@link Method#predict}. */
    public final class Prediction {
        private final NDManager scope;
        private final NDArray noisy;
        private final NDArray timesteps;
        private final Condition condition;
        private final List<String> prompts;
        private final Buckets.Size bucket;
        /** Where a training pass's UNet passes are recorded for their backward pass; null: computed whole. */
        private final GradientCheckpointing checkpointed;
        private final NDArray latents;
        private final NDArray signal;
        private final NDArray noiseLevel;

        Prediction(NDManager scope, NDArray noisy, NDArray timesteps, Condition condition, List<String> prompts,
                Buckets.Size bucket, GradientCheckpointing checkpointed, NDArray latents, NDArray signal,
                NDArray noiseLevel) {
            this.scope = scope;
            this.noisy = noisy;
            this.timesteps = timesteps;
            this.condition = condition;
            this.prompts = prompts;
            this.bucket = bucket;
            this.checkpointed = checkpointed;
            this.latents = latents;
            this.signal = signal;
            this.noiseLevel = noiseLevel;
        }

        /** Where the step's arrays live (closed after the step). */
        public NDManager scope() {
            return scope;
        }

        /** The noised latents, a batch of them. */
        public NDArray noisy() {
            return noisy;
        }

        public NDArray timesteps() {
            return timesteps;
        }

        /** The conditioning of the batch's prompts. */
        public Condition condition() {
            return condition;
        }

        /** The latents the batch was noised from (its images', scaled), {@code [B, C, H, W]}. */
        public NDArray latents() {
            return latents;
        }

        /**
         * The latents a prediction (noise, or v for v-models) says the noised ones came from:
         * {@code (noisy - sqrt(1 - ᾱ) ε) / sqrt(ᾱ)}, or {@code sqrt(ᾱ) noisy - sqrt(1 - ᾱ) v}.
         */
        public NDArray denoised(NDArray predicted) {
            return sd.vPrediction() ? noisy.mul(signal).sub(predicted.mul(noiseLevel))
                    : noisy.sub(predicted.mul(noiseLevel)).div(signal);
        }

        /** The model being trained (its VAE decodes latents for a loss in pixels). */
        public StableDiffusion model() {
            return sd;
        }

        /** The batch's prompts, as the method made them from the processed captions. */
        public List<String> prompts() {
            return prompts;
        }

        /** The conditioning of other prompts, one per image of the batch. */
        public Condition conditionOf(List<String> others) {
            List<Condition> conditions = new ArrayList<>();
            for (String prompt : others) {
                conditions.add(sd.condition(scope, prompt, clipSkip, bucket.width(), bucket.height()));
            }
            return join(scope, conditions, bucket);
        }

        /**
         * The UNet's prediction for the noised latents under a conditioning (with gradient checkpointing on, in a
         * training pass, the blocks' activations recomputed in the backward pass rather than kept).
         */
        public NDArray unet(Condition c) {
            return checkpointed != null ? checkpointed.forward(sd.unet(), noisy, timesteps, c.context(), c.vector())
                    : sd.unet().forward(noisy, timesteps, c.context(), c.vector());
        }
    }

    /** What a run ended with. */
    public record Result(long steps, double lastLoss, List<Path> outputs, boolean cancelled) {
    }

    /** Called after every step with its loss (tests stop a run here). */
    public interface StepListener {
        void step(long step, double loss) throws IOException;
    }

    private static final String CHECKPOINT_PREFIX = "step-";
    private static final int CHECKPOINTS_KEPT = 2;
    private static final String OPTIMIZER = "optimizer/";
    private static final String EMA = "ema/";

    private final RunContext context;
    private final Experiment experiment;
    private final TrainingData data;
    private final StableDiffusion sd;
    private final Method method;
    private final LatentCache cache;
    private final long seed;
    private final int steps;
    private final int accumulation;
    private final int checkpointEvery;
    /** Steps between usable copies of the result; 0: none. */
    private final int saveEvery;
    private final int clipSkip;
    private final double maxGradNorm;
    private final double noiseOffset;
    private final double minSnrGamma;
    private final boolean cacheLatents;
    private final LrSchedule schedule;
    private final Optimizer.Kind optimizerKind;
    private final double weightDecay;
    private final double beta1;
    private final double beta2;
    /** Adafactor's settings, null for the other optimizers. */
    private final Adafactor.Settings adafactor;
    private final double emaDecay;
    /** The UNet's passes of a step kept for their backward pass, with gradient checkpointing on; else null. */
    private final GradientCheckpointing checkpointing;
    /** Whether the UNet's weights are stepped in the backward pass ({@link FusedBackPass}). */
    private final boolean fusedBackPass;
    private StepListener listener = (step, loss) -> {
    };
    /** Run between each forward pass and its backward pass (the tests run the garbage collector there). */
    static volatile Runnable beforeBackward;

    /**
     * @param cacheFolder where latents are kept between runs
     * @param vaeId       what identifies the model's VAE in the cache (its file's hash)
     */
    public Trainer(RunContext context, TrainingConfig config, TrainingData data, StableDiffusion sd, Method method, Path cacheFolder,
            String vaeId) {
        this.context = context;
        this.experiment = context.experiment();
        this.data = data;
        this.sd = sd;
        this.method = method;
        this.cache = new LatentCache(cacheFolder, vaeId, sd.vae());
        this.seed = experiment.getSeed();
        this.steps = config.getSteps();
        this.accumulation = config.getGradientAccumulation();
        this.checkpointEvery = config.getCheckpointEverySteps();
        this.saveEvery = config.getSaveEverySteps();
        this.clipSkip = config.getClipSkip();
        this.maxGradNorm = config.getMaxGradNorm();
        this.noiseOffset = config.getNoiseOffset();
        this.minSnrGamma = config.getMinSnrGamma();
        this.cacheLatents = config.isCacheLatents();
        this.schedule = LrSchedule.parse(config.getLearningRate(), kind(config.getScheduler()), config.getWarmupSteps(), steps,
                config.getRestarts(), config.getPower());
        this.optimizerKind = kind(config.getOptimizer());
        this.weightDecay = config.getWeightDecay();
        this.beta1 = config.getBeta1();
        this.beta2 = config.getBeta2();
        this.adafactor = optimizerKind == Optimizer.Kind.ADAFACTOR ? adafactor(experiment.getName(), config) : null;
        this.emaDecay = config.getEmaDecay();
        this.checkpointing = config.isGradientCheckpointing() ? new GradientCheckpointing() : null;
        FusedBackPass.check(experiment.getName(), config);
        this.fusedBackPass = config.isFusedBackPass();
    }

    private static LrSchedule.Kind kind(LrScheduler scheduler) {
        return switch (scheduler) {
        case CONSTANT -> LrSchedule.Kind.CONSTANT;
        case LINEAR -> LrSchedule.Kind.LINEAR;
        case COSINE -> LrSchedule.Kind.COSINE;
        case COSINE_WITH_RESTARTS -> LrSchedule.Kind.COSINE_WITH_RESTARTS;
        case POLYNOMIAL -> LrSchedule.Kind.POLYNOMIAL;
        };
    }

    /** The optimizer a configuration names. */
    static Optimizer.Kind kind(OptimizerKind optimizer) {
        return switch (optimizer) {
        case ADAMW -> Optimizer.Kind.ADAMW;
        case ADAM -> Optimizer.Kind.ADAM;
        case LION -> Optimizer.Kind.LION;
        case SGD -> Optimizer.Kind.SGD;
        case PRODIGY -> Optimizer.Kind.PRODIGY;
        case ADAFACTOR -> Optimizer.Kind.ADAFACTOR;
        };
    }

    /**
     * Adafactor's settings from the configuration: its own, with the shared weight decay.
     *
     * @throws TrainingException naming the setting that cannot be used (warm-up init without relative step)
     */
    static Adafactor.Settings adafactor(String experiment, TrainingConfig config) {
        try {
            return new Adafactor.Settings(config.isRelativeStep(), config.isScaleParameter(), config.isWarmupInit(),
                    config.getClipThreshold(), config.getDecayRate(), config.getAdafactorEps1(), config.getAdafactorEps2(),
                    config.getAdafactorBeta1(), config.getWeightDecay());
        } catch (IllegalArgumentException e) {
            throw new TrainingException("experiment '" + experiment + "' › config › " + e.getMessage());
        }
    }

    public void setStepListener(StepListener listener) {
        this.listener = listener;
    }

    /** Trains to the configured steps (from the last checkpoint, when there is one), or until cancelled. */
    public Result run() throws IOException, ComputeException {
        List<Parameter> parameters = method.parameters();
        for (Parameter p : parameters) {
            p.value().setRequiresGradient(true);
        }
        Optimizer optimizer = adafactor != null ? new Optimizer(adafactor, sd.manager())
                : new Optimizer(optimizerKind, weightDecay, beta1, beta2, sd.manager());
        Ema ema = emaDecay > 0 ? new Ema(emaDecay, sd.manager()) : null;
        FusedBackPass fused = fusedBackPass ? fused(parameters, optimizer) : null;
        long step = resume(parameters, optimizer, ema);
        if (step > 0) {
            context.log("Resuming at step " + step + " from " + latestCheckpoint());
            context.keepMetricsUntil(step);
        }
        if (cacheLatents && !data.randomCrop()) {
            cacheAll();
        }
        Engine engine = Compute.engine();
        double lastLoss = Double.NaN;
        method.training(true);
        try (TensorBoardEvents events = new TensorBoardEvents(context.runFolder())) {
            if (step == 0 && !data.validation().isEmpty()) {
                // where the validation loss starts: what the training is measured against
                Map<String, Double> start = Map.of("validation_loss", validate());
                context.metrics(0, start);
                events.scalars(0, start);
            }
            SamplingSpec sampling = experiment.getSampling();
            if (step == 0 && sampling != null && sampling.isSampleAtFirst()) {
                samples(0);
            }
            while (step < steps) {
                if (context.isCancelled()) {
                    checkpoint(step, parameters, optimizer, ema);
                    return new Result(step, lastLoss, List.of(), true);
                }
                long started = System.nanoTime();
                List<Parameter> active = active(parameters, step);
                double rate = schedule.at(step);
                double loss = 0;
                try (GradientCollector collector = engine.newGradientCollector()) {
                    for (int a = 0; a < accumulation; a++) {
                        long pass = step * accumulation + a;
                        try (NDManager scope = sd.manager().newSubManager()) {
                            NDArray value = Ops.div(loss(scope, data.epochs().batch(pass), pass, -1), accumulation);
                            Runnable hook = beforeBackward;
                            if (hook != null) {
                                hook.run();
                            }
                            loss += value.getFloat();
                            boolean last = a == accumulation - 1;
                            if (last && !Double.isFinite(loss)) {
                                // before the last backward pass: a fused one would step the weights with it
                                throw new TrainingException("step " + (step + 1) + ": the loss is " + loss
                                        + "; lower the learning rate (" + schedule + ")");
                            }
                            if (last && fused != null) {
                                fused.backward(checkpointing, collector, value, active, rate);
                            } else if (checkpointing != null) {
                                checkpointing.backward(collector, value);
                            } else {
                                collector.backward(value);
                            }
                        }
                    }
                }
                double norm;
                if (fused != null) {
                    norm = fused.finish();
                } else {
                    norm = Optimizer.clipGradients(active, maxGradNorm);
                    optimizer.step(active, rate);
                    Optimizer.zeroGradients(active);
                }
                if (ema != null) {
                    ema.update(parameters, optimizer.steps());
                }
                step++;
                lastLoss = loss;
                Map<String, Double> values = new LinkedHashMap<>();
                values.put("loss", loss);
                // Adafactor makes its own learning rate (relative step, parameter scale): the one it applied
                values.put("lr", optimizerKind == Optimizer.Kind.ADAFACTOR ? optimizer.adaptedStepSize() : rate);
                values.put("grad_norm", norm);
                if (optimizerKind == Optimizer.Kind.PRODIGY) {
                    values.put("prodigy_d", optimizer.adaptedStepSize());
                }
                values.put("epoch", (double) ((step * accumulation - 1) / data.epochs().batchesPerEpoch() + 1));
                values.put("seconds", (System.nanoTime() - started) / 1e9);
                // before the checkpoint: a run killed between the two makes the copy again when resumed
                if (saveEvery > 0 && step % saveEvery == 0 && step < steps) {
                    long at = step;
                    withAverages(ema, parameters, () -> saveCopy(at));
                }
                if (step % checkpointEvery == 0 || step == steps) {
                    if (!data.validation().isEmpty()) {
                        values.put("validation_loss", validate());
                    }
                    checkpoint(step, parameters, optimizer, ema);
                }
                context.metrics(step, values);
                events.scalars(step, values);
                context.progress(step, steps, String.format(Locale.ROOT, "step %d of %d, loss %.4f", step, steps, loss));
                if (sampling != null && sampling.getEverySteps() > 0 && (step % sampling.getEverySteps() == 0 || step == steps)) {
                    long at = step;
                    withAverages(ema, parameters, () -> samples(at));
                }
                listener.step(step, loss);
            }
        } finally {
            method.training(false);
        }
        if (ema != null) {
            ema.exchange(parameters); // the result is the averaged weights
        }
        List<Path> outputs = method.save(context.outputFolder(), step);
        for (Path output : outputs) {
            context.addArtifact(output);
        }
        return new Result(step, lastLoss, outputs, false);
    }

    /** A usable copy of the result at {@code step} into the output folder, logged. */
    private void saveCopy(long step) throws IOException {
        List<Path> files = method.saveAt(context.outputFolder(), step);
        context.log("Saved the result of step " + step + ": " + String.join(", ",
                files.stream().map(p -> context.outputFolder().relativize(p).toString()).toList()));
    }

    /** The fused back pass of the method's parameters, saying what it steps block by block. */
    private FusedBackPass fused(List<Parameter> parameters, Optimizer optimizer) {
        FusedBackPass fused = FusedBackPass.of(experiment.getName(), optimizer, maxGradNorm, parameters,
                sd.unet().segmentWeights());
        context.log("Fused back pass: " + fused.fusedParameters() + " of the " + parameters.size()
                + " trained arrays stepped block by block in the backward pass, each clipped alone"
                + (accumulation > 1 ? "; with gradient accumulation " + accumulation + " only the last pass is fused, the"
                        + " earlier ones keep every gradient, so it saves no memory" : ""));
        return fused;
    }

    /**
     * The parameters that train at {@code step}; those whose last step has passed stop requiring gradients, so that
     * the backward pass no longer computes theirs (a text encoder trained for the first steps only).
     */
    private static List<Parameter> active(List<Parameter> parameters, long step) {
        List<Parameter> active = new ArrayList<>();
        for (Parameter p : parameters) {
            if (p.trainsAt(step)) {
                active.add(p);
            } else if (p.value().hasGradient()) {
                p.value().setRequiresGradient(false);
            }
        }
        return active;
    }

    private interface Work {
        void run() throws IOException;
    }

    /** Does {@code work} with the parameters' moving averages in their place, when there are averages. */
    private static void withAverages(Ema ema, List<Parameter> parameters, Work work) throws IOException {
        if (ema == null) {
            work.run();
            return;
        }
        ema.exchange(parameters);
        try {
            work.run();
        } finally {
            ema.exchange(parameters);
        }
    }

    /**
     * The loss of one batch: the mean over its images of the squared error of the UNet's prediction, each image's
     * weighted by its loss weight and its timestep's min-SNR weight. {@code fixedTimestep} at 0 or more (validation)
     * takes the caption as it is, no flip, that timestep and noise of the pass's seed.
     */
    private NDArray loss(NDManager scope, Epochs.Batch batch, long pass, int fixedTimestep) throws IOException {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + pass);
        Buckets.Size bucket = batch.bucket();
        int n = batch.items().size();
        NDList latents = new NDList();
        List<Condition> conditions = new ArrayList<>();
        List<String> prompts = new ArrayList<>();
        float[] weights = new float[n];
        float[] timesteps = new float[n];
        float[] signal = new float[n];
        float[] noiseLevel = new float[n];
        float[][] masks = new float[n][];
        for (int i = 0; i < n; i++) {
            Item item = batch.items().get(i);
            boolean validation = fixedTimestep >= 0;
            boolean flip = !validation && data.flip() && random.nextBoolean();
            int[] crop = crop(item, bucket, random, validation);
            latents.add(latents(item, bucket, flip, crop, scope));
            masks[i] = LossMasks.of(item, bucket, flip, crop[0], crop[1]);
            String caption = validation ? item.caption() : data.captions().process(item.caption(), random);
            prompts.add(method.prompt(item, caption, random));
            conditions.add(sd.condition(scope, prompts.get(i), clipSkip, bucket.width(), bucket.height()));
            int t = validation ? fixedTimestep : random.nextInt(sd.schedule().steps());
            timesteps[i] = t;
            double alphaBar = sd.schedule().alphaCumprod(t);
            signal[i] = (float) Math.sqrt(alphaBar);
            noiseLevel[i] = (float) Math.sqrt(1 - alphaBar);
            double snr = sd.schedule().snr(t);
            double snrWeight = minSnrGamma > 0 ? Math.min(snr, minSnrGamma) / (sd.vPrediction() ? snr + 1 : snr) : 1;
            weights[i] = (float) (item.lossWeight() * snrWeight);
        }
        NDArray x0 = latents.size() == 1 ? latents.get(0) : NDArrays.concat(latents, 0);
        Shape shape = x0.getShape();
        scope.getEngine().setRandomSeed((int) (seed * 31 + pass));
        NDArray noise = scope.randomNormal(shape);
        if (noiseOffset > 0 && fixedTimestep < 0) {
            noise = noise.add(Ops.mul(scope.randomNormal(new Shape(shape.get(0), shape.get(1), 1, 1)), (float) noiseOffset));
        }
        NDArray a = scope.create(signal, new Shape(n, 1, 1, 1));
        NDArray s = scope.create(noiseLevel, new Shape(n, 1, 1, 1));
        NDArray noisy = x0.mul(a).add(noise.mul(s));
        NDArray target = sd.vPrediction() ? noise.mul(a).sub(x0.mul(s)) : noise;
        Condition condition = join(scope, conditions, bucket);
        // validation has no backward pass to recompute for
        GradientCheckpointing checkpointed = fixedTimestep < 0 ? checkpointing : null;
        Prediction batchPass = new Prediction(scope, noisy, scope.create(timesteps), condition, prompts, bucket,
                checkpointed, x0, a, s);
        NDArray prediction = method.predict(batchPass);
        NDArray squared = prediction.sub(target).square();
        NDArray perImage = java.util.Arrays.stream(masks).allMatch(java.util.Objects::isNull)
                ? squared.reshape(n, -1).mean(new int[] { 1 }) : masked(scope, squared, masks);
        NDArray loss = perImage.mul(scope.create(weights)).mean();
        // the method's own term trains; the validation loss stays the squared error every method's is
        NDArray extra = fixedTimestep < 0 ? method.extraLoss(batchPass, prediction) : null;
        return extra == null ? loss : loss.add(extra);
    }

    /**
     * Each image's squared error weighted by its mask ({@link LossMasks}; all ones for an image without) over the
     * mask's sum: {@code [n]}. An image masked out wholly counts nothing.
     */
    private static NDArray masked(NDManager scope, NDArray squared, float[][] masks) {
        Shape shape = squared.getShape();
        int n = (int) shape.get(0);
        int plane = (int) (shape.get(2) * shape.get(3));
        float[] all = new float[n * plane];
        for (int i = 0; i < n; i++) {
            if (masks[i] == null) {
                java.util.Arrays.fill(all, i * plane, (i + 1) * plane, 1f);
            } else {
                System.arraycopy(masks[i], 0, all, i * plane, plane);
            }
        }
        NDArray mask = scope.create(all, new Shape(n, 1, shape.get(2), shape.get(3)));
        NDArray area = mask.reshape(n, -1).sum(new int[] { 1 }).mul(shape.get(1)).add(1e-8f);
        return squared.mul(mask).reshape(n, -1).sum(new int[] { 1 }).div(area);
    }

    /** The batch's conditionings as one: contexts of differing lengths padded with the empty prompt's. */
    private Condition join(NDManager scope, List<Condition> conditions, Buckets.Size bucket) {
        if (conditions.size() == 1) {
            return conditions.get(0);
        }
        long longest = conditions.stream().mapToLong(c -> c.context().getShape().get(1)).max().orElse(77);
        NDArray empty = null;
        NDList contexts = new NDList();
        NDList vectors = new NDList();
        for (Condition c : conditions) {
            NDArray context = c.context();
            while (context.getShape().get(1) < longest) {
                if (empty == null) {
                    empty = sd.condition(scope, "", clipSkip, bucket.width(), bucket.height()).context();
                }
                context = context.concat(empty, 1);
            }
            contexts.add(context);
            if (c.vector() != null) {
                vectors.add(c.vector());
            }
        }
        return new Condition(NDArrays.concat(contexts, 0), vectors.isEmpty() ? null : NDArrays.concat(vectors, 0));
    }

    /**
     * Where the image is cropped to the bucket: a random place of the image scaled to cover it (kohya's random crop,
     * in training), else {@code {-1, -1}}, the centre.
     */
    private int[] crop(Item item, Buckets.Size bucket, Random random, boolean validation) {
        if (!data.randomCrop() || validation) {
            return new int[] { -1, -1 };
        }
        double scale = Math.max((double) bucket.width() / item.width(), (double) bucket.height() / item.height());
        int spareX = Math.max(0, (int) Math.ceil(item.width() * scale) - bucket.width());
        int spareY = Math.max(0, (int) Math.ceil(item.height() * scale) - bucket.height());
        return new int[] { random.nextInt(spareX + 1), random.nextInt(spareY + 1) };
    }

    private NDArray latents(Item item, Buckets.Size bucket, boolean flip, int[] crop, NDManager scope) throws IOException {
        if (crop[0] >= 0) {
            // a random crop: encoded anew each time, as kohya does
            return cache.encode(item, bucket, flip, crop[0], crop[1], scope);
        }
        return cacheLatents ? cache.latents(item, bucket, flip, scope) : cache.encode(item, bucket, flip, -1, -1, scope);
    }

    /** Encodes every image's latents (both flips where flipping) that the cache lacks, saying how fast. */
    private void cacheAll() throws IOException {
        List<Item> all = new ArrayList<>(data.training());
        all.addAll(data.validation());
        List<Object[]> missing = new ArrayList<>();
        for (Item item : all) {
            Buckets.Size bucket = data.buckets().of(item.width(), item.height());
            for (boolean flip : data.flip() ? new boolean[] { false, true } : new boolean[] { false }) {
                if (!cache.has(item, bucket, flip)) {
                    missing.add(new Object[] { item, bucket, flip });
                }
            }
        }
        if (missing.isEmpty()) {
            context.log("Latents of all " + all.size() + " images are cached");
            return;
        }
        long start = System.nanoTime();
        int done = 0;
        for (Object[] m : missing) {
            if (context.isCancelled()) {
                return;
            }
            try (NDManager scope = sd.manager().newSubManager()) {
                cache.latents((Item) m[0], (Buckets.Size) m[1], (Boolean) m[2], scope);
            }
            context.progress(++done, missing.size(), "caching latents");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        context.log(String.format(Locale.ROOT, "Cached %d latents in %.1f s (%.2f images/s)", missing.size(), seconds,
                missing.size() / seconds));
    }

    /** The mean loss over the held-out images, each at a fixed timestep and noise: comparable from step to step. */
    private double validate() throws IOException {
        method.training(false);
        try {
            double sum = 0;
            List<Item> items = data.validation();
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                int t = (int) ((i + 0.5) / items.size() * sd.schedule().steps());
                try (NDManager scope = sd.manager().newSubManager()) {
                    Epochs.Batch one = new Epochs.Batch(data.buckets().of(item.width(), item.height()), List.of(item));
                    sum += loss(scope, one, Long.MAX_VALUE / 2 + i, t).getFloat();
                }
            }
            return sum / items.size();
        } finally {
            method.training(true);
        }
    }

    /** The experiment's sampling prompts at their seeds, into {@code samples/} with their parameters. */
    private void samples(long step) throws IOException {
        SamplingSpec spec = experiment.getSampling();
        if (spec.getPrompts().isEmpty()) {
            return;
        }
        method.training(false);
        try {
            for (int i = 0; i < spec.getPrompts().size(); i++) {
                StableDiffusion.Settings settings = TrainingRun.sampleSettings(spec, i, seed, clipSkip);
                StableDiffusion.Result result = sd.generate(settings, null, null, new Sampler.Progress() {
                    @Override
                    public void step(int done, int total) {
                    }

                    @Override
                    public boolean cancelled() {
                        return context.isCancelled();
                    }
                });
                Path file = context.samplesFolder().resolve(Samples.fileName(step, i));
                Png.write(file, result.image(), StableDiffusion.parameters(settings, null, modelName(), false)
                        + ", Training step: " + step);
            }
        } catch (java.util.concurrent.CancellationException e) {
            // the run was asked to stop while sampling: the loop stops at its next step
        } finally {
            method.training(true);
        }
    }

    private String modelName() {
        return context.run().getBaseModel() == null ? sd.info().architecture().label() : context.run().getBaseModel().getId();
    }

    // ---- checkpoints

    /** Writes the parameters, the optimizer's state and the step; keeps the last two checkpoints. */
    private void checkpoint(long step, List<Parameter> parameters, Optimizer optimizer, Ema ema) throws IOException {
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            arrays.put("param/" + p.name(), p.value());
        }
        putSection(arrays, OPTIMIZER, optimizer.state());
        if (ema != null) {
            putSection(arrays, EMA, ema.state());
        }
        List<SafetensorsWriter.Spec> specs = new ArrayList<>();
        arrays.forEach((name, array) -> specs.add(new SafetensorsWriter.Spec(name, DType.F32, array.getShape().getShape())));
        Map<String, String> metadata = new HashMap<>();
        metadata.put("format", "pt");
        metadata.put("atelier.step", Long.toString(step));
        optimizer.numbers().forEach((name, value) -> metadata.put("atelier.optimizer." + name, Double.toString(value)));
        metadata.put("atelier.method", experiment.getMethod());
        metadata.put("atelier.seed", Long.toString(seed));
        Path file = context.checkpointsFolder().resolve(String.format(Locale.ROOT, "%s%08d.safetensors", CHECKPOINT_PREFIX, step));
        try (SafetensorsWriter writer = SafetensorsWriter.create(file, metadata, specs)) {
            for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
                writer.writeFloats(e.getKey(), e.getValue().toFloatArray());
            }
        }
        List<Path> all = checkpoints();
        for (int i = 0; i < all.size() - CHECKPOINTS_KEPT; i++) {
            Files.deleteIfExists(all.get(i));
        }
    }

    /** The checkpoints of the run, oldest first. */
    private List<Path> checkpoints() throws IOException {
        try (Stream<Path> files = Files.list(context.checkpointsFolder())) {
            return files.filter(f -> f.getFileName().toString().startsWith(CHECKPOINT_PREFIX)
                    && f.getFileName().toString().endsWith(".safetensors")).sorted().toList();
        }
    }

    private Path latestCheckpoint() throws IOException {
        List<Path> all = checkpoints();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Adds a part of the state to a checkpoint's arrays, its names after {@code prefix}, in a stable order. */
    private static void putSection(Map<String, NDArray> arrays, String prefix, Map<String, NDArray> part) {
        part.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> arrays.put(prefix + e.getKey(), e.getValue()));
    }

    /** The arrays of a checkpoint whose names start with {@code prefix}, by the rest of their names. */
    private static Map<String, float[]> section(SafetensorsReader reader, String prefix) throws IOException {
        Map<String, float[]> part = new HashMap<>();
        for (TensorInfo t : reader.tensors()) {
            if (t.name().startsWith(prefix)) {
                part.put(t.name().substring(prefix.length()), reader.floats(t));
            }
        }
        return part;
    }

    /** Restores the newest readable checkpoint; returns its step (0 without one). */
    private long resume(List<Parameter> parameters, Optimizer optimizer, Ema ema) throws IOException {
        List<Path> all = checkpoints();
        for (int i = all.size() - 1; i >= 0; i--) {
            try (SafetensorsReader reader = SafetensorsReader.open(all.get(i))) {
                boolean complete = true;
                for (Parameter p : parameters) {
                    TensorInfo t = reader.tensor("param/" + p.name());
                    complete &= t != null && t.numel() == p.value().size();
                }
                if (!complete) {
                    context.log("Checkpoint " + all.get(i).getFileName() + " does not hold this method's parameters: skipped");
                    continue;
                }
                for (Parameter p : parameters) {
                    p.value().set(reader.floats(reader.tensor("param/" + p.name())));
                }
                Map<String, Double> numbers = new HashMap<>();
                reader.metadata().forEach((key, value) -> {
                    if (key.startsWith("atelier.optimizer.")) {
                        numbers.put(key.substring("atelier.optimizer.".length()), Double.parseDouble(value));
                    }
                });
                optimizer.restore(section(reader, OPTIMIZER), numbers, parameters);
                if (ema != null) {
                    ema.restore(section(reader, EMA), parameters);
                }
                return Long.parseLong(reader.metadata().getOrDefault("atelier.step", "0"));
            } catch (IOException | RuntimeException e) {
                context.log("Checkpoint " + all.get(i).getFileName() + " cannot be read (" + e.getMessage() + "): skipped");
            }
        }
        return 0;
    }
}
