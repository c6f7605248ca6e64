package org.atelier.methods.nulltext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.atelier.diffusion.nn.Ops;
import org.atelier.diffusion.sample.Condition;
import org.atelier.diffusion.sample.Ddim;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.diffusion.schedule.NoiseSchedule;
import org.atelier.diffusion.unet.UNet;
import org.atelier.training.optim.Optimizer;
import org.atelier.training.optim.Parameter;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * Null-text inversion (Mokady et al., 2022) as its authors' notebook computes it. DDIM inversion of the image's
 * latents under the caption without guidance gives the pivot: the latents at every timestep. Then, from the noisiest
 * step down, the unconditional embedding of that step (the empty prompt's at first, then the previous step's result)
 * is optimised with Adam at {@code lr (1 - i / (2n))} (the paper's {@code 1e-2 (1 - i / 100)} for its 50 steps) for
 * at most {@code innerSteps} iterations, so that the guided DDIM step from the current latents lands on the pivot's
 * next latents (mean squared error); an iteration whose loss, measured before its update, is below
 * {@code epsilon + i·2e-5} is the last. The latents then follow the guided chain with the step's result.
 */
public final class NullTextInversion {

    /** The paper's settings: 50 steps, guidance 7.5, 10 iterations at 1e-2, early stop at 1e-5. */
    public record Settings(int steps, float guidance, int innerSteps, double learningRate, double epsilon) {

        public static final Settings PAPER = new Settings(50, 7.5f, 10, 1e-2, 1e-5);

        public Settings {
            if (steps < 1 || innerSteps < 0 || learningRate < 0 || epsilon < 0) {
                throw new IllegalArgumentException("steps " + steps + ", inner steps " + innerSteps + ", learning rate "
                        + learningRate + ", epsilon " + epsilon + ": steps must be 1 or more, the others 0 or more");
            }
        }
    }

    /** Told of each optimisation iteration; asked whether to stop. */
    public interface Progress {
        /** The DDIM inversion (the pivot) has done {@code done} of {@code total} steps. */
        default void pivot(int done, int total) {
        }

        /** Iteration {@code iteration} of step {@code step} (both from 0) ended with {@code loss}. */
        void iteration(int step, int iteration, double loss);

        /** Step {@code step} of {@code total} is done after {@code iterations} iterations, its final loss {@code loss}. */
        void step(int step, int total, int iterations, double loss);

        boolean cancelled();
    }

    /**
     * What the inversion found: the noisiest latents {@code x_T} of the pivot, an unconditional embedding per timestep
     * ({@code [1, T, dim]} each, the noisiest first), the pivot itself (clean latents first) and, per step, the squared
     * error between the latents the guided step reached with its embedding and the pivot's, and how many iterations
     * it took.
     */
    public record Result(NDArray noise, List<NDArray> nullTexts, List<NDArray> pivot, int[] timesteps, double[] losses,
            int[] iterations) {
    }

    private final UNet unet;
    private final NoiseSchedule schedule;
    private final boolean vPrediction;

    public NullTextInversion(UNet unet, NoiseSchedule schedule, boolean vPrediction) {
        this.unet = unet;
        this.schedule = schedule;
        this.vPrediction = vPrediction;
    }

    /**
     * Inverts clean latents {@code x0} ({@code [1, C, h, w]}) captioned by {@code cond}, starting the unconditional
     * embedding from {@code empty} (the empty prompt's); the result lives in {@code x0}'s manager.
     *
     * @throws CancellationException when {@code progress} says so
     */
    public Result invert(NDArray x0, Condition cond, Condition empty, Settings settings, Progress progress) {
        int[] timesteps = schedule.ddimTimesteps(settings.steps());
        int n = timesteps.length;
        List<NDArray> pivot = Ddim.invert(Ddim.Noise.of(unet, schedule, vPrediction, cond), schedule, x0, timesteps,
                new Sampler.Progress() {
            @Override
            public void step(int done, int total) {
                progress.pivot(done, total);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        });
        NDManager results = x0.getManager();
        List<NDArray> nullTexts = new ArrayList<>();
        double[] losses = new double[n];
        int[] iterations = new int[n];
        NDArray uncond = empty.context();
        NDArray latent = pivot.get(n);
        for (int i = 0; i < n; i++) {
            int t = timesteps[i];
            NDArray target = pivot.get(n - i - 1);
            float from = schedule.alphaCumprod(t);
            float to = Ddim.alphaAfter(schedule, timesteps, i);
            try (NDManager scope = results.newSubManager()) {
                NDArray x = latent.duplicate();
                x.attach(scope);
                NDArray epsCond = predict(scope, x, t, cond.context());
                NDArray value = uncond.duplicate();
                value.attach(scope);
                value.setRequiresGradient(true);
                List<Parameter> parameters = List.of(new Parameter("null-text", value));
                Optimizer adam = new Optimizer(Optimizer.Kind.ADAM, 0, 0.9, 0.999, scope);
                double lr = settings.learningRate() * (1 - i / (2.0 * n));
                int j = 0;
                while (j < settings.innerSteps()) {
                    if (progress.cancelled()) {
                        throw new CancellationException("cancelled");
                    }
                    double loss;
                    try (NDManager pass = scope.newSubManager();
                            GradientCollector collector = scope.getEngine().newGradientCollector()) {
                        x.tempAttach(pass); // what is made from it goes with the iteration
                        NDArray guided = guided(predict(pass, x, t, value), epsCond, settings.guidance());
                        NDArray error = Ddim.move(x, guided, from, to).sub(target);
                        NDArray mse = error.square().mean();
                        collector.backward(mse);
                        loss = mse.getFloat();
                    }
                    adam.step(parameters, lr);
                    progress.iteration(i, j, loss);
                    Optimizer.zeroGradients(parameters);
                    j++;
                    if (loss < settings.epsilon() + i * 2e-5) {
                        break;
                    }
                }
                NDArray found = value.stopGradient();
                NDArray next = Ddim.move(x, guided(predict(scope, x, t, found), epsCond, settings.guidance()), from, to);
                losses[i] = next.sub(target).square().mean().getFloat();
                iterations[i] = j;
                found.attach(results);
                next.attach(results);
                nullTexts.add(found);
                uncond = found;
                latent = next;
            }
            progress.step(i, n, iterations[i], losses[i]);
        }
        return new Result(pivot.get(n), nullTexts, pivot, timesteps, losses, iterations);
    }

    /** The model's noise prediction for latents {@code x} at {@code t} under {@code context}, in {@code scope}. */
    private NDArray predict(NDManager scope, NDArray x, int t, NDArray context) {
        NDArray out = unet.forward(x, scope.full(new Shape(1), t), context);
        out.attach(scope);
        return Ddim.noise(out, x, schedule, t, vPrediction);
    }

    /** Classifier-free guidance on the noise: {@code u + g (c - u)}. */
    static NDArray guided(NDArray uncond, NDArray cond, float guidance) {
        return uncond.add(Ops.mul(cond.sub(uncond), guidance));
    }
}
