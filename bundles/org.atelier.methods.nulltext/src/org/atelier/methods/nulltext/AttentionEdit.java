package org.atelier.methods.nulltext;

import java.util.List;

import org.atelier.diffusion.unet.AttentionControl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Prompt-to-prompt's attention control of a batch that runs the source caption and its edits together, the
 * unconditional rows first, then the conditional ones (source first); only the conditional rows are controlled, as
 * in prompt-to-prompt. For the first {@code crossSteps} steps each edit's cross-attention maps are the source's
 * through its {@link EditMap} (blended with its own where it adds tokens, scaled where it re-weights); for the first
 * {@code selfSteps} steps its self-attention maps are the source's, in layers of 32x32 positions or fewer.
 */
final class AttentionEdit implements AttentionControl {

    /** prompt-to-prompt's limit: self-attention is replaced where the layer has at most this many positions. */
    static final long SELF_POSITIONS = 32 * 32;

    private final int edits;
    private final NDArray mappers;
    private final NDArray kept;
    private final NDArray own;
    private final NDArray weights;
    private final int crossSteps;
    private final int selfSteps;
    private int step;

    /** The maps of {@code maps} (one per edit) made in {@code manager}; replacing for so many of the first steps. */
    AttentionEdit(NDManager manager, List<EditMap> maps, int crossSteps, int selfSteps) {
        this.edits = maps.size();
        int n = EditMap.LENGTH;
        float[] m = new float[edits * n * n];
        float[] k = new float[edits * n];
        float[] w = new float[edits * n];
        for (int e = 0; e < edits; e++) {
            EditMap map = maps.get(e);
            for (int s = 0; s < n; s++) {
                System.arraycopy(map.mapper()[s], 0, m, (e * n + s) * n, n);
            }
            System.arraycopy(map.kept(), 0, k, e * n, n);
            System.arraycopy(map.weights(), 0, w, e * n, n);
        }
        this.mappers = manager.create(m, new Shape(edits, 1, n, n));
        this.kept = manager.create(k, new Shape(edits, 1, 1, n));
        this.own = kept.neg().add(1f);
        this.weights = manager.create(w, new Shape(edits, 1, 1, n));
        this.crossSteps = crossSteps;
        this.selfSteps = selfSteps;
    }

    /** The sampling step the passes that follow belong to, from 0. */
    void step(int step) {
        this.step = step;
    }

    @Override
    public boolean controls(boolean cross, long positions) {
        return edits > 0 && (cross ? step < crossSteps : step < selfSteps && positions <= SELF_POSITIONS);
    }

    @Override
    public NDArray control(NDArray attention, boolean cross, int heads) {
        Shape shape = attention.getShape();
        long positions = shape.get(1);
        if (!controls(cross, positions)) {
            return attention;
        }
        int rows = edits + 1;
        NDArray all = attention.reshape(2L * rows, heads, positions, shape.get(2));
        NDArray base = all.get(rows).expandDims(0);
        NDArray edited;
        if (cross) {
            NDArray taken = base.matMul(mappers);
            edited = taken.mul(kept).add(all.get(rows + 1 + ":").mul(own)).mul(weights);
        } else {
            edited = base.repeat(0, edits);
        }
        return NDArrays.concat(new NDList(all.get(":" + (rows + 1)), edited), 0).reshape(shape);
    }
}
