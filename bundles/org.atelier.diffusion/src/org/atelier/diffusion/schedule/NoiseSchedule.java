package org.atelier.diffusion.schedule;

import java.util.Arrays;

/**
 * Stable Diffusion's noise schedule and the timesteps and noise levels of its samplers, as the reference computes
 * them: betas {@code linspace(sqrt(0.00085), sqrt(0.012), 1000)²} in float64, {@code alphas_cumprod} their
 * cumulative product of {@code 1 - beta} kept in float32; noise levels (k-diffusion's sigmas)
 * {@code sqrt((1 - ᾱ) / ᾱ)} in float32, interpolated log-linearly between integer timesteps.
 */
public final class NoiseSchedule {

    private final double[] betas;
    private final float[] alphasCumprod;
    private final float[] sigmas;
    private final float[] logSigmas;

    private NoiseSchedule(double[] betas) {
        this.betas = betas;
        int n = betas.length;
        alphasCumprod = new float[n];
        sigmas = new float[n];
        logSigmas = new float[n];
        double product = 1;
        for (int i = 0; i < n; i++) {
            product *= 1 - betas[i];
            alphasCumprod[i] = (float) product;
            float ac = alphasCumprod[i];
            sigmas[i] = (float) Math.sqrt((1f - ac) / ac);
            logSigmas[i] = (float) Math.log(sigmas[i]);
        }
    }

    /** The "scaled linear" schedule of Stable Diffusion 1.x, 2.x and XL: 1000 steps from 0.00085 to 0.012. */
    public static NoiseSchedule stableDiffusion() {
        return scaledLinear(1000, 0.00085, 0.012);
    }

    /** Betas evenly spaced in their square roots from {@code start} to {@code end}, squared. */
    public static NoiseSchedule scaledLinear(int steps, double start, double end) {
        double[] betas = new double[steps];
        double a = Math.sqrt(start);
        double b = Math.sqrt(end);
        for (int i = 0; i < steps; i++) {
            double root = steps == 1 ? a : a + (b - a) * i / (steps - 1);
            betas[i] = root * root;
        }
        return new NoiseSchedule(betas);
    }

    public int steps() {
        return betas.length;
    }

    public double beta(int t) {
        return betas[t];
    }

    /** ᾱ at timestep {@code t}: how much of the clean signal is left. */
    public float alphaCumprod(int t) {
        return alphasCumprod[t];
    }

    /** Signal-to-noise ratio at {@code t}: {@code ᾱ / (1 - ᾱ)} (min-SNR weighting). */
    public double snr(int t) {
        return alphasCumprod[t] / (1.0 - alphasCumprod[t]);
    }

    /** The noise level at a timestep, fractional ones interpolated log-linearly (k-diffusion's t_to_sigma). */
    public float sigma(double t) {
        int low = (int) Math.floor(t);
        int high = (int) Math.ceil(t);
        float w = (float) (t - low);
        return (float) Math.exp((1 - w) * logSigmas[low] + w * logSigmas[high]);
    }

    /** The timestep of a noise level, fractional (k-diffusion's sigma_to_t). */
    public double timestep(double sigma) {
        float logSigma = (float) Math.log(sigma);
        int low = 0;
        for (int i = 0; i < logSigmas.length; i++) {
            if (logSigma - logSigmas[i] >= 0) {
                low = i;
            }
        }
        low = Math.min(low, logSigmas.length - 2);
        float lo = logSigmas[low];
        float hi = logSigmas[low + 1];
        float w = Math.max(0, Math.min(1, (lo - logSigma) / (lo - hi)));
        return (1 - w) * low + w * (low + 1);
    }

    public float sigmaMin() {
        return sigmas[0];
    }

    public float sigmaMax() {
        return sigmas[sigmas.length - 1];
    }

    /**
     * The noise levels of an {@code n}-step k-diffusion sampler (AUTOMATIC1111's Euler, Euler a, DPM++ 2M):
     * timesteps {@code linspace(999, 0, n)}, their sigmas, then 0.
     */
    public float[] samplerSigmas(int n) {
        float[] out = new float[n + 1];
        double max = steps() - 1;
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? max : max - max * i / (n - 1);
            out[i] = sigma(t);
        }
        return out;
    }

    /** Karras et al.'s noise levels (DPM++ 2M Karras): evenly spaced in {@code sigma^(1/7)}, then 0. */
    public float[] karrasSigmas(int n) {
        double rho = 7;
        double minInv = Math.pow(sigmaMin(), 1 / rho);
        double maxInv = Math.pow(sigmaMax(), 1 / rho);
        float[] out = new float[n + 1];
        for (int i = 0; i < n; i++) {
            double ramp = n == 1 ? 0 : i / (double) (n - 1);
            out[i] = (float) Math.pow(maxInv + ramp * (minInv - maxInv), rho);
        }
        return out;
    }

    /**
     * The timesteps of an {@code n}-step DDIM sampler as CompVis' {@code make_ddim_timesteps} ("uniform") takes them,
     * and so AUTOMATIC1111: {@code range(0, 1000, 1000 // n) + 1}, from the highest down, the highest kept within the
     * schedule (999) as AUTOMATIC1111 clips it. Where {@code n} does not divide 1000 that is more timesteps than
     * {@code n}, {@code ceil(1000 / (1000 // n))} (12 steps: 13, 997, 914, ..., 1), and an image of the same seed
     * matches theirs only so.
     */
    public int[] ddimTimesteps(int n) {
        int stride = Math.max(1, steps() / n);
        int count = (steps() + stride - 1) / stride;
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = Math.min(steps() - 1, (count - 1 - i) * stride + 1);
        }
        return out;
    }

    @Override
    public String toString() {
        return "NoiseSchedule" + Arrays.toString(new double[] { betas[0], betas[betas.length - 1] }) + " over " + steps();
    }
}
