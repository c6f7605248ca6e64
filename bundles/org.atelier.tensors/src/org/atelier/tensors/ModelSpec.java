package org.atelier.tensors;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stability AI's model spec ({@code modelspec.*} metadata) for the files Atelier writes, as kohya's
 * {@code sai_model_spec} fills it: the architecture names the base model's family and, for an adapter, its kind
 * ({@code stable-diffusion-v1/lora}); UIs read it to know how to load the file.
 */
public final class ModelSpec {

    /** What the file is, beside its architecture. */
    public enum Kind {
        CHECKPOINT(""), LORA("/lora"), TEXTUAL_INVERSION("/textual-inversion"), HYPERNETWORK("/hypernetwork");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }
    }

    private ModelSpec() {
    }

    /** The model spec of a file of {@code kind} for a base model of {@code architecture}, trained at {@code resolution}. */
    public static Map<String, String> of(ModelInfo.Architecture architecture, boolean vPrediction, Kind kind, String title,
            int resolution) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("modelspec.sai_model_spec", "1.0.0");
        m.put("modelspec.architecture", architecture(architecture, vPrediction) + kind.suffix);
        m.put("modelspec.implementation", architecture == ModelInfo.Architecture.SDXL
                || architecture == ModelInfo.Architecture.SDXL_REFINER ? "https://github.com/Stability-AI/generative-models" : "diffusers");
        m.put("modelspec.title", title);
        if (resolution > 0) {
            m.put("modelspec.resolution", resolution + "x" + resolution);
        }
        m.put("modelspec.date", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)
                .toLocalDateTime().withNano(0)));
        m.put("modelspec.prediction_type", vPrediction ? "v" : "epsilon");
        return m;
    }

    /** The spec's id of a family: {@code stable-diffusion-v1}, {@code stable-diffusion-v2-768-v}, ... */
    static String architecture(ModelInfo.Architecture architecture, boolean vPrediction) {
        return switch (architecture) {
        case SD2 -> vPrediction ? "stable-diffusion-v2-768-v" : "stable-diffusion-v2-512";
        case SDXL -> "stable-diffusion-xl-v1-base";
        case SDXL_REFINER -> "stable-diffusion-xl-v1-refiner";
        default -> "stable-diffusion-v1";
        };
    }
}
