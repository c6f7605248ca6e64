package org.atelier.methods.finetune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.atelier.core.methods.IExperimentPreview;
import org.atelier.core.project.ProjectStore;
import org.atelier.diffusion.MemoryEstimate;
import org.atelier.methods.finetune.model.FineTuneConfig;
import org.atelier.methods.finetune.model.TrainedParts;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;
import org.atelier.training.TrainedTensors;
import org.atelier.training.TrainingMemory;
import org.atelier.training.model.OptimizerKind;
import org.atelier.training.testing.TrainingProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory a fine-tuning step needs counts the trained tensors' gradients and optimizer state, and names a remedy. */
class FineTuneMemoryTest {

    @TempDir
    Path folder;

    private FineTuneConfig config(TrainedParts trains, OptimizerKind optimizer, double ema) {
        FineTuneConfig config = org.atelier.methods.finetune.model.FineTuneFactory.eINSTANCE.createFineTuneConfig();
        config.setTrains(trains);
        config.setOptimizer(optimizer);
        config.setEmaDecay(ema);
        return config;
    }

    private long unetElements(Path model) throws Exception {
        try (TensorSource source = TensorFiles.open(model)) {
            return source.tensors().stream().filter(t -> t.name().startsWith("model.diffusion_model."))
                    .mapToLong(TensorInfo::numel).sum();
        }
    }

    @Test
    void gradientsOptimizerStateAndAverageOfWhatTrains() throws Exception {
        TrainingProjects.create(folder, SdLayout.tinySd1(), "org.atelier.methods.finetune", FineTuneConfig.class, "ft", c -> {
        });
        Path model = folder.resolve("models/" + TrainingProjects.MODEL + ".safetensors");
        long unet = unetElements(model);

        TrainingMemory adamw = TrainingMemory.of(model, 64, 64, 1, config(TrainedParts.UNET, OptimizerKind.ADAMW, 0),
                FineTuneRunner.TRAINED, 0);
        assertEquals(unet, adamw.trainedElements(), "the UNet's tensors train, nothing else");
        assertEquals(4 * unet, adamw.gradients());
        assertEquals(2 * 4 * unet, adamw.optimizerState(), "AdamW keeps two float32 copies");
        assertEquals(0, adamw.average());
        assertEquals(adamw.model().trainingTotal() + 12 * unet, adamw.total());

        TrainingMemory both = TrainingMemory.of(model, 64, 64, 1, config(TrainedParts.UNET_AND_TEXT_ENCODER, OptimizerKind.ADAMW,
                0.999), FineTuneRunner.TRAINED, 0);
        assertTrue(both.trainedElements() > unet, "the text encoder's tensors too");
        assertEquals(4 * both.trainedElements(), both.average(), "the moving average, a float32 copy");

        TrainingMemory adafactor = TrainingMemory.of(model, 64, 64, 1, config(TrainedParts.UNET, OptimizerKind.ADAFACTOR, 0),
                FineTuneRunner.TRAINED, 0);
        assertTrue(adafactor.optimizerState() < adamw.optimizerState() / 2, "factored moments: " + adafactor.optimizerState()
                + " against AdamW's " + adamw.optimizerState());

        TrainingMemory lora = TrainingMemory.of(model, 64, 64, 1, config(TrainedParts.UNET, OptimizerKind.ADAMW, 0),
                TrainedTensors.NONE, 0);
        assertEquals(adamw.model().trainingTotal(), lora.total(), "an adapter's state is not the checkpoint's");
    }

    @Test
    void aStepThatDoesNotFitNamesTheSettingThatWould() throws Exception {
        TrainingProjects.create(folder, SdLayout.tinySd1(), "org.atelier.methods.finetune", FineTuneConfig.class, "ft", c -> {
        });
        Path model = folder.resolve("models/" + TrainingProjects.MODEL + ".safetensors");
        FineTuneConfig adamw = config(TrainedParts.UNET_AND_TEXT_ENCODER, OptimizerKind.ADAMW, 0.999);
        long needed = TrainingMemory.of(model, 64, 64, 1, adamw, FineTuneRunner.TRAINED, 0).total();
        long factored = TrainingMemory.of(model, 64, 64, 1, config(TrainedParts.UNET_AND_TEXT_ENCODER, OptimizerKind.ADAFACTOR,
                0.999), FineTuneRunner.TRAINED, 0).total();
        assertTrue(factored < needed);

        assertNull(TrainingMemory.of(model, 64, 64, 1, adamw, FineTuneRunner.TRAINED, needed).refusal(), "it fits exactly");
        String refusal = TrainingMemory.of(model, 64, 64, 1, adamw, FineTuneRunner.TRAINED, factored).refusal();
        assertTrue(refusal != null && refusal.startsWith("training at 64x64, batch 1, needs about ")
                && refusal.contains("optimizer state") && refusal.contains("optimizer ADAFACTOR (factored state) needs about")
                && refusal.contains("emaDecay 0 (no moving average) needs about")
                && refusal.contains("gradientCheckpointing on needs about")
                && refusal.contains("gradientCheckpointing and fusedBackPass on needs about")
                && refusal.contains("all of them need about") && !refusal.contains("a smaller resolution"), refusal);
        // only all four together fit: the refusal says so, and nothing about a smaller picture
        FineTuneConfig together = config(TrainedParts.UNET_AND_TEXT_ENCODER, OptimizerKind.ADAFACTOR, 0);
        together.setGradientCheckpointing(true);
        together.setFusedBackPass(true);
        long all = TrainingMemory.of(model, 64, 64, 1, together, FineTuneRunner.TRAINED, 0).total();
        adamw.setGradientCheckpointing(true);
        long checkpointed = TrainingMemory.of(model, 64, 64, 1, adamw, FineTuneRunner.TRAINED, 0).total();
        adamw.setFusedBackPass(true);
        long fused = TrainingMemory.of(model, 64, 64, 1, adamw, FineTuneRunner.TRAINED, 0).total();
        adamw.setFusedBackPass(false);
        adamw.setGradientCheckpointing(false);
        assertTrue(checkpointed < needed, "checkpointing keeps fewer activations: " + checkpointed + " < " + needed);
        assertTrue(fused < checkpointed, "a fused back pass holds fewer gradients: " + fused + " < " + checkpointed);
        long oneAlone = Math.min(fused, factored);
        assertTrue(all < oneAlone, all + " < " + oneAlone);
        String onlyAll = TrainingMemory.of(model, 64, 64, 1, adamw, FineTuneRunner.TRAINED, (all + oneAlone) / 2).refusal();
        assertTrue(onlyAll.contains("all of them need about " + MemoryEstimate.gigabytes(all))
                && !onlyAll.contains("a smaller resolution"), onlyAll);
        String tooSmall = TrainingMemory.of(model, 64, 64, 1, adamw, FineTuneRunner.TRAINED, all - 1).refusal();
        assertTrue(tooSmall.endsWith("a smaller resolution or batch needs less"), tooSmall);

        adamw.setGradientCheckpointing(true);
        String onAlready = TrainingMemory.of(model, 64, 64, 1, adamw, FineTuneRunner.TRAINED, 1 << 20).refusal();
        assertFalse(onAlready.contains("gradientCheckpointing on"), "it is on already: " + onAlready);
        assertTrue(onAlready.contains("; fusedBackPass on needs about"), onAlready);
    }

