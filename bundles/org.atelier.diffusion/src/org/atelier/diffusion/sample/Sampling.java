package org.atelier.diffusion.sample;

import java.util.concurrent.CancellationException;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * The samplers computed as k-diffusion (Euler, Euler a, DPM++ 2M with and without Karras noise levels) and CompVis
 * (DDIM, eta 0) compute them.
 */
public final class Sampling {

    private Sampling() {
    }

    /** The noise levels of {@code steps} steps (the last 0), for the k-diffusion samplers. */
    public static float[] sigmas(Sampler sampler, Denoiser denoiser, int steps) {
        return sampler == Sampler.DPMPP_2M_KARRAS ? denoiser.schedule().karrasSigmas(steps) : denoiser.schedule().samplerSigmas(steps);
    }

    /**
     * Denoises {@code x}, noisy at {@code sigmas[0]} (for DDIM: unscaled noise at the first of {@code timesteps}),
     * along the given noise levels; ancestral noise is drawn from {@code manager}'s generator.
     */
    public static NDArray sample(Sampler sampler, Denoiser denoiser, NDArray x, float[] sigmas, int[] timesteps, NDManager manager,
            Sampler.Progress progress) {
        int steps = sampler == Sampler.DDIM ? timesteps.length : sigmas.length - 1;
        NDArray oldDenoised = null;
        for (int i = 0; i < steps; i++) {
            if (progress.cancelled()) {
                throw new CancellationException("cancelled");
            }
            if (sampler == Sampler.DDIM) {
                x = ddimStep(denoiser, x, timesteps, i);
            } else {
                float sigma = sigmas[i];
                float next = sigmas[i + 1];
                NDArray denoised = denoiser.denoise(x, sigma);
                switch (sampler) {
                case EULER -> x = x.add(x.sub(denoised).div(sigma).mul(next - sigma));
                case EULER_ANCESTRAL -> {
                    double up = Math.min(next, Math.sqrt(next * next * (sigma * sigma - next * next) / (sigma * sigma)));
                    double down = Math.sqrt(next * next - up * up);
                    x = x.add(x.sub(denoised).div(sigma).mul((float) (down - sigma)));
                    if (next > 0) {
                        x = x.add(manager.randomNormal(x.getShape()).mul((float) up));
                    }
                }
                case DPMPP_2M, DPMPP_2M_KARRAS -> {
                    double t = -Math.log(sigma);
                    double tNext = next == 0 ? Double.POSITIVE_INFINITY : -Math.log(next);
                    double h = tNext - t;
                    NDArray d = denoised;
                    if (oldDenoised != null && next > 0) {
                        double hLast = t + Math.log(sigmas[i - 1]);
                        double r = hLast / h;
                        d = denoised.mul((float) (1 + 1 / (2 * r))).sub(oldDenoised.mul((float) (1 / (2 * r))));
                    }
                    // x = (sigma_next / sigma) x - expm1(-h) d; with sigma_next = 0 that is d
                    x = next == 0 ? d : x.mul(next / sigma).sub(d.mul((float) Math.expm1(-h)));
                    oldDenoised = denoised;
                }
                default -> throw new IllegalStateException(sampler.toString());
                }
            }
            progress.step(i + 1, steps);
        }
        return x;
    }

    /** One DDIM step (eta 0): to the next timestep's ᾱ, the last to timestep 0's as CompVis' DDIM does. */
    private static NDArray ddimStep(Denoiser denoiser, NDArray x, int[] timesteps, int i) {
        int t = timesteps[i];
        return Ddim.move(x, denoiser.noise(x, t), denoiser.schedule().alphaCumprod(t),
                Ddim.alphaAfter(denoiser.schedule(), timesteps, i));
    }
}
