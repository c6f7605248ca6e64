package org.atelier.methods.nulltext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.nn.Ops;
import org.atelier.diffusion.sample.Ddim;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.diffusion.schedule.NoiseSchedule;
import org.atelier.diffusion.unet.UNet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Regenerates an inverted image with edited captions, as the null-text notebook edits with prompt-to-prompt: the
 * source caption and its edits run as one batch from the inversion's {@code x_T} along its DDIM timesteps, each step
 * guided with that step's optimised null text, the source's attention maps given to the edits by an
 * {@link AttentionEdit} (none: plain regeneration). The source's row is the inversion's reconstruction.
 */
public final class PromptToPrompt {

    /** How much of the steps the maps are replaced for: cross-attention and self-attention, each 0 to 1. */
    public record Replace(double cross, double self) {

        /** The null-text notebook's edit: cross-attention for 80 % of the steps, self-attention for 40 %. */
        public static final Replace DEFAULT = new Replace(0.8, 0.4);

        public Replace {
            if (!(cross >= 0 && cross <= 1 && self >= 0 && self <= 1)) {
                throw new IllegalArgumentException("cross-replace " + cross + ", self-replace " + self + ": each is 0 to 1");
            }
        }
    }

    private PromptToPrompt() {
    }

    /**
     * The latents ({@code [1 + edits, C, h, w]}, the source's first) of the inversion regenerated with the source
     * caption and the edits, in {@code scope}; {@code maps} null regenerates the edits without attention control.
     */
    public static NDArray regenerate(StableDiffusion sd, NDManager scope, InversionFile inversion, List<String> edits,
            List<EditMap> maps, Replace replace, Sampler.Progress progress) {
        List<NDArray> conds = new ArrayList<>();
        conds.add(context(sd, scope, inversion.caption()));
        for (String edit : edits) {
            conds.add(context(sd, scope, edit));
        }
        return regenerate(sd.unet(), sd.schedule(), sd.vPrediction(), scope, inversion, NDArrays.concat(new NDList(conds), 0),
                maps, replace, progress);
    }

    /**
     * As {@link #regenerate(StableDiffusion, NDManager, InversionFile, List, List, Replace, Sampler.Progress)}, the
     * captions given as their conditioning, {@code [1 + edits, T, dim]}, the source's first.
     */
    public static NDArray regenerate(UNet unet, NoiseSchedule schedule, boolean vPrediction, NDManager scope,
            InversionFile inversion, NDArray cond, List<EditMap> maps, Replace replace, Sampler.Progress progress) {
        int[] timesteps = inversion.timesteps();
        int n = timesteps.length;
        int rows = (int) cond.getShape().get(0);
        NDArray x = inversion.noise().repeat(0, rows);
        x.attach(scope);
        AttentionEdit control = maps == null || maps.isEmpty() ? null
                : new AttentionEdit(scope, maps, (int) (replace.cross() * n), (int) (replace.self() * n));
        unet.setAttentionControl(control);
        try {
            for (int i = 0; i < n; i++) {
                if (progress.cancelled()) {
                    throw new CancellationException("cancelled");
                }
                if (control != null) {
                    control.step(i);
                }
                int t = timesteps[i];
                NDArray uncond;
                try (NDArray nullText = inversion.nullText(i)) {
                    uncond = nullText.repeat(0, rows);
                }
                uncond.attach(scope);
                NDArray context = uncond.concat(cond, 0);
                NDArray previous = x;
                float from = schedule.alphaCumprod(t);
                float to = Ddim.alphaAfter(schedule, timesteps, i);
                x = Ops.scoped(x, in -> {
                    NDArray both = in.concat(in, 0);
                    NDArray out = unet.forward(both, in.getManager().full(new Shape(2L * rows), t), context);
                    NDList halves = Ddim.noise(out, both, schedule, t, vPrediction).split(2, 0);
                    NDArray guided = NullTextInversion.guided(halves.get(0), halves.get(1), inversion.guidance());
                    return Ddim.move(in, guided, from, to);
                }, context);
                context.close();
                uncond.close();
                previous.close();
                progress.step(i + 1, n);
            }
        } finally {
            unet.setAttentionControl(null);
        }
        return x;
    }

    /**
     * A caption's conditioning, one chunk (the null texts are one chunk long).
     *
     * @throws IllegalArgumentException when it is longer
     */
    static NDArray context(StableDiffusion sd, NDManager scope, String caption) {
        NDArray context = sd.condition(scope, caption, 1, 0, 0).context();
        if (context.getShape().get(1) != EditMap.LENGTH) {
            context.close();
            throw new IllegalArgumentException("'" + caption + "' is longer than one chunk of 75 tokens, which the null "
                    + "texts are");
        }
        return context;
    }
}