    /**
     * A fused back pass holds one block's gradients at a time, or the text encoder's at the end: the estimate counts
     * those instead of all of them, and offers it where it would need less (not with gradient accumulation, whose
     * earlier passes hold every gradient; not for Prodigy, which cannot step a block's weights alone; not where none of
     * the checkpoint's tensors trains).
     */
    @Test
    void aFusedBackPassCountsOneBlocksGradients() throws Exception {
        TrainingProjects.create(folder, SdLayout.tinySd1(), "org.atelier.methods.finetune", FineTuneConfig.class, "ft", c -> {
        });
        Path model = folder.resolve("models/" + TrainingProjects.MODEL + ".safetensors");
        long unet = unetElements(model);
        FineTuneConfig config = config(TrainedParts.UNET, OptimizerKind.ADAMW, 0);
        config.setGradientCheckpointing(true);
        TrainingMemory plain = TrainingMemory.of(model, 64, 64, 1, config, FineTuneRunner.TRAINED, 0);
        config.setFusedBackPass(true);
        TrainingMemory fused = TrainingMemory.of(model, 64, 64, 1, config, FineTuneRunner.TRAINED, 0);
        List<TensorInfo> trained;
        try (TensorSource source = TensorFiles.open(model)) {
            trained = FineTuneRunner.TRAINED.of(source, config);
        }
        assertEquals(4 * unet, plain.gradients());
        assertEquals(4 * MemoryEstimate.gradientElements(trained, true), fused.gradients());
        assertTrue(fused.gradients() < plain.gradients() / 4, "one block's: " + fused.gradients() + " of " + plain.gradients());
        assertEquals(plain.optimizerState(), fused.optimizerState(), "the optimizer keeps its state all the same");
        assertEquals(plain.total() - plain.gradients() + fused.gradients(), fused.total());
        assertTrue(fused.fused() && !plain.fused());
        long physical = (fused.total() + plain.total()) / 2;
        config.setFusedBackPass(false);
        String offered = TrainingMemory.of(model, 64, 64, 1, config, FineTuneRunner.TRAINED, physical).refusal();
        assertTrue(offered.contains("fusedBackPass on needs about " + MemoryEstimate.gigabytes(fused.total())), offered);

        config.setGradientAccumulation(2);
        assertEquals(4 * unet, TrainingMemory.of(model, 64, 64, 1, config, FineTuneRunner.TRAINED, 0).gradients());
        String accumulating = TrainingMemory.of(model, 64, 64, 1, config, FineTuneRunner.TRAINED, physical).refusal();
        assertFalse(accumulating.contains("fusedBackPass"), "every gradient is held until the last pass: " + accumulating);
        config.setFusedBackPass(true);
        assertEquals(4 * unet, TrainingMemory.of(model, 64, 64, 1, config, FineTuneRunner.TRAINED, 0).gradients());
        config.setFusedBackPass(false);
        config.setGradientAccumulation(1);
        config.setOptimizer(OptimizerKind.PRODIGY);
        String prodigy = TrainingMemory.of(model, 64, 64, 1, config, FineTuneRunner.TRAINED, 1 << 20).refusal();
        assertFalse(prodigy.contains("fusedBackPass"), prodigy);
        config.setOptimizer(OptimizerKind.ADAMW);
        String adapter = TrainingMemory.of(model, 64, 64, 1, config, TrainedTensors.NONE, 1 << 20).refusal();
        assertFalse(adapter.contains("fusedBackPass"), adapter);
    }

    @Test
    void theExperimentOverviewAndValidateShowTheState() throws Exception {
        Path experiment = TrainingProjects.create(folder, SdLayout.tinySd1(), "org.atelier.methods.finetune", FineTuneConfig.class,
                "ft", c -> c.setTrains(TrainedParts.UNET));
        IExperimentPreview.Preview preview = new FineTunePreview().preview(
                ProjectStore.loadExperimentResolved(ProjectStore.newResourceSet(), experiment), folder);
        List<String> lines = preview.lines();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Estimate: a step at 64x64 needs about ") && l.contains("gradients and ")
                && l.contains("optimizer state")), lines.toString());
    }
}
