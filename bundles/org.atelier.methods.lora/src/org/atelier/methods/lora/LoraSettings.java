package org.atelier.methods.lora;

import org.atelier.core.model.Precision;
import org.atelier.methods.lora.model.LoraConfig;

/**
 * What makes a LoRA network and its file: rank and alpha, dropout, LoCon's convolution rank and alpha, whether the
 * text encoder gets modules and at what rate, the file's name and precision. A LoRA experiment's configuration gives
 * them; so does DreamBooth onto a LoRA.
 */
public record LoraSettings(int rank, double alpha, double dropout, int convRank, double convAlpha, boolean trainTextEncoder,
        double textEncoderLearningRate, String outputName, Precision outputType) {

    public static LoraSettings of(LoraConfig config) {
        return new LoraSettings(config.getRank(), config.getAlpha(), config.getDropout(), config.getConvRank(),
                config.getConvAlpha(), config.isTrainTextEncoder(), config.getTextEncoderLearningRate(),
                config.getOutputName() == null || config.getOutputName().isBlank() ? "lora" : config.getOutputName().strip(),
                config.getOutputType());
    }
}
