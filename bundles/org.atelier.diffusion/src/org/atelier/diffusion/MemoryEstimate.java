package org.atelier.diffusion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.diffusion.unet.Segments;
import org.atelier.tensors.DiffusersFolder;
import org.atelier.tensors.SdConverter;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;

/**
 * How much memory a generation will take, from a model's tensor shapes alone, before anything is allocated: the
 * weights in float32 (a diffusers folder's seen as its checkpoint's), plus the larger of a UNet step and the VAE's decoding (they do not overlap), plus the
 * runtime's own. A UNet step is dominated by its widest attention (the scores of every head over every pair of
 * positions, {@code heads · tokens²}, or of one slice of rows when attention is sliced) and by its feature maps;
 * the VAE by its full-resolution feature maps and its middle attention. The factors are calibrated on the UNet
 * benchmark's measured peaks (SD 1.5, 64x64 latents: within 10 % of the resident peak of a UNet step, a little
 * above it with attention whole, and of the VAE's decoding); {@code atelier benchmark unet} prints the estimate beside each measured peak.
 * <p>
 * For training with gradient checkpointing, {@code blockInputs} is what the checkpointed pass keeps between the
 * UNet's blocks (the latents and every residual block's, transformer's and sampler's output, at its level's size)
 * and {@code blockStep} what the largest block takes while it is recomputed and backpropagated.
 */
public record MemoryEstimate(long weights, long unetStep, long vaeDecode, long blockInputs, long blockStep) {

    /** The JVM, PyTorch's allocator and the code: measured once beside the benchmark's arrays. */
    public static final long RUNTIME = 512L << 20;

    private static final int FLOAT = 4;
    private static final String UNET = "model.diffusion_model.";
    /** Score arrays alive at once in attention: the scores, their softmax, and PyTorch's workspace. */
    private static final int SCORE_COPIES = 3;
    /** The UNet's feature maps alive at once, in multiples of the first level's map (skips, residual branches). */
    private static final int UNET_FEATURE_COPIES = 200;
    /**
     * The VAE decoder's full-resolution maps alive at once, in multiples of its last map (the upsampled map of twice
     * its channels, a residual block's norm, activation and convolutions): 40 matches the measured 9.6 GB of
     * decoding 512x512 with SD 1.5's UNet and VAE loaded.
     */
    private static final int VAE_FEATURE_COPIES = 40;

    /**
     * Score arrays alive at once while the widest transformer is recomputed and backpropagated (the softmax kept for
     * the backward pass, its gradient, the scores' and the softmax backward's temporaries): set from the training
     * benchmark, LoRA of rank 8 on SD 1.5 at 512x512, batch 1, with gradient checkpointing: 7.7 GB resident at the
     * steps' peak (twice, 2026-12-07), with 4.0 GB of weights and 0.5 GB of 512 MB score arrays. The estimate says
     * 7.9 GB.
     */
    private static final int BLOCK_SCORE_COPIES = 6;
    /**
     * That transformer's feature maps alive at once, in multiples of the first level's map: its input, norm,
     * projections, queries, keys and values, attention output and feed-forward (eight maps wide in GEGLU), and their
     * gradients (a reckoning: at SD 1.5's 512x512 they are a tenth of the scores').
     */
    private static final int BLOCK_FEATURE_COPIES = 60;

    private static final Pattern TRANSFORMER = Pattern
            .compile("model\\.diffusion_model\\.(input_blocks|output_blocks)\\.(\\d+)\\.1\\.proj_in\\.weight");
    /**
     * The weights whose first dimension is a block's output channels, one per block of the UNet: the first
     * convolution, each residual block's last convolution, each transformer's projection out, each down- and
     * upsampler's convolution.
     */
    private static final Pattern BLOCK_OUTPUT = Pattern.compile("model\\.diffusion_model\\.(input_blocks\\.0\\.0\\.weight|"
            + "(input_blocks|middle_block|output_blocks)\\.(\\d+\\.)?\\d+\\.(out_layers\\.3|proj_out|op|conv)\\.weight)");

    /** Everything: weights, the larger of the two phases, and the runtime. */
    public long total() {
        return weights + Math.max(unetStep, vaeDecode) + RUNTIME;
    }

