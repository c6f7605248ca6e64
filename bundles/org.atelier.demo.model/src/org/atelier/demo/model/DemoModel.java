package org.atelier.demo.model;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.common.Durations;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.methods.finetune.FineTuneRunner;
import org.atelier.methods.finetune.model.CheckpointFormat;
import org.atelier.methods.finetune.model.FineTuneConfig;
import org.atelier.methods.finetune.model.FineTuneFactory;
import org.atelier.methods.finetune.model.TrainedParts;
import org.atelier.core.model.Precision;
import org.atelier.runtime.ComputeException;
import org.atelier.tensors.DType;
import org.atelier.tensors.ModelInfo;
import org.atelier.tensors.ModelSpec;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorSource;
import org.atelier.tensors.TensorSwap;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.atelier.training.DemoShapes;
import org.atelier.training.LocalRunContext;
import org.atelier.training.model.LrScheduler;

import com.google.gson.Gson;

/**
 * Makes the demo's base model: a Stable Diffusion 1.x checkpoint of the tiny layout ({@link SdLayout#tinySd1()})
 * that draws flat shapes in the colours it was shown. From the layout initialised as networks are before training
 * (the output layers of the residual blocks and of the attention zero, as ldm starts them), the VAE trains on
 * reconstructing the {@link ShapeSet} pictures, then the UNet and the text encoder train on them through the
 * project's own loop as a fine-tuning run, and the result is written in fp16 (or in fp8, as the Atelier bundle keeps
 * it: half the size, and what generation reads the same way). Everything comes from the recipe's
 * seed: the same recipe, on the same kind of CPU with the same threads, makes the same file.
 */
public final class DemoModel {

    /**
     * How the model is made.
     *
     * @param seed            the seed of the initial weights, the pictures, their order and the noise
     * @param picturesPerPair pictures of each colour and shape
     * @param vae             the VAE's training
     * @param unetSteps       the UNet and text encoder's training steps
     * @param unetBatch       pictures a step
     * @param unetRate        its learning rate (cosine schedule after a warm-up of 5 % of the steps)
     * @param emaDecay        the decay of the average of the weights the result is made of
     * @param captionDropout  the share of steps' captions left empty, for classifier-free guidance
     */
    public record Recipe(long seed, int picturesPerPair, VaeTraining.Settings vae, int unetSteps, int unetBatch,
            String unetRate, double emaDecay, double captionDropout) {

        /** The recipe of the committed demo model. */
        public static Recipe standard() {
            return new Recipe(7, 24, new VaeTraining.Settings(1600, 4, 2e-3, 0.1f, 8f, 0.1f, 7), 4000, 32, "1e-3", 0.999,
                    0.1);
        }

        /** The recipe with another seed (the pictures, the weights and the noise all change). */
        public Recipe withSeed(long other) {
            VaeTraining.Settings v = new VaeTraining.Settings(vae.steps(), vae.batch(), vae.learningRate(), vae.latentNoise(),
                    vae.colourWeight(), vae.scaleWeight(), other);
            return new Recipe(other, picturesPerPair, v, unetSteps, unetBatch, unetRate, emaDecay, captionDropout);
        }

        /** The recipe with other step counts (a quicker model, for a look or a test). */
        public Recipe withSteps(int vaeSteps, int unetSteps) {
            VaeTraining.Settings v = new VaeTraining.Settings(vaeSteps, vae.batch(), vae.learningRate(), vae.latentNoise(),
                    vae.colourWeight(), vae.scaleWeight(), vae.seed());
            return new Recipe(seed, picturesPerPair, v, unetSteps, unetBatch, unetRate, emaDecay, captionDropout);
        }
    }

    /** The prompts sampled as the UNet trains, into the run's {@code samples/}. */
    static final List<String> PROMPTS = List.of("a red circle", "a blue square", "a green triangle");

    /** The steps between samples and between checkpoints of the UNet's training (and its last step). */
    static final int EVERY = 200;

    private DemoModel() {
    }

    /**
     * Makes the model into {@code output} (a {@code .safetensors}) in fp16, working in {@code work} (an empty or
     * missing folder, kept: the training project with its run folder, for a look at the losses and samples).
     */
    public static void make(Recipe recipe, Path output, Path work, PrintWriter out) throws IOException, ComputeException {
        make(recipe, output, DType.F16, work, null, out);
    }

