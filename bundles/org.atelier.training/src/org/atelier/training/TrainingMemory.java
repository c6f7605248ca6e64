package org.atelier.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * ({@link MemoryEstimate}), plus what the trained tensors of the checkpoint add: their gradients, the optimizer's state
 * and the moving average, all float32. When it does not fit the machine, the refusal names the setting that would
 * make it fit (Adafactor's factored state instead of AdamW's two copies, no moving average), else the size.
 */
public record TrainingMemory(MemoryEstimate model, long trainedElements, long gradients, long optimizerState, long average,
        String refusal) {

    private static final int FLOAT = 4;

    /** Everything a step holds at its peak. */
    public long total() {
        return model.trainingTotal() + gradients + optimizerState + average;
    }

    /** "12.5 GB", or "12.5 GB (of which 6.1 GB optimizer state)" where the trained tensors' state counts. */
    public String describe() {
        String total = MemoryEstimate.gigabytes(total());
        return trainedElements == 0 ? total : total + " (of which " + MemoryEstimate.gigabytes(gradients) + " gradients and "
                + MemoryEstimate.gigabytes(optimizerState) + " optimizer state"
                + (average > 0 ? ", " + MemoryEstimate.gigabytes(average) + " moving average" : "") + ")";
    }

    /**
     * The memory of training {@code model} at {@code width x height}, {@code batch} images a pass, as {@code config}
     * says, the tensors {@code trained} names training, on a machine of {@code physical} bytes (0: unknown, no refusal).
     */
    public static TrainingMemory of(Path model, int width, int height, int batch, TrainingConfig config, TrainedTensors trained,
            long physical) throws IOException {
        MemoryEstimate estimate;
        List<long[]> shapes = new ArrayList<>();
        try (TensorSource source = TensorFiles.open(model)) {
            estimate = MemoryEstimate.of(source, width, height, batch, 0);
            TensorSource checkpoint = source instanceof DiffusersFolder folder ? SdConverter.asCheckpoint(folder) : source;
            for (TensorInfo t : trained.of(checkpoint, config)) {
                shapes.add(t.shape());
            }
        }
        Optimizer.Kind kind = Trainer.kind(config.getOptimizer());
        boolean firstMoment = config.getAdafactorBeta1() > 0;
        TrainingMemory memory = of(estimate, shapes, kind, firstMoment, config.getEmaDecay() > 0, null);
        if (physical <= 0 || memory.total() <= physical) {
            return memory;
        }
        List<String> remedies = new ArrayList<>();
        long best = memory.total();
        if (kind != Optimizer.Kind.ADAFACTOR && !shapes.isEmpty()) {
            long with = of(estimate, shapes, Optimizer.Kind.ADAFACTOR, false, config.getEmaDecay() > 0, null).total();
            remedies.add("optimizer ADAFACTOR (factored state) needs about " + MemoryEstimate.gigabytes(with));
            best = Math.min(best, with);
        }
        if (config.getEmaDecay() > 0 && !shapes.isEmpty()) {
            long with = of(estimate, shapes, kind, firstMoment, false, null).total();
            remedies.add("emaDecay 0 (no moving average) needs about " + MemoryEstimate.gigabytes(with));
            best = Math.min(best, with);
            if (kind != Optimizer.Kind.ADAFACTOR) {
                long both = of(estimate, shapes, Optimizer.Kind.ADAFACTOR, false, false, null).total();
                remedies.add("both need about " + MemoryEstimate.gigabytes(both));
                best = Math.min(best, both);
            }
        }
        String refusal = "training at " + width + "x" + height + ", batch " + batch + ", needs about " + memory.describe()
                + ", more than this machine's " + MemoryEstimate.gigabytes(physical) + "; "
                + (best <= physical ? String.join("; ", remedies) : (remedies.isEmpty() ? "" : String.join("; ", remedies) + "; ")
                        + "a smaller resolution or batch needs less");
        return of(estimate, shapes, kind, firstMoment, config.getEmaDecay() > 0, refusal);
    }

    private static TrainingMemory of(MemoryEstimate estimate, List<long[]> shapes, Optimizer.Kind kind, boolean firstMoment,
            boolean average, String refusal) {
        long elements = 0;
        long state = 0;
        for (long[] shape : shapes) {
            elements += TensorInfo.numel(shape);
            state += kind.stateBytes(shape, FLOAT, firstMoment);
        }
        return new TrainingMemory(estimate, elements, elements * FLOAT, state, average ? elements * FLOAT : 0, refusal);
    }
}
