package org.atelier.diffusion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.tensors.TensorSource;

/**
 * The resolution levels of a UNet in its checkpoint (ldm) names, from its shapes alone: where its downsamplers stand
 * among the input blocks, and how many output blocks each level has. Level 0 works at the latent's size, each next
 * one at half of it.
 */
final class UNetLevels {

    private static final String UNET = "model.diffusion_model.";
    private static final Pattern BLOCK = Pattern.compile(Pattern.quote(UNET) + "(input_blocks|output_blocks)\\.(\\d+)\\.(\\d+)\\.(.*)");

    /** How many levels: the downsamplers plus one. */
    final int count;
    private final int outputsPerLevel;
    /** The input block of each level's downsampler (index 1 for level 1...). */
    private final int[] downsampledAt;

    UNetLevels(TensorSource model) {
        java.util.List<Integer> downsamplers = new java.util.ArrayList<>();
        for (int n = 1; model.tensor(UNET + "input_blocks." + n + ".0.in_layers.0.weight") != null
                || model.tensor(UNET + "input_blocks." + n + ".0.op.weight") != null; n++) {
            if (model.tensor(UNET + "input_blocks." + n + ".0.op.weight") != null) {
                downsamplers.add(n);
            }
        }
        count = downsamplers.size() + 1;
        downsampledAt = new int[count];
        for (int l = 1; l < count; l++) {
            downsampledAt[l] = downsamplers.get(l - 1);
        }
        int outputs = 0;
        while (model.tensor(UNET + "output_blocks." + outputs + ".0.in_layers.0.weight") != null) {
            outputs++;
        }
        outputsPerLevel = Math.max(1, outputs / count);
    }

    /**
     * The level a UNet weight works at (an upsampler's convolution at the level it upsamples to); -1 for weights
     * outside the levels (the time and size embeddings) and for names not of the UNet.
     */
    int of(String name) {
        if (name.startsWith(UNET + "middle_block.")) {
            return count - 1;
        }
        Matcher m = BLOCK.matcher(name);
        if (!m.matches()) {
            return name.startsWith(UNET + "out.") ? 0 : -1;
        }
        int block = Integer.parseInt(m.group(2));
        if (m.group(1).equals("input_blocks")) {
            int level = 0;
            for (int l = 1; l < count; l++) {
                if (block >= downsampledAt[l]) {
                    level = l;
                }
            }
            return level;
        }
        int level = Math.max(0, count - 1 - block / outputsPerLevel);
        boolean upsampler = m.group(4).startsWith("conv.");
        return upsampler ? Math.max(0, level - 1) : level;
    }
}
