package org.atelier.methods.dreamartist;

import java.io.IOException;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.atelier.core.model.EmbeddingFormat;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.methods.dreamartist.model.DreamArtistConfig;
import org.atelier.methods.ti.TextualInversion;
import org.atelier.methods.ti.TextualInversionRunner;
import org.atelier.training.TrainingException;
import org.atelier.training.TrainingRun;
import org.atelier.training.optim.Parameter;

import ai.djl.ndarray.NDArray;

/**
 * Runs a Dream Artist experiment: the positive and the negative word added to the base model (the negative vectors
 * moved by noise of 1e-3, as the extension starts them), trained together, saved as two embeddings.
 */
public final class DreamArtistRunner implements IMethodRunner {

    @Override
    public void run(RunContext context) throws Exception {
        TrainingRun.run(context, DreamArtistConfig.class, (sd, config, data) -> attach(context, sd, config));
    }

    static DreamArtist attach(RunContext context, StableDiffusion sd, DreamArtistConfig config) throws IOException {
        DreamArtist.Guidance guidance;
        try {
            guidance = DreamArtist.Guidance.parse(config.getCfgScale());
        } catch (IllegalArgumentException e) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › config › cfgScale: "
                    + e.getMessage());
        }
        String token = config.getToken() == null ? "" : config.getToken().strip();
        String negativeToken = DreamArtist.negativeToken(token);
        String template = TextualInversionRunner.templates(context, config.getTemplate(), config.getTemplateFile());
        TextualInversion positive = TextualInversionRunner.attach(context, sd, token, config.getInitText(),
                config.getVectors(), template, config.getOutputFormat());
        TextualInversion negative = TextualInversionRunner.attach(context, sd, negativeToken, config.getNegativeInitText(),
                config.getNegativeVectors(), template, config.getOutputFormat());
        sd.manager().getEngine().setRandomSeed((int) context.experiment().getSeed());
        for (Parameter p : negative.parameters()) {
            try (NDArray noise = sd.manager().randomNormal(p.value().getShape())) {
                p.value().addi(noise.muli(1e-3f));
            }
        }
        context.log("Dream Artist: '" + token + "' (" + config.getVectors() + " vectors) and '" + negativeToken + "' ("
                + config.getNegativeVectors() + " vectors, learning rate ×" + config.getNegativeLrWeight() + "), CFG "
                + config.getCfgScale() + (config.isReconstruction() ? ", reconstruction ×" + config.getReconstructionWeight()
                        : ""));
        return new DreamArtist(positive, negative, token, negativeToken, config.getNegativeLrWeight(), guidance,
                config.isReconstruction() ? config.getReconstructionWeight() : 0,
                config.getOutputFormat() == EmbeddingFormat.DIFFUSERS);
    }
}
