package org.atelier.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.diffusion.unet.GradientCheckpointing;
import org.atelier.training.model.TrainingConfig;
import org.atelier.training.optim.Optimizer;
import org.atelier.training.optim.Parameter;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;

/**
 * OneTrainer's fused back pass ({@code fused_back_pass}): in the backward pass of a step's last accumulation pass,
 * each trained weight is stepped as soon as its gradient is complete, and its gradient freed, so that the gradients of
 * full-weight training take the memory of one of the UNet's blocks at a time instead of the whole model's.
 * <p>
 * OneTrainer does it in a hook PyTorch calls once a parameter's gradient is accumulated; DJL has no such hook, so it is
 * done where the gradients are known to be complete: after each segment of gradient checkpointing's backward pass
 * ({@link GradientCheckpointing.SegmentDone}), for the trained weights of that segment. The rest (the time embedding,
 * a text encoder, whatever is not in a segment) is stepped after the step's last backward pass, as without it. As in
 * OneTrainer, each weight's gradient is clipped to the maximum norm alone ({@code clip_grad_norm_} of the one tensor),
 * not all of them together, since the others' are not known yet (or no longer held); the norm reported is still that
 * of all of them before clipping. The earlier passes of a gradient accumulation add up their gradients as usual:
 * every one is held until the last pass, as OneTrainer warns, so it saves nothing there.
 * <p>
 * It needs gradient checkpointing, an optimizer that updates each weight alone (not Prodigy), one UNet pass in each
 * backward pass, and trained weights in the UNet's segments (not a LoRA's modules, not textual inversion's
 * embeddings): where one of these is missing the run is refused, naming the setting, rather than trained with a
 * setting that would not do what it says.
 */
final class FusedBackPass {

    private final String experiment;
    private final Optimizer optimizer;
    private final double maxGradNorm;
    /** The trained weights of the UNet's segments, by their arrays. */
    private final Map<NDArray, Parameter> segmentParameters = new IdentityHashMap<>();
    private final Set<Parameter> active = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Parameter> stepped = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<Parameter> order = List.of();
    private double rate;
    private double squaredNorm;

    private FusedBackPass(String experiment, Optimizer optimizer, double maxGradNorm) {
        this.experiment = experiment;
        this.optimizer = optimizer;
        this.maxGradNorm = maxGradNorm;
    }

    /**
     * Checks the configuration's part, before anything loads.
     *
     * @throws TrainingException naming what a fused back pass needs and the configuration lacks
     */
    static void check(String experiment, TrainingConfig config) {
        if (!config.isFusedBackPass()) {
            return;
        }
        if (!config.isGradientCheckpointing()) {
            throw refusal(experiment, "a fused back pass steps each of the UNet's blocks once gradient checkpointing has"
                    + " recomputed it and gone back through it; turn gradientCheckpointing on, or fusedBackPass off");
        }
        if (!Trainer.kind(config.getOptimizer()).updatesEachAlone()) {
            throw refusal(experiment, config.getOptimizer() + " estimates its step size over every weight before it updates"
                    + " any, so it cannot step one block's alone; choose another optimizer (AdamW, Adafactor...), or turn"
                    + " fusedBackPass off");
        }
    }

    private static TrainingException refusal(String experiment, String why) {
        return new TrainingException("experiment '" + experiment + "' › config › fusedBackPass: " + why);
    }

    /**
     * The fused back pass of {@code parameters}, those of them in {@code segmentWeights} stepped segment by segment.
     *
     * @throws TrainingException when none of them is in a segment: nothing would be stepped before the end
     */
    static FusedBackPass of(String experiment, Optimizer optimizer, double maxGradNorm, List<Parameter> parameters,
            Set<NDArray> segmentWeights) {
        FusedBackPass fused = new FusedBackPass(experiment, optimizer, maxGradNorm);
        for (Parameter p : parameters) {
            if (segmentWeights.contains(p.value())) {
                fused.segmentParameters.put(p.value(), p);
            }
        }
        if (fused.segmentParameters.isEmpty()) {
            throw refusal(experiment, "none of the " + parameters.size() + " trained arrays is a weight of the UNet's blocks"
                    + " (a LoRA's modules and textual inversion's embeddings are not), so no gradient would be freed before"
                    + " the end of the step; a fused back pass is for full-weight training: turn it off");
        }
        return fused;
    }

