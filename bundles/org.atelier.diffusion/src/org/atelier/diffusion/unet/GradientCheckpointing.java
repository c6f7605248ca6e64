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
 * <p>
 * With one pass recorded, a segment's weights have their whole gradient as soon as its backward pass is done (no
 * other segment uses them, and the segments before it in the pass come after it in the backward pass): a fused back
 * pass steps them then and frees their gradients ({@link #backward(GradientCollector, NDArray, SegmentDone)}), so
 * that one segment's gradients at a time are held instead of the whole UNet's. DJL has no hook on a parameter's
 * gradient, as PyTorch's {@code register_post_accumulate_grad_hook}; the segments of the recomputation are the places
 * where gradients are known to be complete.
 */
public final class GradientCheckpointing {

    /** Told of a segment's weights once its backward pass is done and its graph freed. */
    @FunctionalInterface
    public interface SegmentDone {
        /** @param weights the UNet's weights the segment computes with: their gradients are complete */
        void done(List<NDArray> weights);
    }

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
        backward(collector, loss, null);
    }

    /**
     * As {@link #backward(GradientCollector, NDArray)}, telling {@code done} (may be null) of each segment's weights
     * once their gradients are complete: after each segment's backward pass, the last segment first. The gradients of
     * the weights before the blocks (the time embedding) and of a text encoder come after, in the last backward pass.
     *
     * @throws IllegalStateException with {@code done} given and another number of UNet passes than one recorded: the
     *                               gradients of a pass's segments are complete only once every pass is done
     */
    public void backward(GradientCollector collector, NDArray loss, SegmentDone done) {
        if (done != null && tapes.size() != 1) {
            int passes = tapes.size();
            discard();
            throw new IllegalStateException("the segments' gradients are complete after their backward pass only with one"
                    + " UNet pass recorded; there are " + passes);
        }
        try {
            collector.backward(loss);
            NDArray roots = null;
            for (int i = tapes.size() - 1; i >= 0; i--) {
                Tape tape = tapes.get(i);
                tape.backward(collector, done);
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

    /** The UNet passes recorded since the last {@link #backward}. */
    public int passes() {
        return tapes.size();
    }

    /** Frees what the passes recorded since the last {@link #backward} kept, without their backward pass. */
    public void discard() {
        tapes.forEach(Tape::close);
        tapes.clear();
    }
}
