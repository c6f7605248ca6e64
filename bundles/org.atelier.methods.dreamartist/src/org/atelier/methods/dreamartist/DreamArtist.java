package org.atelier.methods.dreamartist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.diffusion.nn.Ops;
import org.atelier.methods.ti.TextualInversion;
import org.atelier.training.Trainer;
import org.atelier.training.optim.Parameter;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Dream Artist on a loaded model, as its AUTOMATIC1111 extension trains it: a positive embedding ({@code name}) and a
 * negative one ({@code name-neg}), two textual inversions trained together. A step's prediction is the negative
 * embedding's guided towards the positive's, {@code eps_neg + s (eps_pos - eps_neg)}, the guidance of generation
 * inside the loss, so that the pair works as prompt and negative prompt. The negative side's prompt is the positive's
 * with the negative word in place of the positive word; both sides see the same noise and timestep. {@code s} is constant, or follows the
 * timestep ({@link Guidance}). On request, the mean absolute difference in pixels between the image the guided
 * prediction denoises to and the training image is added to the loss, weighted (the image is its cached latents
 * through the VAE's decoder, where the extension takes its pixels).
 */
public final class DreamArtist implements Trainer.Method {

    /**
     * The scale of the guidance inside the loss, as the extension takes it: a number, or {@code low-high[:curve]}, a
     * scale that follows each image's timestep {@code t}: {@code low + (high - low) c(t / 999)}.
     */
    public record Guidance(double low, double high, Curve curve) {

        /** How the scale goes from {@code low} at t = 0 to {@code high} at t = 999. */
        public enum Curve {
            /** {@code r} */
            LN,
            /** {@code cos((r - 1) pi/2)}: near {@code high} for most timesteps */
            COS,
            /** {@code 1 - cos(r pi/2)}: near {@code low} for most timesteps */
            COS2;

            double of(double r) {
                return switch (this) {
                case LN -> r;
                case COS -> Math.cos((r - 1) * Math.PI / 2);
                case COS2 -> 1 - Math.cos(r * Math.PI / 2);
                };
            }
        }

        /**
         * {@code 3.0}, {@code 1.5-3.0} or {@code 1.5-3.0:cos}.
         *
         * @throws IllegalArgumentException saying what is wrong with {@code text}
         */
        public static Guidance parse(String text) {
            String given = text == null ? "" : text.strip();
            String[] curve = given.split(":", 2);
            String[] ends = curve[0].split("-", 2);
            try {
                double low = Double.parseDouble(ends[0].strip());
                double high = ends.length == 2 ? Double.parseDouble(ends[1].strip()) : low;
                Curve kind = curve.length == 2 ? Curve.valueOf(curve[1].strip().toUpperCase(java.util.Locale.ROOT)) : Curve.LN;
                if (!(low >= 1 && high >= 1 && low <= 30 && high <= 30)) {
                    throw new IllegalArgumentException("'" + given + "': scales from 1 to 30");
                }
                return new Guidance(low, high, kind);
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("'")) {
                    throw e;
                }
                throw new IllegalArgumentException("'" + given + "' is not a scale (3.0) nor low-high[:ln|cos|cos2] (1.5-3.0:cos)");
            }
        }

        /** The scale at timestep {@code t} of 1000. */
        public double at(double t) {
            return low == high ? high : low + (high - low) * curve.of(t / 999);
        }
    }

    private final TextualInversion positive;
    private final TextualInversion negative;
    private final String token;
    private final String negativeToken;
    private final double negativeFactor;
    private final Guidance guidance;
    private final double reconstructionWeight;
    private final boolean ownFolders;

    /**
     * @param negativeFactor       the negative embedding's learning rate over the positive's
     * @param reconstructionWeight the weight of the reconstruction loss; 0: none
     * @param ownFolders           each embedding in a folder of its name (diffusers' files, which have one name)
     */
    public DreamArtist(TextualInversion positive, TextualInversion negative, String token, String negativeToken,
            double negativeFactor, Guidance guidance, double reconstructionWeight, boolean ownFolders) {
        this.ownFolders = ownFolders;
        this.positive = positive;
        this.negative = negative;
        this.token = token;
        this.negativeToken = negativeToken;
        this.negativeFactor = negativeFactor;
        this.guidance = guidance;
        this.reconstructionWeight = reconstructionWeight;
    }

    /** The negative word of {@code token}: {@code token-neg}, as the extension names it. */
    public static String negativeToken(String token) {
        return token.strip() + "-neg";
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Parameter p : positive.parameters()) {
            all.add(new Parameter("positive." + p.name(), p.value(), p.lrFactor(), p.untilStep()));
        }
        for (Parameter p : negative.parameters()) {
            all.add(new Parameter("negative." + p.name(), p.value(), p.lrFactor() * negativeFactor, p.untilStep()));
        }
        return all;
    }

    @Override
    public String prompt(String caption) {
        return positive.prompt(caption);
    }

    @Override
    public String prompt(org.atelier.datasets.Item item, String caption, java.util.Random random) {
        return positive.prompt(item, caption, random);
    }

    /** The negative side's prompt of a positive one: the negative word in place of the positive word. */
    String negativePrompt(String prompt) {
        return prompt.replace(token, negativeToken);
    }

    @Override
    public NDArray predict(Trainer.Prediction prediction) {
        NDArray conditioned = prediction.unet(prediction.condition());
        NDArray unconditioned = prediction.unet(prediction.conditionOf(
                prediction.prompts().stream().map(this::negativePrompt).toList()));
        float[] timesteps = prediction.timesteps().toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray();
        float[] scales = new float[timesteps.length];
        for (int i = 0; i < scales.length; i++) {
            scales[i] = (float) guidance.at(timesteps[i]);
        }
        NDArray scale = prediction.scope().create(scales, new Shape(scales.length, 1, 1, 1));
        return unconditioned.add(conditioned.sub(unconditioned).mul(scale));
    }

    @Override
    public NDArray extraLoss(Trainer.Prediction prediction, NDArray predicted) {
        if (reconstructionWeight <= 0) {
            return null;
        }
        NDArray reconstructed = prediction.model().vae().decode(prediction.denoised(predicted));
        NDArray image = prediction.model().vae().decode(prediction.latents()).stopGradient();
        return Ops.mul(reconstructed.sub(image).abs().mean(), (float) reconstructionWeight);
    }

    /**
     * Copies on the way as the extension names them: {@code name-500} and {@code name-500-neg} (diffusers' files in a
     * folder {@code step-00000500}).
     */
    @Override
    public List<Path> saveAt(Path folder, long step) throws IOException {
        if (positive.fixedNames()) {
            return Trainer.Method.super.saveAt(folder, step);
        }
        String name = positive.fileName() + "-" + step;
        List<Path> files = new ArrayList<>(positive.saveAs(folder, step, name));
        files.addAll(negative.saveAs(folder, step, name + "-neg"));
        return files;
    }

    /**
     * Both embeddings, as textual inversion writes them: {@code name} and {@code name-neg} (diffusers' files, all named
     * {@code learned_embeds.safetensors}, in folders of those names).
     */
    @Override
    public List<Path> save(Path folder, long step) throws IOException {
        List<Path> files = new ArrayList<>();
        for (TextualInversion embedding : List.of(positive, negative)) {
            Path into = ownFolders ? java.nio.file.Files.createDirectories(folder.resolve(embedding.fileName())) : folder;
            files.addAll(embedding.save(into, step));
        }
        return files;
    }
}
