package org.atelier.diffusion.unet;

import java.util.List;

import org.atelier.diffusion.nn.Ops;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * How a UNet pass runs its segments: each at once, freeing what it made on the way ({@link #PLAIN}), or keeping only
 * its inputs for a backward pass that recomputes it ({@link Tape}, gradient checkpointing).
 */
interface Runner {

    /**
     * One step of a pass through the blocks, a function of its inputs, the timestep embedding and the text context:
     * a part of a block, or (first in an output block) the joining of the state with its skip connection and the
     * part after it.
     */
    interface Segment {
        NDArray forward(NDList inputs, NDArray emb, NDArray context);

        /**
         * The UNet's weights it computes with (those of its layers, not an adapter's on them), each used by this
         * segment alone: once its backward pass is done their gradients are complete.
         */
        default List<NDArray> weights() {
            return List.of();
        }
    }

    /** Runs {@code segment} on {@code inputs} (the first, the state; an output block's first, its skip too). */
    NDArray run(Segment segment, NDArray emb, NDArray context, NDArray... inputs);

    /** Each segment in a memory scope of its own: what it makes on the way is freed as soon as it returns. */
    Runner PLAIN = (segment, emb, context, inputs) -> {
        NDArray[] also = new NDArray[inputs.length + 1];
        also[0] = emb;
        also[1] = context;
        System.arraycopy(inputs, 1, also, 2, inputs.length - 1);
        return Ops.scoped(inputs[0], first -> {
            NDArray[] all = inputs.clone();
            all[0] = first;
            return segment.forward(new NDList(all), emb, context);
        }, also);
    };
}
