package org.atelier.diffusion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The text tokens the cross attention attends to (one chunk of CLIP's 77). */
    private static final int TOKENS = 77;

    private static final Pattern BLOCK = Pattern.compile("model\\.diffusion_model\\.(input_blocks|output_blocks)\\.(\\d+)\\.(\\d+)\\.(.*)");

    private StepTime() {
    }

    /** The UNet's floating-point operations for one latent of an image of {@code width x height}. */
    public static double unetOperations(TensorSource source, int width, int height) throws IOException {
        TensorSource model = source instanceof DiffusersFolder folder ? SdConverter.asCheckpoint(folder) : source;
        int levels = MemoryEstimate.levels(model);
        int outputBlocks = 0;
        while (model.tensor("model.diffusion_model.output_blocks." + outputBlocks + ".0.in_layers.0.weight") != null) {
            outputBlocks++;
        }
        int perLevel = Math.max(1, outputBlocks / levels);
        int[] downsampledAt = new int[levels];
        int level = 0;
        for (int n = 1; level < levels - 1 && n < 1000; n++) {
            if (model.tensor("model.diffusion_model.input_blocks." + n + ".0.op.weight") != null) {
                downsampledAt[++level] = n;
            }
        }
        long h = height / 8;
        long w = width / 8;
        double operations = 0;
        for (TensorInfo t : model.tensors()) {
            String name = t.name();
            if (!name.startsWith("model.diffusion_model.") || !t.dtype().isFloatingPoint() || t.rank() < 2) {
                continue;
            }
            int at = levelOf(name, levels, perLevel, downsampledAt);
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

    /** The level whose positions a UNet weight is applied at; -1 for the time and size embeddings. */
    private static int levelOf(String name, int levels, int perLevel, int[] downsampledAt) {
        if (name.startsWith("model.diffusion_model.middle_block.")) {
            return levels - 1;
        }
        Matcher m = BLOCK.matcher(name);
        if (!m.matches()) {
            return name.startsWith("model.diffusion_model.out.") ? 0 : -1;
        }
        int block = Integer.parseInt(m.group(2));
        if (m.group(1).equals("input_blocks")) {
            int level = 0;
            for (int l = 1; l < levels; l++) {
                if (downsampledAt[l] > 0 && block >= downsampledAt[l]) {
                    level = l;
                }
            }
            return level;
        }
        int level = Math.max(0, levels - 1 - block / perLevel);
        boolean upsampler = m.group(4).startsWith("conv.");
        return upsampler ? Math.max(0, level - 1) : level;
    }

    /**
     * Seconds a training step will take: {@code batch x accumulation} images at {@code width x height} through the
     * model's UNet, forward and backward, on a device of {@code throughput} operations per second.
     */
    public static double training(Path model, int width, int height, int batch, int accumulation, double throughput)
            throws IOException {
        try (TensorSource source = TensorFiles.open(model)) {
            return TRAINING_FACTOR * unetOperations(source, width, height) * batch * accumulation / throughput;
        }
    }

    /** {@code 78.5 s}, {@code 1 min 20 s}, {@code 2 h 05 min}: seconds as a person reads them. */
    public static String format(double seconds) {
        if (seconds < 10) {
            return String.format(java.util.Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + String.format(java.util.Locale.ROOT, "%02d s", s % 60);
        }
        return s / 3600 + " h " + String.format(java.util.Locale.ROOT, "%02d min", s / 60 % 60);
    }
}
