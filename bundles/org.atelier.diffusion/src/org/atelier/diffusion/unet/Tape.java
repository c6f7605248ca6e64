package org.atelier.diffusion.unet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;

/**
 * One UNet pass with gradient checkpointing: its segments run without recording a graph, keeping only each one's
 * inputs; its backward pass re-runs them newest first, each under the gradient collector with its inputs requiring
 * gradients, and backpropagates {@code sum(output · upstream gradient)}, which adds the segment's gradients to its
 * parameters and gives the gradients of its inputs to pass on (a skip connection's add up with the next block's).
 * <p>
 * The timestep embedding and the text context feed every segment as leaves of their own, so that their gradients
 * gather there over the whole backward pass; {@link #rootTerm} then carries them, with the latents', into the
 * graphs they came from (the time-embedding MLP, the text encoder) in one more backward pass, which
 * {@link GradientCheckpointing} makes for all the passes of a step at once.
 * <p>
 * Segments that draw random numbers (a LoRA module's dropout) draw the same when re-run: each runs after the
 * engine's generator is seeded from a number the pass drew at its start and the segment's index.
 */
final class Tape implements Runner, AutoCloseable {

    private record Step(Runner.Segment segment, int[] inputs, int output, int seed) {
    }

    /** The kept inputs, the leaves and every gradient of the pass; closed with the tape. */
    private final NDManager manager;
    private final Engine engine;
    private final int seed;
    /** The arrays between segments (the latents first), by node; null once no longer needed. */
    private final List<NDArray> values = new ArrayList<>();
    private final Map<NDArray, Integer> nodes = new IdentityHashMap<>();
    private final List<Step> steps = new ArrayList<>();
    private final NDArray latents;
    private final NDArray embeddingRoot;
    private final NDArray embedding;
    private final NDArray contextRoot;
    private final NDArray context;
    private final NDArray output;
    private NDArray latentsGradient;

