package org.atelier.diffusion.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.atelier.diffusion.nn.Ops;
import org.atelier.diffusion.schedule.NoiseSchedule;
import org.atelier.diffusion.unet.UNet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * DDIM (eta 0) as CompVis and diffusers step it, both ways: a step moves latents from the noise level of one ᾱ to
 * another's, through the clean latents the predicted noise implies, {@code x0 = (x - sqrt(1 - ᾱ) eps) / sqrt(ᾱ)},
 * {@code x' = sqrt(ᾱ') x0 + sqrt(1 - ᾱ') eps}. Sampling walks the timesteps down to ᾱ of timestep 0; inversion walks
 * them up from there, giving the UNet the timestep it steps to with the latents it leaves (the null-text inversion
 * notebook's {@code next_step}, diffusers' {@code DDIMInverseScheduler}). Scalars go through {@link Ops} so that
 * gradients may pass.
 */
public final class Ddim {

    private Ddim() {
    }

    /** ᾱ of the timestep after step {@code i} of {@code timesteps} (highest first): the next one's, or timestep 0's. */
    public static float alphaAfter(NoiseSchedule schedule, int[] timesteps, int i) {
        return schedule.alphaCumprod(i + 1 < timesteps.length ? timesteps[i + 1] : 0);
    }

    /** Latents {@code x} at ᾱ {@code from}, with noise {@code eps} predicted in them, moved to ᾱ {@code to}. */
    public static NDArray move(NDArray x, NDArray eps, float from, float to) {
        NDArray x0 = Ops.div(x.sub(Ops.mul(eps, (float) Math.sqrt(1 - from))), (float) Math.sqrt(from));
        return Ops.mul(x0, (float) Math.sqrt(to)).add(Ops.mul(eps, (float) Math.sqrt(1 - to)));
    }

    /** The noise a model's output at timestep {@code t} stands for: itself, or {@code sqrt(ᾱ) v + sqrt(1 - ᾱ) x}. */
    public static NDArray noise(NDArray output, NDArray x, NoiseSchedule schedule, int t, boolean vPrediction) {
        if (!vPrediction) {
            return output;
        }
        float a = schedule.alphaCumprod(t);
        return Ops.mul(output, (float) Math.sqrt(a)).add(Ops.mul(x, (float) Math.sqrt(1 - a)));
    }

    /** A noise prediction: the noise the model sees in latents {@code x} at timestep {@code t}. */
    @FunctionalInterface
    public interface Noise {
        NDArray at(NDArray x, int t);

        /** The UNet's under {@code cond}, without guidance, a v prediction turned into noise. */
        static Noise of(UNet unet, NoiseSchedule schedule, boolean vPrediction, Condition cond) {
            return (x, t) -> noise(unet.forward(x, x.getManager().full(new Shape(x.getShape().get(0)), t), cond.context(),
                    cond.vector()), x, schedule, t, vPrediction);
        }
    }

    /**
     * DDIM inversion of clean latents {@code x0} along {@code timesteps} (as the sampler takes them, highest first)
     * walked from the lowest, the noise predicted by {@code noise}.
     *
     * @return the latents at every level: {@code x0} first, then one per timestep, the noisiest last
     */
    public static List<NDArray> invert(Noise noise, NoiseSchedule schedule, NDArray x0, int[] timesteps,
            Sampler.Progress progress) {
        List<NDArray> path = new ArrayList<>(List.of(x0));
        NDArray x = x0;
        for (int i = timesteps.length - 1; i >= 0; i--) {
            if (progress.cancelled()) {
                throw new CancellationException("cancelled");
            }
            int t = timesteps[i];
            float from = alphaAfter(schedule, timesteps, i);
            x = Ops.scoped(x, in -> move(in, noise.at(in, t), from, schedule.alphaCumprod(t)));
            path.add(x);
            progress.step(timesteps.length - i, timesteps.length);
        }
        return path;
    }

}