    /**
     * Makes the model as {@link #make(Recipe, Path, Path, PrintWriter)}, its tensors written as {@code dtype}, starting
     * from {@code vaeStage} when given: the VAE stage an earlier making of the same recipe wrote into its work folder
     * ({@code project/models/shapes-vae.safetensors}), whose VAE training is then not done again.
     *
     * @throws IllegalArgumentException when {@code vaeStage} was made by another recipe (seed, pictures or VAE training)
     */
    public static void make(Recipe recipe, Path output, DType dtype, Path work, Path vaeStage, PrintWriter out)
            throws IOException, ComputeException {
        long started = System.nanoTime();
        Files.createDirectories(work);
        Path tokenizer = ClipTokenizer.writeByteLevel(work.resolve("tokenizer"));
        List<ShapeSet.Picture> pictures = ShapeSet.pictures(recipe.picturesPerPair(), recipe.seed());
        out.printf(Locale.ROOT, "%d pictures of %d colours and %d shapes%n", pictures.size(), ShapeSet.Colour.values().length,
                DemoShapes.Kind.values().length);
        out.flush();
        Path withVae = work.resolve(ShapesProject.BASE + ".safetensors");
        if (vaeStage == null) {
            trainVae(recipe, pictures, tokenizer, withVae, out);
        } else {
            checkVaeStage(recipe, vaeStage);
            Files.copy(vaeStage, withVae);
            out.println("The VAE as " + vaeStage + " holds it (the same seed, pictures and VAE training)");
        }

        Path project = work.resolve("project");
        Path experiment = ShapesProject.create(project, pictures, withVae, tokenizer, fineTuning(recipe),
                recipe.captionDropout(), recipe.seed(), PROMPTS, EVERY);
        Path run = project.resolve("runs").resolve(ShapesProject.EXPERIMENT);
        LocalRunContext context;
        try {
            context = new LocalRunContext(experiment, run, out);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
        out.println("Training the UNet and the text encoder in " + run);
        out.flush();
        try {
            new FineTuneRunner().run(context);
        } catch (IOException | ComputeException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
        Path trained = context.artifacts().get(0);
        double seconds = (System.nanoTime() - started) / 1e9;
        try (TensorSource source = TensorFiles.open(trained)) {
            TensorSwap.write(source, Map.of(), dtype, metadata(recipe), output, (done, total) -> {
            });
        }
        out.printf(Locale.ROOT, "Wrote %s (%.1f MB) in %s; the UNet's losses are in %s%n", output,
                Files.size(output) / 1e6, Durations.words(seconds), run.resolve("metrics.jsonl"));
        out.flush();
    }

    /** What the VAE stage's metadata holds ({@value #VAE_STAGE}): what made it. */
    static final String VAE_STAGE = "atelier_demo_model_vae";

    /**
     * Trains the VAE of the initialised layout (its outputs zero, see {@link Initialisation}) and writes the whole
     * model into {@code target} in fp32, with what made it in its metadata.
     */
    private static void trainVae(Recipe recipe, List<ShapeSet.Picture> pictures, Path tokenizer, Path target,
            PrintWriter out) throws IOException, ComputeException {
        Path initial = target.resolveSibling("initial.safetensors");
        SyntheticCheckpoints.writeInitialised(initial, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F32, recipe.seed());
        try (StableDiffusion sd = StableDiffusion.load(initial, tokenizer)) {
            Initialisation.zeroOutputs(sd.weights());
            new VaeTraining(sd.vae(), sd.manager()).train(pictures, recipe.vae(), line -> {
                out.println(line);
                out.flush();
            });
            Map<String, TensorSwap.Values> all = new LinkedHashMap<>();
            for (ModelWeights.Tensor tensor : sd.weights().tensors().values()) {
                all.put(tensor.key(), () -> tensor.value().toFloatArray());
            }
            TensorSwap.write(sd.source(), all, DType.F32, Map.of(VAE_STAGE, vaeRecipe(recipe)), target, (done, total) -> {
            });
        }
        Files.delete(initial);
    }

    /**
     * Checks that {@code file} is the VAE stage of {@code recipe}.
     *
     * @throws IllegalArgumentException when it is not, saying what made it
     */
    public static void checkVaeStage(Recipe recipe, Path file) throws IOException {
        try (TensorSource stage = TensorFiles.open(file)) {
            if (!vaeRecipe(recipe).equals(stage.metadata().get(VAE_STAGE))) {
                throw new IllegalArgumentException(file + " is not the VAE stage of this recipe: it was made by "
                        + stage.metadata().getOrDefault(VAE_STAGE, "no making of the demo model"));
            }
        }
    }

    /** What makes the VAE stage: the seed, the pictures and the VAE's training. */
    static String vaeRecipe(Recipe recipe) {
        com.google.gson.JsonObject made = new com.google.gson.JsonObject();
        made.addProperty("seed", recipe.seed());
        made.addProperty("picturesPerPair", recipe.picturesPerPair());
        made.add("vae", new Gson().toJsonTree(recipe.vae()));
        return made.toString();
    }

    /** The fine-tuning of the UNet and the text encoder, as the recipe says, written in fp32 for the last step here. */
    private static FineTuneConfig fineTuning(Recipe recipe) {
        FineTuneConfig config = FineTuneFactory.eINSTANCE.createFineTuneConfig();
        config.setTrains(TrainedParts.UNET_AND_TEXT_ENCODER);
        config.setSteps(recipe.unetSteps());
        config.setBatchSize(recipe.unetBatch());
        config.setLearningRate(recipe.unetRate());
        config.setScheduler(LrScheduler.COSINE);
        config.setWarmupSteps(Math.max(1, recipe.unetSteps() / 20));
        config.setWeightDecay(0);
        config.setEmaDecay(recipe.emaDecay());
        config.setMaxGradNorm(1);
        config.setCheckpointEverySteps(EVERY);
        config.setOutputType(Precision.FP32);
        config.setOutputFormat(CheckpointFormat.SAFETENSORS);
        config.setOutputName("demo-base");
        return config;
    }

    /**
     * The checkpoint's metadata: the model spec (without its date, so that the same recipe gives the same file) and
     * the recipe, as JSON under {@code atelier_demo_model}.
     */
    static Map<String, String> metadata(Recipe recipe) {
        Map<String, String> metadata = new LinkedHashMap<>(ModelSpec.of(ModelInfo.Architecture.SD1, false,
                ModelSpec.Kind.CHECKPOINT, "demo-base", ShapeSet.SIZE));
        metadata.remove("modelspec.date");
        metadata.put("modelspec.description", "A small SD 1.x model (the tiny layout) trained by Atelier on flat circles,"
                + " squares and triangles in red, green, blue, yellow, black, cyan and pink: 'atelier demo-model' makes it again");
        metadata.put("format", "pt");
        metadata.put("atelier_demo_model", new Gson().toJson(recipe));
        return metadata;
    }
}
