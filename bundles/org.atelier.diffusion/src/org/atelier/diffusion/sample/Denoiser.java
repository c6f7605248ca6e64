package org.atelier.diffusion.sample;

import org.atelier.diffusion.schedule.NoiseSchedule;
import org.atelier.diffusion.unet.UNet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;

/**
 * The UNet seen as a denoiser of noise level sigma, with classifier-free guidance, as k-diffusion's CompVis
 * denoisers wrap it: the input scaled by {@code 1 / sqrt(sigma² + 1)}, the timestep that sigma stands for, and the
 * prediction turned into the clean latents (from noise: {@code x - sigma·eps}; from v:
 * {@code x / (sigma² + 1) - v·sigma / sqrt(sigma² + 1)}). The conditional and unconditional halves run as one
 * batch; the guidance is applied to the denoised latents: {@code u + (c - u)·cfg}.
 */
public final class Denoiser {

    private final UNet unet;
    private final NoiseSchedule schedule;
    private final boolean vPrediction;
    /** The conditional and unconditional contexts as one batch, made once for every step. */
    private final NDArray context;
    /** SDXL's vectors likewise; null for other models. */
    private final NDArray vector;
    private final float cfg;

    public Denoiser(UNet unet, NoiseSchedule schedule, boolean vPrediction, Condition cond, Condition uncond, float cfg) {
        this.unet = unet;
        this.schedule = schedule;
        this.vPrediction = vPrediction;
        this.context = NDArrays.concat(new NDList(cond.context(), uncond.context()), 0);
        this.vector = cond.vector() == null ? null : NDArrays.concat(new NDList(cond.vector(), uncond.vector()), 0);
        this.cfg = cfg;
    }

    public NoiseSchedule schedule() {
        return schedule;
    }

    /** The clean latents the model sees in {@code x} at noise level {@code sigma}, guided. */
    public NDArray denoise(NDArray x, float sigma) {
        NDArray out = bothHalves(x.mul((float) (1 / Math.sqrt(sigma * sigma + 1))), (float) schedule.timestep(sigma));
        NDArray doubled = NDArrays.concat(new NDList(x, x), 0);
        NDArray denoised;
        if (vPrediction) {
            denoised = doubled.mul(1 / (sigma * sigma + 1)).sub(out.mul((float) (sigma / Math.sqrt(sigma * sigma + 1))));
        } else {
            denoised = doubled.sub(out.mul(sigma));
        }
        return guide(denoised);
    }

    /**
     * The guided noise prediction at an integer timestep, for DDIM: the UNet's output on unscaled latents, the
     * guidance on the noise ({@code u + (c - u)·cfg}); a v prediction is turned into noise first.
     */
    public NDArray noise(NDArray x, int t) {
        NDArray out = bothHalves(x, t);
        return guide(vPrediction ? Ddim.noise(out, NDArrays.concat(new NDList(x, x), 0), schedule, t, true) : out);
    }

    /** The UNet on {@code input} twice in one batch, with the conditional and the unconditional context. */
    private NDArray bothHalves(NDArray input, float t) {
        NDArray both = NDArrays.concat(new NDList(input, input), 0);
        NDArray timesteps = input.getManager().full(new ai.djl.ndarray.types.Shape(both.getShape().get(0)), t);
        return unet.forward(both, timesteps, context, vector);
    }

    /** Classifier-free guidance on a batch of [conditional; unconditional]: {@code u + (c - u)·cfg}. */
    private NDArray guide(NDArray pair) {
        NDList halves = pair.split(2, 0);
        NDArray c = halves.get(0);
        NDArray u = halves.get(1);
        return u.add(c.sub(u).mul(cfg));
    }
}
