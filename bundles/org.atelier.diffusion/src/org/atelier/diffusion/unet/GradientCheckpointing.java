package org.atelier.diffusion.unet;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * Gradient checkpointing of the UNet (diffusers' {@code enable_gradient_checkpointing}, kohya's
 * {@code --gradient_checkpointing}): a training pass keeps only the inputs of the UNet's residual blocks,
 * transformers and samplers instead of every activation, and recomputes each of them in the backward pass. Memory
 * then holds those inputs plus one block's activations at a time, for about one more forward pass of compute; the
 * gradients are the same. Whatever is inside the blocks (a LoRA module on their layers) is recomputed with them.
 * <p>
 * DJL has no custom autograd functions, so the backward pass is made here: {@link #forward} stands for
 * {@link UNet#forward} inside a {@link GradientCollector} and records the pass; {@link #backward} stands for
 * {@link GradientCollector#backward}: it backpropagates the loss to the predictions, then each recorded pass
 * through its blocks, newest first, and at last the gradients of the timestep embeddings, the text contexts and
 * the latents into whatever computed them (the time-embedding MLP, a text encoder that trains), in one backward pass.
 * Several passes may be recorded before one {@link #backward} (guidance inside the loss calls the UNet twice); a
 * collector may take several {@link #backward} calls (gradient accumulation), as without checkpointing: gradients
 * add up in the parameters until they are zeroed.
 */
public final class GradientCheckpointing {

    private final List<Tape> tapes = new ArrayList<>();

    /**
     * The prediction of {@link UNet#forward(NDArray, NDArray, NDArray, NDArray)}, computed keeping only the blocks'
     * inputs; call inside the collector that {@link #backward} will be given.
     */
    public NDArray forward(UNet unet, NDArray x, NDArray t, NDArray context, NDArray y) {
        Tape tape = new Tape(unet, x, t, context, y);
        tapes.add(tape);
        return tape.output();
    }

    /**
     * {@code collector.backward(loss)}, with the UNet passes recorded since the last call backpropagated too; what
     * they kept is freed after.
     */
    public void backward(GradientCollector collector, NDArray loss) {
        try {
            collector.backward(loss);
            NDArray roots = null;
            for (int i = tapes.size() - 1; i >= 0; i--) {
                Tape tape = tapes.get(i);
                tape.backward(collector);
                NDArray term = tape.rootTerm();
                roots = roots == null ? term : roots.add(term);
            }
            if (roots != null) {
                // Where no root has a graph (nothing before the UNet trains) the sum has none either, and a backward
                // pass of it would fail: a zero that requires a gradient gives it one. One pass for all the roots:
                // the passes' contexts may share a text encoder's graph, which a backward pass frees.
                NDArray anchor = roots.getManager().zeros(new Shape());
                anchor.setRequiresGradient(true);
                collector.backward(roots.add(anchor));
            }
        } finally {
            discard();
        }
    }

    /** Frees what the passes recorded since the last {@link #backward} kept, without their backward pass. */
    public void discard() {
        tapes.forEach(Tape::close);
        tapes.clear();
    }
}
