package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.diffusion.nn.Ops;
import org.atelier.diffusion.sample.Condition;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.diffusion.unet.GradientCheckpointing;
import org.atelier.methods.lora.LoraNetwork;
import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.atelier.training.optim.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * Gradient checkpointing gives the gradients backpropagation through the whole graph gives, for every trained
 * parameter: the UNet's, a LoRA's inside its blocks, the text encoders' behind the context (and SDXL's vector). Each
 * case trains as the loop does at its hardest: two UNet passes in one loss (guidance inside the loss), two backward
 * passes into one collector (gradient accumulation), latents of an odd size (the upsampled state resized to its skip).
 */
class GradientCheckpointingTest {

    private static final String UNET = "model.diffusion_model.";

    @TempDir
    Path folder;

    private StableDiffusion load(SdLayout.Config layout) throws Exception {
        Path model = folder.resolve("model.safetensors");
        // initialised as before training, so that every layer's gradient has its size (small random weights make
        // the deep layers' a hundred-millionth of the first's)
        SyntheticCheckpoints.writeInitialised(model, SdLayout.checkpoint(layout), DType.F16, 21);
        ClipTokenizer.writeByteLevel(folder.resolve("tokenizer"));
        return StableDiffusion.load(model, folder.resolve("tokenizer"));
    }

    /** The model's tensors whose keys {@code trains} accepts, as parameters requiring gradients. */
    private static List<Parameter> weights(StableDiffusion sd, Predicate<String> trains) {
        List<Parameter> parameters = new ArrayList<>();
        for (ModelWeights.Tensor tensor : sd.weights().tensors().values()) {
            if (trains.test(tensor.key())) {
                for (int i = 0; i < tensor.parts().size(); i++) {
                    parameters.add(new Parameter(tensor.key() + "#" + i, tensor.parts().get(i)));
                }
            }
        }
        return parameters;
    }

    private static boolean textEncoder(String key) {
        return key.startsWith("cond_stage_model.") || key.startsWith("conditioner.");
    }

    private static Condition condition(StableDiffusion sd, NDManager scope, String... prompts) {
        NDList contexts = new NDList();
        NDList vectors = new NDList();
        for (String prompt : prompts) {
            Condition c = sd.condition(scope, prompt, 1, 72, 56);
            contexts.add(c.context());
            if (c.vector() != null) {
                vectors.add(c.vector());
            }
        }
        return new Condition(NDArrays.concat(contexts, 0), vectors.isEmpty() ? null : NDArrays.concat(vectors, 0));
    }

    private static NDArray unet(StableDiffusion sd, GradientCheckpointing checkpointing, NDArray x, NDArray t, Condition c) {
        return checkpointing == null ? sd.unet().forward(x, t, c.context(), c.vector())
                : checkpointing.forward(sd.unet(), x, t, c.context(), c.vector());
    }

    /**
     * The loss of one pass of a batch of two 72x56 images (9x7 latents): the prediction guided by 1.5 from an
     * unconditioned one, as Dream Artist trains, against a target; both drawn from {@code seed}.
     */
    private static NDArray loss(StableDiffusion sd, NDManager scope, GradientCheckpointing checkpointing, int seed) {
        scope.getEngine().setRandomSeed(seed);
        NDArray x = scope.randomNormal(new Shape(2, 4, 7, 9));
        NDArray target = scope.randomNormal(new Shape(2, 4, 7, 9));
        NDArray t = scope.create(new float[] { 150, 730 });
        NDArray conditioned = unet(sd, checkpointing, x, t, condition(sd, scope, "a red disc", "a blue square"));
        NDArray unconditioned = unet(sd, checkpointing, x, t, condition(sd, scope, "", "a shape"));
        NDArray guided = unconditioned.add(Ops.mul(conditioned.sub(unconditioned), 1.5f));
        return guided.sub(target).square().mean();
    }

