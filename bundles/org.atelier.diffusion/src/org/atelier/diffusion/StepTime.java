package org.atelier.diffusion;

import java.io.IOException;
import java.nio.file.Path;

import org.atelier.tensors.DiffusersFolder;
import org.atelier.tensors.SdConverter;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;

/**
 * How long a step will take, from a model's tensor shapes and the device's measured throughput, before anything is
 * loaded. The UNet's forward pass is counted in floating-point operations: every convolution and linear layer twice
 * its weights times the positions it is applied at (its level's latent positions, the text's tokens for the cross
 * attention's keys and values, one for the time and size embeddings), and each attention's two products
 * ({@code 4·positions·keys·width}). The seconds are that count over the device's matrix-product throughput
 * ({@code Compute.throughput}), times a factor for all that a step does besides multiplying at full speed,
 * calibrated on the training benchmark; {@code atelier benchmark training} prints the estimate beside its measure.
 */
public final class StepTime {

    /**
     * A training step (forward, backward to the trained weights and the inputs, optimizer) in multiples of the
     * UNet's forward operations at the probe's throughput: 78.5 s measured for SD 1.5 at 512x512 (8.0e11 forward
     * operations per image) with LoRA of rank 8, on two cores whose probe measures 9.9e10 operations per second. (A
     * forward pass alone runs at about a quarter of the probe's speed on a CPU: convolutions and normalisations
     * multiply less efficiently than one large product.)
     */
    static final double TRAINING_FACTOR = 9.7;

    /**
     * A step with gradient checkpointing over one without: the blocks' forward pass runs twice, and a forward pass is
     * about a third of a step whose backward pass costs twice its forward.
     */
    static final double CHECKPOINTING_FACTOR = 4.0 / 3;

    /** The text tokens the cross attention attends to (one chunk of CLIP's 77). */
    private static final int TOKENS = 77;

    private StepTime() {
    }

    /** The UNet's floating-point operations for one latent of an image of {@code width x height}. */
    public static double unetOperations(TensorSource source, int width, int height) throws IOException {
        TensorSource model = source instanceof DiffusersFolder folder ? SdConverter.asCheckpoint(folder) : source;
        UNetLevels levels = new UNetLevels(model);
        long h = height / 8;
        long w = width / 8;
        double operations = 0;
        for (TensorInfo t : model.tensors()) {
            String name = t.name();
            if (!name.startsWith("model.diffusion_model.") || !t.dtype().isFloatingPoint() || t.rank() < 2) {
                continue;
            }
            int at = levels.of(name);
            long positions = at < 0 || name.contains(".emb_layers.") ? 1
                    : ((h + (1L << at) - 1) >> at) * ((w + (1L << at) - 1) >> at);
            boolean textKeys = name.contains(".attn2.to_k.") || name.contains(".attn2.to_v.");
            operations += 2.0 * t.numel() * (textKeys ? TOKENS : positions);
            if (name.endsWith(".attn1.to_q.weight")) {
                operations += 4.0 * positions * positions * t.dim(0);
            } else if (name.endsWith(".attn2.to_q.weight")) {
                operations += 4.0 * positions * TOKENS * t.dim(0);
            }
        }
        return operations;
    }

    /**
     * Seconds a training step will take: {@code batch x accumulation} images at {@code width x height} through the
     * model's UNet, forward and backward, on a device of {@code throughput} operations per second.
     */
    public static double training(Path model, int width, int height, int batch, int accumulation, double throughput)
            throws IOException {
        return training(model, width, height, batch, accumulation, false, throughput);
    }

    /** As {@link #training(Path, int, int, int, int, double)}, with gradient checkpointing or without. */
    public static double training(Path model, int width, int height, int batch, int accumulation, boolean checkpointing,
            double throughput) throws IOException {
        try (TensorSource source = TensorFiles.open(model)) {
            return TRAINING_FACTOR * (checkpointing ? CHECKPOINTING_FACTOR : 1) * unetOperations(source, width, height) * batch
                    * accumulation / throughput;
        }
    }
}
