package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.diffusion.sample.Condition;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.diffusion.unet.GradientCheckpointing;
import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.atelier.training.optim.Adafactor;
import org.atelier.training.optim.Optimizer;
import org.atelier.training.optim.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;

/**
 * A fused back pass trains as the step after the backward pass does with each weight's gradient clipped alone: the
 * same weights after some steps, with AdamW and with Adafactor, with and without gradient accumulation, the UNet's
 * weights stepped segment by segment and the text encoder's and the time embedding's after. Each segment's gradients
 * are freed before the next segment's come, so the backward pass holds one segment's at a time.
 */
class FusedBackPassTest {

    private static final String UNET = "model.diffusion_model.";
    /** Two: the second step's moments hold the first's gradients. */
    private static final int STEPS = 2;
    /** Small enough that every weight's gradient is clipped, so that clipping weight by weight shows. */
    private static final double MAX_NORM = 1e-6;

    @TempDir
    Path folder;

    private StableDiffusion load() throws Exception {
        Path model = folder.resolve("model.safetensors");
        SyntheticCheckpoints.writeInitialised(model, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 21);
        ClipTokenizer.writeByteLevel(folder.resolve("tokenizer"));
        return StableDiffusion.load(model, folder.resolve("tokenizer"));
    }

    /** The UNet's and the text encoder's tensors, as full-weight training trains them. */
    private static List<Parameter> parameters(StableDiffusion sd) {
        List<Parameter> parameters = new ArrayList<>();
        for (ModelWeights.Tensor tensor : sd.weights().tensors().values()) {
            if (tensor.key().startsWith(UNET) || tensor.key().startsWith("cond_stage_model.")) {
                for (int i = 0; i < tensor.parts().size(); i++) {
                    parameters.add(new Parameter(tensor.key() + "#" + i, tensor.parts().get(i)));
                }
            }
        }
        parameters.forEach(p -> p.value().setRequiresGradient(true));
        return parameters;
    }

    /** One pass's loss: a batch of two 72x56 images (9x7 latents) against a target, all drawn from {@code seed}. */
    private static NDArray loss(StableDiffusion sd, NDManager scope, GradientCheckpointing checkpointing, int seed, int passes) {
        scope.getEngine().setRandomSeed(seed);
        NDArray x = scope.randomNormal(new Shape(2, 4, 7, 9));
        NDArray target = scope.randomNormal(new Shape(2, 4, 7, 9));
        NDArray t = scope.create(new float[] { 150, 730 });
        NDList contexts = new NDList();
        for (String prompt : List.of("a red disc", "a blue square")) {
            contexts.add(sd.condition(scope, prompt, 1, 72, 56).context());
        }
        Condition c = new Condition(NDArrays.concat(contexts, 0), null);
        NDArray prediction = checkpointing.forward(sd.unet(), x, t, c.context(), null);
        for (int i = 1; i < passes; i++) {
            prediction = prediction.add(checkpointing.forward(sd.unet(), x, t, c.context(), null));
        }
        return prediction.sub(target).square().mean().div(scope.create(2f));
    }

    /**
     * Whether the array's tensor has a gradient, without making one: DJL's {@code getGradient} gives zeros where there
     * is none. The handle it gives is closed, lest it hold the gradient.
     */
    static boolean hasGradient(NDArray array) {
        try (PtNDArray gradient = JniUtils.getGradient((PtNDArray) array)) {
            return gradient != null;
        }
    }

    private enum Way {
        /** Fused: the UNet's weights stepped segment by segment in the last backward pass. */
        FUSED,
        /** After the backward pass, each weight's gradient clipped alone, then the step: what fused must equal. */
        EACH_CLIPPED,
        /** After the backward pass, the gradients clipped together, as without a fused back pass. */
        ALL_CLIPPED
    }

    private static Optimizer optimizer(Optimizer.Kind kind, NDManager manager) {
        return kind == Optimizer.Kind.ADAFACTOR ? new Optimizer(Adafactor.Settings.DEFAULTS, manager)
                : new Optimizer(kind, 0.01, 0.9, 0.999, manager);
    }