    /** How many of the trained arrays are stepped in the backward pass, segment by segment. */
    int fusedParameters() {
        return segmentParameters.size();
    }

    /**
     * The backward pass of {@code loss}, the last of a step's gradient accumulation, through {@code checkpointing}:
     * each segment's weights among {@code parameters} (those training at this step) stepped at learning rate
     * {@code rate} as soon as the segment's backward pass is done, and their gradients freed. {@link #finish} then
     * steps the others.
     *
     * @throws TrainingException when the pass recorded another number of UNet passes than one (a method whose
     *                           prediction takes two, as guidance inside the loss does)
     */
    void backward(GradientCheckpointing checkpointing, GradientCollector collector, NDArray loss, List<Parameter> parameters,
            double rate) {
        int passes = checkpointing.passes();
        if (passes != 1) {
            checkpointing.discard();
            throw refusal(experiment, "the method's prediction takes " + passes + " UNet passes, and a block's gradients"
                    + " are complete only once every pass has gone back through it; turn fusedBackPass off");
        }
        this.order = parameters;
        this.rate = rate;
        active.clear();
        active.addAll(parameters);
        stepped.clear();
        squaredNorm = 0;
        optimizer.begin(parameters);
        checkpointing.backward(collector, loss, weights -> {
            List<Parameter> ready = new ArrayList<>();
            for (NDArray w : weights) {
                Parameter p = segmentParameters.get(w);
                if (p != null && active.contains(p)) {
                    ready.add(p);
                }
            }
            step(ready);
        });
    }

    /**
     * Steps the parameters the segments did not (the time embedding, a text encoder), each clipped alone, and frees
     * their gradients too; returns the norm of all the step's gradients, before clipping.
     */
    double finish() {
        List<Parameter> rest = new ArrayList<>();
        for (Parameter p : order) {
            if (!stepped.contains(p)) {
                rest.add(p);
            }
        }
        step(rest);
        order = List.of();
        return Math.sqrt(squaredNorm);
    }

    /** Clips each one's gradient alone, updates it, frees its gradient; outside autograd, in place as they are leaves. */
    private void step(List<Parameter> ready) {
        if (ready.isEmpty()) {
            return;
        }
        boolean recording = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        try {
            for (Parameter p : ready) {
                if (!stepped.add(p)) {
                    throw new IllegalStateException(p.name() + " is in two segments: its gradient was not complete after the first");
                }
                List<Parameter> one = List.of(p);
                double norm = Optimizer.clipGradients(one, maxGradNorm);
                squaredNorm += norm * norm;
                optimizer.update(one, rate);
                free(p);
            }
        } finally {
            JniUtils.setGradMode(recording);
        }
    }

    /**
     * Drops the gradient of {@code p}'s array so that its memory returns, as PyTorch's {@code p.grad = None}; the next
     * backward pass makes a new one. DJL has no call for it: zeroing a gradient ({@link Optimizer#zeroGradients},
     * libtorch's {@code zero_}) keeps its buffer, and so does turning {@code requiresGradient} off and on
     * ({@code requires_grad_} leaves the gradient as it is). What frees it: the array takes the handle of a detached
     * view of itself ({@link NDArray#intern} of {@link NDArray#stopGradient}, a tensor of the same storage without a
     * gradient) and requires gradients again, and the old tensor, with its gradient, is deleted once nothing else holds
     * it. So no handle of the gradient may be open, and no graph the array took part in may be alive (its accumulation
     * node holds it): a segment's recomputation is freed before its weights are stepped. Measured on a 256 MB array:
     * its gradient's 256 MB of resident memory return; zeroed, or with requiresGradient toggled, none do. The Java
     * array stays the same object with the same values, so the model's layers, the optimizer and the moving average,
     * which hold it, see no difference.
     */
    static void free(Parameter p) {
        NDArray value = p.value();
        value.intern(value.stopGradient());
        value.setRequiresGradient(true);
    }
}
