package org.atelier.tensors;

import java.util.List;
import java.util.Set;

/**
 * What a model file is, as detected from its keys and shapes.
 *
 * @param kind         checkpoint, LoRA, embedding, ...
 * @param architecture the Stable Diffusion family it belongs to, when known
 * @param variant      {@code inpainting}, {@code instruct-pix2pix}, or null for a plain model
 * @param prediction   {@code epsilon}, {@code v-prediction}, or null when it cannot be told from the file
 * @param components   UNet, VAE, text encoders (or the parts of a LoRA), with their sizes
 * @param notes        facts worth showing (the number of vectors of an embedding, a LoRA's rank, ...)
 */
public record ModelInfo(Kind kind, Architecture architecture, String variant, String prediction,
        List<Component> components, List<String> notes) {

    public enum Kind {
        CHECKPOINT("Stable Diffusion checkpoint"), UNET("UNet"), VAE("VAE"), TEXT_ENCODER("text encoder"),
        EMBEDDING("textual-inversion embedding"), LORA("LoRA"), HYPERNETWORK("hypernetwork"),
        CLIP_VISION("CLIP vision model"), UNKNOWN("unknown");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Architecture {
        SD1("SD 1.x"), SD2("SD 2.x"), SDXL("SDXL base"), SDXL_REFINER("SDXL refiner"), UNKNOWN("unknown");

        private final String label;

        Architecture(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A part of the model: its name, parameter count, element types and number of tensors. */
    public record Component(String name, long parameters, Set<DType> dtypes, int tensors) {
    }

    /** One line: {@code SD 1.x Stable Diffusion checkpoint (inpainting, v-prediction)}. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        if (architecture != Architecture.UNKNOWN) {
            s.append(architecture.label()).append(' ');
        }
        s.append(kind.label());
        String details = String.join(", ", java.util.stream.Stream.of(variant, prediction)
                .filter(java.util.Objects::nonNull).toList());
        if (!details.isEmpty()) {
            s.append(" (").append(details).append(')');
        }
        return s.toString();
    }
}