    /**
     * The weights after {@link #STEPS} steps of {@code accumulation} passes each, trained {@code way}, from
     * {@code start}; the norms of each step's gradients before clipping into {@code norms}.
     */
    private static Map<String, float[]> train(StableDiffusion sd, List<Parameter> parameters, Map<String, float[]> start,
            Optimizer.Kind kind, Way way, int accumulation, List<Double> norms) {
        parameters.forEach(p -> p.value().set(start.get(p.name())));
        Optimizer optimizer = optimizer(kind, sd.manager());
        FusedBackPass fused = way == Way.FUSED
                ? FusedBackPass.of("fused", optimizer, MAX_NORM, parameters, sd.unet().segmentWeights()) : null;
        double lr = 1e-3;
        for (int step = 0; step < STEPS; step++) {
            GradientCheckpointing checkpointing = new GradientCheckpointing();
            try (GradientCollector collector = sd.manager().getEngine().newGradientCollector()) {
                for (int a = 0; a < accumulation; a++) {
                    try (NDManager scope = sd.manager().newSubManager()) {
                        NDArray loss = loss(sd, scope, checkpointing, 100 * step + a, 1);
                        if (fused != null && a == accumulation - 1) {
                            fused.backward(checkpointing, collector, loss, parameters, lr);
                        } else {
                            checkpointing.backward(collector, loss);
                        }
                    }
                }
            }
            if (fused != null) {
                norms.add(fused.finish());
                for (Parameter p : parameters) {
                    assertTrue(!hasGradient(p.value()), p.name() + "'s gradient is freed");
                }
            } else {
                double squares = 0;
                if (way == Way.EACH_CLIPPED) {
                    for (Parameter p : parameters) {
                        double norm = Optimizer.clipGradients(List.of(p), MAX_NORM);
                        squares += norm * norm;
                    }
                    norms.add(Math.sqrt(squares));
                } else {
                    norms.add(Optimizer.clipGradients(parameters, MAX_NORM));
                }
                optimizer.step(parameters, lr);
                Optimizer.zeroGradients(parameters);
            }
        }
        Map<String, float[]> weights = new LinkedHashMap<>();
        parameters.forEach(p -> weights.put(p.name(), p.value().toFloatArray()));
        return weights;
    }

    /** The largest difference of {@code a} from {@code b}, over each weight relative to how far {@code b} moved it. */
    private static double difference(Map<String, float[]> a, Map<String, float[]> b, Map<String, float[]> start, String[] worst) {
        double largest = 0;
        for (String name : b.keySet()) {
            float[] x = a.get(name);
            float[] y = b.get(name);
            float[] s = start.get(name);
            double moved = 0;
            double apart = 0;
            for (int i = 0; i < y.length; i++) {
                moved = Math.max(moved, Math.abs(y[i] - s[i]));
                apart = Math.max(apart, Math.abs(x[i] - y[i]));
            }
            assertTrue(moved > 0, name + " trained");
            if (apart / moved > largest) {
                largest = apart / moved;
                worst[0] = name;
            }
        }
        return largest;
    }