    /**
     * Runs the UNet on {@code x} at timesteps {@code t} given {@code context} (and SDXL's {@code y}), keeping what its
     * backward pass needs; the prediction is a leaf of the caller's graph, in {@code x}'s manager, whose gradient
     * {@link #backward} takes up.
     */
    Tape(UNet unet, NDArray x, NDArray t, NDArray context, NDArray y) {
        unet.checkVector(y);
        latents = x;
        contextRoot = context;
        manager = x.getManager().newSubManager();
        engine = manager.getEngine();
        try {
            try (NDArray drawn = manager.randomInteger(0, Integer.MAX_VALUE, new Shape(), DataType.INT32)) {
                seed = drawn.getInt();
            }
            // the embedding keeps its graph (one vector per latent): its gradient goes back through it at the end
            try (NDManager scope = manager.newSubManager()) {
                attach(scope, t, y);
                NDArray e = unet.embedding(t, y);
                e.attach(manager);
                embeddingRoot = e;
            }
            embedding = leaf(embeddingRoot);
            this.context = leaf(context);
            NDArray input = leaf(x);
            node(input);
            boolean recording = JniUtils.isGradMode();
            JniUtils.setGradMode(false);
            NDArray out;
            try {
                out = unet.blocks(input, embedding, this.context, this);
            } finally {
                JniUtils.setGradMode(recording);
            }
            // the generator left seeded from the pass's own number: what the caller draws next is determined still
            engine.setRandomSeed(seed + steps.size());
            values.set(nodes.remove(out), null);
            out.attach(x.getManager());
            out.setRequiresGradient(true);
            output = out;
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** The prediction, as {@link UNet#forward} gives it. */
    NDArray output() {
        return output;
    }

    /**
     * A detached copy of {@code root} in the tape's manager, requiring gradients. Whether {@code root} has a graph
     * cannot be asked of DJL ({@code hasGradient} answers for leaves only), so every root's gradient is gathered:
     * cheap beside the blocks' (the embedding's is a vector per latent; the context's, the text's keys and values).
     */
    private NDArray leaf(NDArray root) {
        NDArray leaf = root.stopGradient();
        leaf.attach(manager);
        leaf.setRequiresGradient(true);
        return leaf;
    }

    private int node(NDArray value) {
        values.add(value);
        nodes.put(value, values.size() - 1);
        return values.size() - 1;
    }

    /** Runs a segment with no graph recorded: only its output stays, as the next segments' input. */
    @Override
    public NDArray run(Runner.Segment segment, NDArray emb, NDArray context, NDArray... inputs) {
        int[] ids = new int[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            Integer id = nodes.get(inputs[i]);
            if (id == null) {
                throw new IllegalStateException("a segment's input is no earlier segment's output");
            }
            ids[i] = id;
        }
        int stepSeed = seed + steps.size();
        engine.setRandomSeed(stepSeed);
        NDArray out;
        try (NDManager scope = manager.newSubManager()) {
            attach(scope, inputs);
            attach(scope, emb, context);
            out = segment.forward(new NDList(inputs), emb, context);
            out.attach(manager);
        }
        steps.add(new Step(segment, ids, node(out), stepSeed));
        return out;
    }

    /**
     * The backward pass of the segments, once the caller's backward pass has given the prediction its gradient: each
     * segment's parameters get their gradients, and the embedding's, the context's and the latents' gather for
     * {@link #rootTerm}. Each segment's kept input is freed once the segments that read it are done. {@code done}
     * (may be null) is told each segment's weights after its backward pass, when nothing of its graph is left.
     */
    void backward(GradientCollector collector, GradientCheckpointing.SegmentDone done) {
        NDArray[] gradients = new NDArray[values.size()];
        NDArray upstream = output.getGradient();
        upstream.attach(manager);
        gradients[values.size() - 1] = upstream;
        for (int s = steps.size() - 1; s >= 0; s--) {
            Step step = steps.get(s);
            NDArray gradient = gradients[step.output()];
            gradients[step.output()] = null;
            if (gradient != null) {
                recompute(step, gradient, gradients, collector);
            }
            if (done != null) {
                done.done(step.segment().weights());
            }
            NDArray value = values.get(step.output());
            if (value != null) {
                value.close();
                values.set(step.output(), null);
            }
        }
        latentsGradient = gradients[0];
    }

    private void recompute(Step step, NDArray upstream, NDArray[] gradients, GradientCollector collector) {
        try (NDManager scope = manager.newSubManager()) {
            upstream.attach(scope);
            NDArray[] inputs = new NDArray[step.inputs().length];
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = values.get(step.inputs()[i]).stopGradient();
                inputs[i].attach(scope);
                inputs[i].setRequiresGradient(true);
            }
            attach(scope, embedding, context);
            engine.setRandomSeed(step.seed());
            NDArray out = step.segment().forward(new NDList(inputs), embedding, context);
            collector.backward(out.mul(upstream).sum());
            for (int i = 0; i < inputs.length; i++) {
                int id = step.inputs()[i];
                NDArray gradient = inputs[i].getGradient();
                gradient.attach(manager);
                if (gradients[id] == null) {
                    gradients[id] = gradient;
                } else {
                    gradients[id].addi(gradient);
                    gradient.close();
                }
            }
        }
    }

    /**
     * {@code Σ sum(root · gradient)} over the embedding, the context and the latents, with the gradients
     * {@link #backward} gathered: its backward pass carries those gradients into the graphs the roots came from,
     * where they have one. In the tape's manager.
     */
    NDArray rootTerm() {
        // the gradients first: the products belong to their manager, the tape's, and are freed with it
        return embedding.getGradient().mul(embeddingRoot).sum().add(context.getGradient().mul(contextRoot).sum())
                .add(latentsGradient.mul(latents).sum());
    }

    /** Moves the arrays not yet there into {@code scope} until it closes (an operation's result joins its first operand's manager). */
    private static void attach(NDManager scope, NDArray... arrays) {
        Set<NDArray> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (NDArray a : arrays) {
            if (a != null && a.getManager() != scope && done.add(a)) {
                a.tempAttach(scope);
            }
        }
    }

    /** Frees everything the pass kept (the prediction stays with the caller). */
    @Override
    public void close() {
        manager.close();
    }
}
