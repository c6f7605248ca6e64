package org.atelier.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.atelier.diffusion.MemoryEstimate;
import org.atelier.tensors.DiffusersFolder;
import org.atelier.tensors.SdConverter;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;
import org.atelier.training.model.TrainingConfig;
import org.atelier.training.optim.Optimizer;

/**
 * A training step's memory before anything loads: the model's weights and the activations its backward pass keeps
 * ({@link MemoryEstimate}; with gradient checkpointing only the blocks' inputs and one block's recomputation), plus what
 * the trained tensors of the checkpoint add: their gradients (with a fused back pass and no gradient accumulation, one
 * of the UNet's blocks' at a time: {@link MemoryEstimate#gradientElements}), the optimizer's state and the moving
 * average, all float32. When it does not fit the machine, the refusal names the settings that would make it fit
 * (gradient checkpointing, a fused back pass, Adafactor's factored state instead of AdamW's two copies, no moving
 * average), else the size.
 */
public record TrainingMemory(MemoryEstimate model, boolean checkpointing, boolean fused, long trainedElements, long gradients,
        long optimizerState, long average, String refusal) {

    private static final int FLOAT = 4;

    /** Everything a step holds at its peak. */
    public long total() {
        return model.trainingTotal(checkpointing) + gradients + optimizerState + average;
    }

    /** "12.5 GB", or "12.5 GB (of which 6.1 GB optimizer state)" where the trained tensors' state counts. */
    public String describe() {
        String total = MemoryEstimate.gigabytes(total());
        return trainedElements == 0 ? total : total + " (of which " + MemoryEstimate.gigabytes(gradients) + " gradients and "
                + MemoryEstimate.gigabytes(optimizerState) + " optimizer state"
                + (average > 0 ? ", " + MemoryEstimate.gigabytes(average) + " moving average" : "") + ")";
    }

    /**
     * The settings that decide the memory of a step beside the model and the picture size ({@code firstMoment}:
     * Adafactor's, which {@code adafactorBeta1} above 0 asks for).
     */
    private record Settings(boolean checkpointing, boolean fused, int accumulation, Optimizer.Kind kind, boolean firstMoment,
            boolean average) {

        Settings withCheckpointing() {
            return new Settings(true, fused, accumulation, kind, firstMoment, average);
        }

        /** A fused back pass, which needs gradient checkpointing. */
        Settings withFused() {
            return new Settings(true, true, accumulation, kind, firstMoment, average);
        }

        Settings withAdafactor() {
            return new Settings(checkpointing, fused, accumulation, Optimizer.Kind.ADAFACTOR, firstMoment, average);
        }

        Settings withoutAverage() {
            return new Settings(checkpointing, fused, accumulation, kind, firstMoment, false);
        }

        /** Whether the gradients are freed block by block: fused, and no earlier accumulation pass keeping them all. */
        boolean gradientsFused() {
            return fused && checkpointing && accumulation == 1;
        }
    }

    /** A setting that may make a step fit, as the refusal names it, and the change it makes. */
    private record Remedy(String words, UnaryOperator<Settings> change) {
    }

    /**
     * The memory of training {@code model} at {@code width x height}, {@code batch} images a pass, as {@code config}
     * says, the tensors {@code trained} names training, on a machine of {@code physical} bytes (0: unknown, no refusal).
     */
    public static TrainingMemory of(Path model, int width, int height, int batch, TrainingConfig config, TrainedTensors trained,
            long physical) throws IOException {
        MemoryEstimate estimate;
        List<TensorInfo> trainedTensors = new ArrayList<>();
        try (TensorSource source = TensorFiles.open(model)) {
            estimate = MemoryEstimate.of(source, width, height, batch, 0);
            TensorSource checkpoint = source instanceof DiffusersFolder folder ? SdConverter.asCheckpoint(folder) : source;
            trainedTensors.addAll(trained.of(checkpoint, config));
        }
        Settings chosen = new Settings(config.isGradientCheckpointing(), config.isFusedBackPass(), config.getGradientAccumulation(),
                Trainer.kind(config.getOptimizer()), config.getAdafactorBeta1() > 0, config.getEmaDecay() > 0);
        TrainingMemory memory = of(estimate, trainedTensors, chosen, null);
        if (physical <= 0 || memory.total() <= physical) {
            return memory;
        }
        // each setting that would need less, alone, and all of them together
        List<Remedy> possible = new ArrayList<>();
        if (!chosen.checkpointing()) {
            possible.add(new Remedy("gradientCheckpointing on", Settings::withCheckpointing));
        }
        if (!chosen.fused() && chosen.kind().updatesEachAlone() && chosen.accumulation() == 1
                && MemoryEstimate.gradientElements(trainedTensors, true) < MemoryEstimate.gradientElements(trainedTensors, false)) {
            // only where it frees gradients: not with gradient accumulation, nor with none of the UNet's weights training
            possible.add(new Remedy(chosen.checkpointing() ? "fusedBackPass on" : "gradientCheckpointing and fusedBackPass on",
                    Settings::withFused));
        }
        if (chosen.kind() != Optimizer.Kind.ADAFACTOR && !trainedTensors.isEmpty()) {
            possible.add(new Remedy("optimizer ADAFACTOR (factored state)", Settings::withAdafactor));
        }
        if (chosen.average() && !trainedTensors.isEmpty()) {
            possible.add(new Remedy("emaDecay 0 (no moving average)", Settings::withoutAverage));
        }
        List<String> remedies = new ArrayList<>();
        long best = memory.total();
        Settings all = chosen;
        for (Remedy remedy : possible) {
            long with = of(estimate, trainedTensors, remedy.change().apply(chosen), null).total();
            if (with < memory.total()) {
                remedies.add(remedy.words() + " needs about " + MemoryEstimate.gigabytes(with));
                all = remedy.change().apply(all);
                best = Math.min(best, with);
            }
        }
        if (remedies.size() > 1) {
            long together = of(estimate, trainedTensors, all, null).total();
            remedies.add("all of them need about " + MemoryEstimate.gigabytes(together));
            best = Math.min(best, together);
        }
        String refusal = "training at " + width + "x" + height + ", batch " + batch + ", needs about " + memory.describe()
                + ", more than this machine's " + MemoryEstimate.gigabytes(physical) + "; "
                + (best <= physical ? String.join("; ", remedies) : (remedies.isEmpty() ? "" : String.join("; ", remedies) + "; ")
                        + "a smaller resolution or batch needs less");
        return of(estimate, trainedTensors, chosen, refusal);
    }

    private static TrainingMemory of(MemoryEstimate estimate, List<TensorInfo> trained, Settings settings, String refusal) {
        long elements = 0;
        long state = 0;
        for (TensorInfo t : trained) {
            elements += t.numel();
            state += settings.kind().stateBytes(t.shape(), FLOAT, settings.firstMoment());
        }
        long gradients = MemoryEstimate.gradientElements(trained, settings.gradientsFused()) * FLOAT;
        return new TrainingMemory(estimate, settings.checkpointing(), settings.fused() && settings.checkpointing(), elements,
                gradients, state, settings.average() ? elements * FLOAT : 0, refusal);
    }
}
