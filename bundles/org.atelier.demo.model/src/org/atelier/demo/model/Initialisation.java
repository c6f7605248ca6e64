package org.atelier.demo.model;

import org.atelier.diffusion.nn.ModelWeights;

import ai.djl.ndarray.NDArray;

/**
 * The zero outputs a model starts from before training: the last convolution of every residual block, the output
 * projection of every attention, and the UNet's final convolution. ldm's UNet starts so ({@code zero_module}): each
 * block is then the identity, and training grows it from there, which trains faster and steadier than from random
 * outputs; the demo model's VAE starts so too, for the same reason.
 */
final class Initialisation {

    private Initialisation() {
    }

    /** Whether the tensor of checkpoint key {@code key} starts at zero. */
    static boolean startsAtZero(String key) {
        if (key.startsWith("model.diffusion_model.")) {
            return key.contains(".out_layers.3.") || key.contains(".proj_out.") || key.startsWith("model.diffusion_model.out.2.");
        }
        if (key.startsWith("first_stage_model.")) {
            return key.contains(".conv2.") || key.contains(".attn_1.proj_out.");
        }
        return false;
    }

    /** Sets to zero the arrays of {@code weights} whose tensors {@link #startsAtZero(String) start at zero}. */
    static void zeroOutputs(ModelWeights weights) {
        for (ModelWeights.Tensor tensor : weights.tensors().values()) {
            if (startsAtZero(tensor.key())) {
                for (NDArray part : tensor.parts()) {
                    part.set(new float[Math.toIntExact(part.size())]);
                }
            }
        }
    }
}
