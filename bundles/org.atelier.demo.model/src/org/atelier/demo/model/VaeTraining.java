package org.atelier.demo.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.diffusion.nn.Ops;
import org.atelier.diffusion.vae.Vae;
import org.atelier.runtime.Compute;
import org.atelier.runtime.ComputeException;
import org.atelier.training.optim.LrSchedule;
import org.atelier.training.optim.Optimizer;
import org.atelier.training.optim.Parameter;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * Trains a Stable Diffusion VAE on reconstruction: pictures through the encoder to their latents, the latents
 * slightly noised (so that the decoder also draws from latents near those it was shown, as the UNet will give it),
 * back through the decoder, and the squared error against the pictures, plus that of the mean colours of 8x8 regions
 * (the tiny layout's decoder ends in a normalization of each of its 32 channels by itself, which makes flat colours
 * slow to learn); a last term keeps the latents' mean square (after the model's scaling factor) near 1, the size of
 * the noise the UNet is trained against, which the KL term of the original VAE's training did. AdamW with a cosine
 * schedule, the shared optimizer of the training loop.
 */
public final class VaeTraining {

    /**
     * @param steps        optimizer steps
     * @param batch        pictures a step
     * @param learningRate the peak rate (after 5 % of the steps of warm-up, falling to 0 along a cosine)
     * @param latentNoise  the standard deviation of the noise added to the scaled latents before decoding
     * @param colourWeight the weight of the squared error of the mean colours of 8x8 regions, beside that of the pixels:
     *                     the tiny VAE learns edges long before colours, and this brings colours sooner
     * @param scaleWeight  the weight of {@code (mean(z²) - 1)²}
     * @param seed         the order of the pictures and the noise
     */
    public record Settings(int steps, int batch, double learningRate, float latentNoise, float colourWeight,
            float scaleWeight, long seed) {
    }

    /** How training ended: the last steps' mean squared error (pixels in [-1, 1]) and latent mean square. */
    public record Result(double reconstruction, double latentSquare) {
    }

    private static final int REPORT_EVERY = 50;

    private final Vae vae;
    private final NDManager manager;

    /** @param manager where {@code vae}'s weights live */
    public VaeTraining(Vae vae, NDManager manager) {
        this.vae = vae;
        this.manager = manager;
    }

    /** The VAE's arrays as parameters, named by their checkpoint keys. */
    private List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>();
        for (ModelWeights.Tensor tensor : vae.weights().tensors().values()) {
            parameters.add(new Parameter(tensor.key(), tensor.parts().get(0)));
        }
        return parameters;
    }

    /** Trains on {@code pictures}, taken in turn, {@code log} hearing a line every 50 steps. */
    public Result train(List<ShapeSet.Picture> pictures, Settings settings, Consumer<String> log) throws ComputeException {
        List<Parameter> parameters = parameters();
        for (Parameter p : parameters) {
            p.value().setRequiresGradient(true);
        }
        Engine engine = Compute.engine();
        Optimizer optimizer = new Optimizer(Optimizer.Kind.ADAMW, 0, 0.9, 0.999, manager);
        LrSchedule schedule = LrSchedule.parse(Double.toString(settings.learningRate()), LrSchedule.Kind.COSINE,
                Math.max(1, settings.steps() / 20), settings.steps(), 1, 1);
        double reconstruction = 0;
        double square = 0;
        int reported = 0;
        long started = System.nanoTime();
        try {
            for (int step = 0; step < settings.steps(); step++) {
                try (NDManager scope = manager.newSubManager()) {
                    NDArray images = scope.create(batch(pictures, step, settings.batch()),
                            new Shape(settings.batch(), 3, ShapeSet.SIZE, ShapeSet.SIZE));
                    engine.setRandomSeed((int) (settings.seed() * 31 + step));
                    try (GradientCollector collector = engine.newGradientCollector()) {
                        NDArray latents = vae.encode(images);
                        NDArray noisy = latents.add(Ops.mul(scope.randomNormal(latents.getShape()), settings.latentNoise()));
                        NDArray difference = vae.decode(noisy).sub(images);
                        NDArray error = difference.square().mean();
                        long cells = ShapeSet.SIZE / 8;
                        NDArray regions = difference.reshape(settings.batch(), 3, cells, 8, cells, 8)
                                .mean(new int[] { 5 }).mean(new int[] { 3 });
                        NDArray meanSquare = latents.square().mean();
                        NDArray loss = error.add(Ops.mul(regions.square().mean(), settings.colourWeight()))
                                .add(Ops.mul(Ops.add(meanSquare, -1f).square(), settings.scaleWeight()));
                        collector.backward(loss);
                        reconstruction += error.getFloat();
                        square += meanSquare.getFloat();
                        reported++;
                    }
                }
                Optimizer.clipGradients(parameters, 1.0);
                optimizer.step(parameters, schedule.at(step));
                Optimizer.zeroGradients(parameters);
                if ((step + 1) % REPORT_EVERY == 0 || step + 1 == settings.steps()) {
                    log.accept(String.format(Locale.ROOT, "VAE step %d of %d: reconstruction %.5f, latent mean square %.3f (%.1f s)",
                            step + 1, settings.steps(), reconstruction / reported, square / reported,
                            (System.nanoTime() - started) / 1e9));
                    if (step + 1 < settings.steps()) {
                        reconstruction = 0;
                        square = 0;
                        reported = 0;
                    }
                }
            }
        } finally {
            for (Parameter p : parameters) {
                p.value().setRequiresGradient(false);
            }
        }
        return new Result(reconstruction / reported, square / reported);
    }

    /** The pixels ({@code [batch, 3, 64, 64]} in [-1, 1]) of the pictures of a step, taken in turn. */
    private static float[] batch(List<ShapeSet.Picture> pictures, int step, int size) {
        int plane = ShapeSet.SIZE * ShapeSet.SIZE;
        float[] all = new float[size * 3 * plane];
        for (int i = 0; i < size; i++) {
            ShapeSet.Picture picture = pictures.get((int) (((long) step * size + i) % pictures.size()));
            System.arraycopy(picture.pixels(), 0, all, i * 3 * plane, 3 * plane);
        }
        return all;
    }
}