    /** Every parameter's gradient after two passes' backward into one collector; the gradients zeroed after. */
    private static Map<String, float[]> gradients(StableDiffusion sd, List<Parameter> parameters, boolean checkpointed) {
        GradientCheckpointing checkpointing = checkpointed ? new GradientCheckpointing() : null;
        try (GradientCollector collector = sd.manager().getEngine().newGradientCollector()) {
            for (int pass = 0; pass < 2; pass++) {
                try (NDManager scope = sd.manager().newSubManager()) {
                    NDArray loss = loss(sd, scope, checkpointing, 40 + pass);
                    if (checkpointing != null) {
                        checkpointing.backward(collector, loss);
                    } else {
                        collector.backward(loss);
                    }
                }
            }
        }
        Map<String, float[]> gradients = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            try (NDArray gradient = p.value().getGradient()) {
                gradients.put(p.name(), gradient.toFloatArray());
                gradient.subi(gradient);
            }
        }
        return gradients;
    }

    private static double maxAbs(float[] values) {
        double max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /**
     * Trains {@code parameters} both ways and compares every gradient, element by element: equal to 1e-5 of the
     * largest element of the parameter's gradient, and nearly all parameters have one (so that nothing passes by
     * being zero). A gradient under a millionth of the model's largest is zero but for rounding, and its rounding
     * differs: a per-channel bias before a group norm of one channel per group, as the tiny model's first level has
     * (32 channels, 32 groups), cancels entirely, and the gradient the network gives it is ~1e-8 of the largest (the
     * smallest real ones ~1e-4). Such a gradient must be under that millionth both ways.
     */
    private static void sameGradients(StableDiffusion sd, List<Parameter> parameters, String what) {
        parameters.forEach(p -> p.value().setRequiresGradient(true));
        Map<String, float[]> plain = gradients(sd, parameters, false);
        Map<String, float[]> checkpointed = gradients(sd, parameters, true);
        double floor = 1e-6 * plain.values().stream().mapToDouble(GradientCheckpointingTest::maxAbs).max().orElse(0);
        assertTrue(floor > 0, what + ": no gradient at all");
        int real = 0;
        double worst = 0;
        String worstName = "";
        for (Parameter p : parameters) {
            float[] a = plain.get(p.name());
            float[] b = checkpointed.get(p.name());
            double scale = maxAbs(a);
            real += scale >= floor ? 1 : 0;
            double difference = 0;
            for (int i = 0; i < a.length; i++) {
                difference = Math.max(difference, Math.abs(a[i] - b[i]));
            }
            double relative = scale >= floor ? difference / scale : maxAbs(b) < floor ? 0 : 1;
            if (relative > worst) {
                worst = relative;
                worstName = p.name();
            }
        }
        System.out.printf("%s: %d parameters, %d with a gradient above the floor, largest difference %.2e (%s)%n", what,
                parameters.size(), real, worst, worstName);
        assertTrue(worst <= 1e-5, what + ": " + worstName + " differs by " + worst + " of its gradient");
        assertTrue(real >= parameters.size() * 0.9, what + ": only " + real + " of " + parameters.size() + " have a gradient");
    }

    @Test
    void theUNetsGradientsAreTheSame() throws Exception {
        try (StableDiffusion sd = load(SdLayout.tinySd1())) {
            sameGradients(sd, weights(sd, k -> k.startsWith(UNET)), "UNet");
        }
    }

    @Test
    void withTheTextEncoderTrainingItsGradientsComeThroughTheContext() throws Exception {
        try (StableDiffusion sd = load(SdLayout.tinySd1())) {
            List<Parameter> text = weights(sd, GradientCheckpointingTest::textEncoder);
            assertTrue(text.size() > 20, "the text encoder trains: " + text.size());
            List<Parameter> all = weights(sd, k -> k.startsWith(UNET));
            all.addAll(text);
            sameGradients(sd, all, "UNet and text encoder");
        }
    }

    @Test
    void sdxlsTextEncodersAndVectorToo() throws Exception {
        try (StableDiffusion sd = load(SdLayout.tinySdxl())) {
            sameGradients(sd, weights(sd, k -> k.startsWith(UNET) || textEncoder(k)), "SDXL");
        }
    }

    /** LoRA and LoCon modules (their up weights made non-zero, as after some training) inside the recomputed blocks. */
    @Test
    void aLorasModulesInsideTheBlocksGetTheirGradients() throws Exception {
        try (StableDiffusion sd = load(SdLayout.tinySd1())) {
            LoraNetwork lora = LoraNetwork.attach(sd, 4, 4, 0, 1, 4, 4, "lora", DType.F32, 3);
            lora.training(true);
            List<Parameter> parameters = lora.parameters();
            Random random = new Random(9);
            for (Parameter p : parameters) {
                if (p.name().endsWith("lora_up.weight")) {
                    float[] up = new float[(int) p.value().size()];
                    for (int i = 0; i < up.length; i++) {
                        up[i] = (float) (random.nextGaussian() * 0.05);
                    }
                    p.value().set(up);
                }
            }
            assertTrue(parameters.size() > 100, "modules on the UNet's layers and the text encoder's: " + parameters.size());
            sameGradients(sd, parameters, "LoRA");
        }
    }

    /**
     * With a LoRA's dropout the blocks draw random masks: the recomputation draws the ones the forward pass drew, so
     * the gradient is the slope of the loss the forward pass computed (a wrong mask would give another slope).
     */
    @Test
    void withDropoutTheRecomputedBlocksDrawTheSameMasks() throws Exception {
        try (StableDiffusion sd = load(SdLayout.tinySd1())) {
            LoraNetwork lora = LoraNetwork.attach(sd, 4, 4, 0.5, Double.NaN, "lora", DType.F32, 3);
            lora.training(true);
            List<Parameter> parameters = lora.parameters();
            Random random = new Random(9);
            for (Parameter p : parameters) {
                if (p.name().endsWith("lora_up.weight")) {
                    float[] up = new float[(int) p.value().size()];
                    for (int i = 0; i < up.length; i++) {
                        up[i] = (float) (random.nextGaussian() * 0.05);
                    }
                    p.value().set(up);
                }
                p.value().setRequiresGradient(true);
            }
            Map<String, float[]> gradient = gradients(sd, parameters, true);
            double norm = 0;
            for (float[] g : gradient.values()) {
                for (float v : g) {
                    norm += (double) v * v;
                }
            }
            norm = Math.sqrt(norm);
            // a step along which the loss changes by 1e-4 of itself: small enough for its curvature (a thousandth
            // gives 5 % here), large enough for float32 (its rounding is some 1e-7 of the loss)
            double base = checkpointedLoss(sd, parameters, gradient, 0, norm);
            double step = 1e-4 * base / norm;
            double slope = (checkpointedLoss(sd, parameters, gradient, step, norm)
                    - checkpointedLoss(sd, parameters, gradient, -step, norm)) / (2 * step);
            System.out.printf("dropout: gradient norm %.6e, the loss's slope along it %.6e%n", norm, slope);
            assertEquals(norm, slope, 0.01 * norm, "the slope along the gradient is its norm");
        }
    }

    /**
     * The loss of the two passes of {@link #gradients}, summed, as checkpointing computes it, with the parameters
     * moved by {@code step} along the unit gradient (and put back after).
     */
    private static double checkpointedLoss(StableDiffusion sd, List<Parameter> parameters, Map<String, float[]> gradient,
            double step, double norm) {
        Map<String, float[]> original = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            float[] values = p.value().toFloatArray();
            original.put(p.name(), values.clone());
            float[] d = gradient.get(p.name());
            for (int i = 0; i < values.length; i++) {
                values[i] += (float) (step / norm * d[i]);
            }
            p.value().set(values);
        }
        try (GradientCollector collector = sd.manager().getEngine().newGradientCollector()) {
            double sum = 0;
            for (int pass = 0; pass < 2; pass++) {
                GradientCheckpointing checkpointing = new GradientCheckpointing();
                try (NDManager scope = sd.manager().newSubManager()) {
                    sum += loss(sd, scope, checkpointing, 40 + pass).getFloat();
                } finally {
                    checkpointing.discard();
                }
            }
            return sum;
        } finally {
            parameters.forEach(p -> p.value().set(original.get(p.name())));
        }
    }
}