    /**
     * Trains fused and each clipped alone after the backward pass, and compares; with {@code together}, also clipped
     * together, to show that the comparison tells the ways of clipping apart.
     */
    private void sameAsEachClippedAfterTheBackwardPass(Optimizer.Kind kind, int accumulation, boolean together)
            throws Exception {
        try (StableDiffusion sd = load()) {
            List<Parameter> parameters = parameters(sd);
            Map<String, float[]> start = new LinkedHashMap<>();
            parameters.forEach(p -> start.put(p.name(), p.value().toFloatArray()));
            List<Double> fusedNorms = new ArrayList<>();
            List<Double> eachNorms = new ArrayList<>();
            Map<String, float[]> fused = train(sd, parameters, start, kind, Way.FUSED, accumulation, fusedNorms);
            Map<String, float[]> each = train(sd, parameters, start, kind, Way.EACH_CLIPPED, accumulation, eachNorms);
            String[] worst = { "" };
            double apart = difference(fused, each, start, worst);
            System.out.printf("%s, accumulation %d: fused differs from clipped weight by weight by %.2e of a step (%s)%n", kind,
                    accumulation, apart, worst[0]);
            assertTrue(apart <= 1e-4, kind + ": " + worst[0] + " differs by " + apart + " of how far it moved");
            if (together) {
                Map<String, float[]> all = train(sd, parameters, start, kind, Way.ALL_CLIPPED, accumulation, new ArrayList<>());
                String[] worstAll = { "" };
                double clipping = difference(all, each, start, worstAll);
                System.out.printf("  clipped together differs by %.2e (%s)%n", clipping, worstAll[0]);
                // clipping together would have trained otherwise: the comparison tells the two apart
                assertTrue(clipping > 100 * Math.max(apart, 1e-6), kind + ": clipping together differs by only " + clipping);
            }
            for (int i = 0; i < STEPS; i++) {
                assertEquals(eachNorms.get(i), fusedNorms.get(i), 1e-4 * eachNorms.get(i), "the norm of step " + (i + 1));
            }
        }
    }

    @Test
    void adamWFusedIsAdamWWithEachGradientClippedAlone() throws Exception {
        sameAsEachClippedAfterTheBackwardPass(Optimizer.Kind.ADAMW, 1, true);
    }

    @Test
    void adafactorFusedIsAdafactorWithEachGradientClippedAlone() throws Exception {
        sameAsEachClippedAfterTheBackwardPass(Optimizer.Kind.ADAFACTOR, 1, true);
    }

    @Test
    void withGradientAccumulationTheLastPassIsFused() throws Exception {
        sameAsEachClippedAfterTheBackwardPass(Optimizer.Kind.ADAMW, 2, false);
    }

    /**
     * When each segment's backward pass is done, the only UNet weights with a gradient are that segment's: those
     * before it were freed, those after it have none yet; the time embedding's come after all of them.
     */
    @Test
    void theBackwardPassHoldsOneSegmentsGradientsAtATime() throws Exception {
        try (StableDiffusion sd = load()) {
            List<Parameter> parameters = parameters(sd);
            Set<NDArray> segments = sd.unet().segmentWeights();
            List<Parameter> unet = parameters.stream().filter(p -> p.name().startsWith(UNET)).toList();
            List<Parameter> outside = unet.stream().filter(p -> !segments.contains(p.value())).toList();
            assertTrue(outside.stream().allMatch(p -> p.name().startsWith(UNET + "time_embed.")) && outside.size() == 4,
                    "the time embedding alone is outside the segments: " + outside.stream().map(Parameter::name).toList());
            int[] calls = { 0 };
            int[] largest = { 0 };
            GradientCheckpointing checkpointing = new GradientCheckpointing();
            try (GradientCollector collector = sd.manager().getEngine().newGradientCollector();
                    NDManager scope = sd.manager().newSubManager()) {
                NDArray loss = loss(sd, scope, checkpointing, 7, 1);
                checkpointing.backward(collector, loss, weights -> {
                    Set<NDArray> these = Collections.newSetFromMap(new IdentityHashMap<>());
                    these.addAll(weights);
                    assertTrue(!weights.isEmpty(), "a segment computes with weights");
                    for (Parameter p : unet) {
                        assertEquals(these.contains(p.value()), hasGradient(p.value()), p.name() + " has a gradient at segment "
                                + calls[0]);
                    }
                    largest[0] = Math.max(largest[0], weights.size());
                    calls[0]++;
                    weights.forEach(w -> FusedBackPass.free(new Parameter("w", w)));
                });
            }
            assertTrue(calls[0] > 10, "every segment: " + calls[0]);
            for (Parameter p : unet) {
                boolean segment = segments.contains(p.value());
                assertEquals(!segment, hasGradient(p.value()), p.name() + (segment ? " was freed" : " has its gradient from the"
                        + " last backward pass"));
            }
            System.out.printf("%d segments, the largest of %d arrays of the UNet's %d%n", calls[0], largest[0], unet.size());
        }
    }
}
