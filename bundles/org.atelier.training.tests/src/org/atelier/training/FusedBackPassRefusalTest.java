package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.atelier.core.project.ProjectStore;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.diffusion.unet.GradientCheckpointing;
import org.atelier.methods.lora.LoraNetwork;
import org.atelier.methods.lora.LoraRunner;
import org.atelier.methods.ti.TextualInversionRunner;
import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.atelier.training.model.OptimizerKind;
import org.atelier.training.model.TrainingConfig;
import org.atelier.training.model.TrainingFactory;
import org.atelier.training.optim.Adafactor;
import org.atelier.training.optim.Optimizer;
import org.atelier.training.optim.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * Where a fused back pass cannot do what it says, the run is refused, naming fusedBackPass and what it needs: gradient
 * checkpointing, an optimizer that steps each weight alone, the UNet's weights training (not a LoRA's modules nor an
 * embedding), one UNet pass to each backward pass.
 */
class FusedBackPassRefusalTest {

    @TempDir
    Path folder;

    private static void refused(Runnable what, String... saying) {
        TrainingException e = assertThrows(TrainingException.class, what::run);
        assertTrue(e.getMessage().contains("› config › fusedBackPass: "), e.getMessage());
        for (String words : saying) {
            assertTrue(e.getMessage().contains(words), "'" + words + "' in: " + e.getMessage());
        }
    }

    @Test
    void withoutGradientCheckpointingOrWithProdigy() {
        TrainingConfig config = TrainingFactory.eINSTANCE.createTrainingConfig();
        FusedBackPass.check("x", config);
        config.setFusedBackPass(true);
        refused(() -> FusedBackPass.check("x", config), "experiment 'x'", "turn gradientCheckpointing on");
        config.setGradientCheckpointing(true);
        for (OptimizerKind kind : OptimizerKind.values()) {
            config.setOptimizer(kind);
            if (kind == OptimizerKind.PRODIGY) {
                refused(() -> FusedBackPass.check("x", config), "PRODIGY estimates its step size over every weight");
            } else {
                FusedBackPass.check("x", config);
            }
        }
    }

    @Test
    void aLorasModulesAndTwoUNetPassesAWay() throws Exception {
        Path model = folder.resolve("model.safetensors");
        SyntheticCheckpoints.writeInitialised(model, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 21);
        ClipTokenizer.writeByteLevel(folder.resolve("tokenizer"));
        try (StableDiffusion sd = StableDiffusion.load(model, folder.resolve("tokenizer"))) {
            Optimizer optimizer = new Optimizer(Adafactor.Settings.DEFAULTS, sd.manager());
            LoraNetwork lora = LoraNetwork.attach(sd, 4, 4, 0, 1, "lora", DType.F32, 3);
            refused(() -> FusedBackPass.of("x", optimizer, 1, lora.parameters(), sd.unet().segmentWeights()),
                    "none of the " + lora.parameters().size() + " trained arrays is a weight of the UNet's blocks");

            List<Parameter> unet = new ArrayList<>();
            for (ModelWeights.Tensor t : sd.unet().weights().tensors().values()) {
                unet.add(new Parameter(t.key(), t.parts().get(0)));
            }
            unet.forEach(p -> p.value().setRequiresGradient(true));
            FusedBackPass fused = FusedBackPass.of("x", optimizer, 1, unet, sd.unet().segmentWeights());
            float[] before = unet.get(0).value().toFloatArray();
            GradientCheckpointing checkpointing = new GradientCheckpointing();
            try (GradientCollector collector = sd.manager().getEngine().newGradientCollector();
                    NDManager scope = sd.manager().newSubManager()) {
                NDArray x = scope.randomNormal(new Shape(1, 4, 8, 8));
                NDArray t = scope.create(new float[] { 500 });
                NDArray context = sd.condition(scope, "a red disc", 1, 64, 64).context();
                // guidance inside the loss: two passes to one backward pass
                NDArray prediction = checkpointing.forward(sd.unet(), x, t, context, null)
                        .add(checkpointing.forward(sd.unet(), x, t, context, null));
                NDArray loss = prediction.square().mean();
                refused(() -> fused.backward(checkpointing, collector, loss, unet, 1e-3), "takes 2 UNet passes");
            }
            assertTrue(java.util.Arrays.equals(before, unet.get(0).value().toFloatArray()), "nothing stepped");
            assertTrue(checkpointing.passes() == 0, "what the passes kept is freed");
        }
    }

    /** A LoRA's and textual inversion's runs say so before their first step. */
    @Test
    void theMethodsThatTrainNoneOfTheUNetsWeights() throws Exception {
        Consumer<TrainingConfig> fusedTwoSteps = config -> {
            config.setSteps(2);
            config.setGradientCheckpointing(true);
            config.setFusedBackPass(true);
        };
        Path lora = Projects.lora(folder, "lora", fusedTwoSteps);
        refused(() -> run(() -> new LoraRunner().run(new LocalRunContext(lora, folder.resolve("runs/lora")))),
                "experiment 'lora'", "a LoRA's modules");
        Path ti = Projects.textualInversion(folder, "ti", fusedTwoSteps);
        refused(() -> run(() -> new TextualInversionRunner().run(new LocalRunContext(ti, folder.resolve("runs/ti")))),
                "experiment 'ti'", "textual inversion's embeddings");
        // before anything loads: the preview (atelier validate) refuses without gradient checkpointing
        Path unchecked = Projects.lora(folder, "unchecked", config -> config.setFusedBackPass(true));
        refused(() -> run(() -> TrainingRun.preview(ProjectStore.loadExperimentResolved(ProjectStore.newResourceSet(), unchecked),
                folder, TrainedTensors.NONE)), "experiment 'unchecked'", "turn gradientCheckpointing on");
    }

    private interface Work {
        void run() throws Exception;
    }

    /** {@code work}, its checked exceptions failing the test; a TrainingException goes through. */
    private static void run(Work work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