    /**
     * The estimate for images of {@code width x height}, {@code batch} latents through the UNet at once (2 with
     * classifier-free guidance), attention {@code slice} rows at a time (0: whole).
     */
    public static MemoryEstimate of(TensorSource source, int width, int height, int batch, int slice) throws IOException {
        TensorSource model = source instanceof DiffusersFolder folder ? SdConverter.asCheckpoint(folder) : source;
        long weights = 0;
        long scores = 0;
        long firstChannels = 0;
        int h = height / 8;
        int w = width / 8;
        UNetLevels levels = new UNetLevels(model);
        long blockInputs = 0;
        for (TensorInfo t : model.tensors()) {
            String name = t.name();
            if (name.startsWith("model_ema.") || !t.dtype().isFloatingPoint()) {
                continue;
            }
            weights += t.numel() * FLOAT;
            if (name.equals("model.diffusion_model.input_blocks.0.0.weight")) {
                firstChannels = t.dim(0);
                blockInputs += (long) batch * t.dim(1) * h * w * FLOAT; // the latents
            }
            if (BLOCK_OUTPUT.matcher(name).matches()) {
                int level = Math.max(0, levels.of(name));
                blockInputs += (long) batch * t.dim(0) * ((h + (1 << level) - 1) >> level) * ((w + (1 << level) - 1) >> level) * FLOAT;
            }
            Matcher m = TRANSFORMER.matcher(name);
            if (m.matches()) {
                int level = levels.of(name);
                long tokens = (long) (h >> level) * (w >> level);
                boolean linear = t.rank() == 2;
                long inner = t.dim(0);
                long heads = linear ? Math.max(1, inner / 64) : 8;
                long rows = slice > 0 ? Math.min(slice, batch * heads) : batch * heads;
                scores = Math.max(scores, rows * tokens * tokens * FLOAT);
            }
        }
        long firstMap = (long) batch * firstChannels * h * w * FLOAT;
        long unet = firstChannels == 0 ? 0 : SCORE_COPIES * scores + UNET_FEATURE_COPIES * firstMap;
        long block = firstChannels == 0 ? 0 : BLOCK_SCORE_COPIES * scores + BLOCK_FEATURE_COPIES * firstMap;
        TensorInfo vaeOut = model.tensor("first_stage_model.decoder.conv_out.weight");
        long vae = 0;
        if (vaeOut != null) {
            long tokens = (long) h * w;
            vae = VAE_FEATURE_COPIES * vaeOut.dim(1) * width * (long) height * FLOAT + SCORE_COPIES * tokens * tokens * FLOAT;
        }
        return new MemoryEstimate(weights, unet, vae, blockInputs, block);
    }

    /**
     * The estimate for generating {@code width x height} images from a model (two latents through the UNet, for
     * classifier-free guidance), and why it cannot run on a machine of {@code physical} bytes, or null when it fits.
     */
    public record Check(MemoryEstimate estimate, String refusal) {
    }

    public static Check forGeneration(Path model, int width, int height, int slice, long physical) throws IOException {
        MemoryEstimate estimate;
        MemoryEstimate sliced;
        try (TensorSource source = TensorFiles.open(model)) {
            estimate = of(source, width, height, 2, slice);
            sliced = of(source, width, height, 2, 1);
        }
        String refusal = null;
        if (physical > 0 && estimate.total() > physical) {
            refusal = width + "x" + height + " needs about " + gigabytes(estimate.total()) + ", more than this machine's "
                    + gigabytes(physical) + (sliced.total() <= physical && slice != 1
                            ? "; with attention slicing of 1 row it needs about " + gigabytes(sliced.total())
                            : "; a smaller size needs less");
        }
        return new Check(estimate, refusal);
    }

    /**
     * Activations a training step keeps for its backward pass, in multiples of a UNet step's: set from the training
     * benchmark (LoRA of rank 8 on SD 1.5 at 512x512, batch 1: 12.5 GB with 4.0 GB of weights and a 2.5 GB step).
     */
    private static final double TRAINING_STEP_COPIES = 3.25;

    /** Memory of a training step: the weights, the activations kept for the backward pass, the runtime. */
    public long trainingTotal() {
        return trainingTotal(false);
    }

    /**
     * Memory of a training step, with gradient checkpointing or without: the weights, the activations (with it, the
     * blocks' inputs and the largest block's recomputation and backward pass instead of every activation), the
     * runtime.
     */
    public long trainingTotal(boolean checkpointing) {
        long activations = checkpointing ? blockInputs + blockStep : (long) (TRAINING_STEP_COPIES * unetStep);
        return weights + activations + RUNTIME;
    }

    /**
     * How many of the trained tensors' gradient values a training step holds at once, the tensors named by their
     * checkpoint keys: all of them; with a fused back pass (which frees each of the UNet's segments' gradients once
     * its weights are stepped), the larger of the largest segment's and those outside the segments' (the time
     * embedding's and a text encoder's, which come in the last backward pass, once the segments' are freed).
     */
    public static long gradientElements(List<TensorInfo> trained, boolean fused) {
        long all = 0;
        long outside = 0;
        Map<String, Long> segments = new HashMap<>();
        for (TensorInfo t : trained) {
            all += t.numel();
            String segment = t.name().startsWith(UNET) ? Segments.of(t.name().substring(UNET.length())) : null;
            if (segment == null) {
                outside += t.numel();
            } else {
                segments.merge(segment, t.numel(), Long::sum);
            }
        }
        return fused ? Math.max(outside, segments.values().stream().mapToLong(Long::longValue).max().orElse(0)) : all;
    }

    /** {@code 8.4 GB}. */
    public static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
}
