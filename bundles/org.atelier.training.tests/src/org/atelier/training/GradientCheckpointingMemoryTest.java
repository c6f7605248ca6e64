package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.common.ProcessMemory;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.diffusion.sample.Condition;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.diffusion.unet.GradientCheckpointing;
import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * Gradient checkpointing lowers the peak memory of a training pass, measured as the process's peak resident memory
 * above where the pass starts. At 256x256 (32x32 latents) the tiny SD 1.x UNet's cost is its attention: each of
 * the five transformers at the first level keeps its 32 MB of softmax (8 heads of 1024²) for the backward pass,
 * and the backward pass of one needs some more of that size. Whole, the pass holds them all (about 250 MB measured);
 * checkpointed, one transformer's at a time (about 95 MB). Arrays of that size are mapped and unmapped by the
 * allocator as they come and go, so the resident peak follows them closely.
 */
class GradientCheckpointingMemoryTest {

    @TempDir
    Path folder;

    /** Peak resident bytes above the start of one training pass of the UNet on a 32x32 latent. */
    private static long peakOfPass(StableDiffusion sd, List<NDArray> parameters, boolean checkpointed) {
        System.gc();
        ProcessMemory.resetPeak();
        long start = ProcessMemory.peakResident();
        GradientCheckpointing checkpointing = checkpointed ? new GradientCheckpointing() : null;
        try (GradientCollector collector = sd.manager().getEngine().newGradientCollector();
                NDManager scope = sd.manager().newSubManager()) {
            scope.getEngine().setRandomSeed(3);
            NDArray x = scope.randomNormal(new Shape(1, 4, 32, 32));
            NDArray t = scope.create(new float[] { 300 });
            Condition c = sd.condition(scope, "a red disc", 1, 256, 256);
            NDArray prediction = checkpointing == null ? sd.unet().forward(x, t, c.context())
                    : checkpointing.forward(sd.unet(), x, t, c.context(), null);
            NDArray loss = prediction.sub(scope.randomNormal(x.getShape())).square().mean();
            if (checkpointing != null) {
                checkpointing.backward(collector, loss);
            } else {
                collector.backward(loss);
            }
        }
        long peak = ProcessMemory.peakResident() - start;
        for (NDArray p : parameters) {
            try (NDArray gradient = p.getGradient()) {
                gradient.subi(gradient);
            }
        }
        return peak;
    }

    @Test
    void aCheckpointedPassPeaksFarLower() throws Exception {
        assertTrue(ProcessMemory.resetPeak() && ProcessMemory.peakResident() > 0, "the peak resident memory is measured (Linux)");
        Path model = folder.resolve("model.safetensors");
        SyntheticCheckpoints.writeSafetensors(model, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 21);
        ClipTokenizer.writeByteLevel(folder.resolve("tokenizer"));
        try (StableDiffusion sd = StableDiffusion.load(model, folder.resolve("tokenizer"))) {
            List<NDArray> parameters = new ArrayList<>();
            for (ModelWeights.Tensor tensor : sd.weights().tensors().values()) {
                if (tensor.key().startsWith("model.diffusion_model.")) {
                    parameters.addAll(tensor.parts());
                }
            }
            parameters.forEach(p -> p.setRequiresGradient(true));
            // once each first: what the first pass allocates for good (gradients, the allocator's pools) is not measured
            peakOfPass(sd, parameters, false);
            peakOfPass(sd, parameters, true);
            long whole = peakOfPass(sd, parameters, false);
            long checkpointed = peakOfPass(sd, parameters, true);
            System.out.printf("peak above the start of a pass: %d MB whole, %d MB checkpointed%n", whole >> 20,
                    checkpointed >> 20);
            assertTrue(whole > 150L << 20, "the whole pass holds the five transformers' attention: " + (whole >> 20) + " MB");
            assertTrue(checkpointed < 0.6 * whole, "checkpointed " + (checkpointed >> 20) + " MB, whole " + (whole >> 20) + " MB");
        }
    }
}
