package org.atelier.methods.dreambooth;

import java.io.IOException;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.atelier.core.model.MethodConfig;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.methods.dreambooth.model.DreamBoothConfig;
import org.atelier.methods.finetune.FineTuneRunner;
import org.atelier.methods.finetune.model.TrainedParts;
import org.atelier.methods.lora.LoraRunner;
import org.atelier.methods.lora.LoraSettings;
import org.atelier.training.Trainer;
import org.atelier.training.TrainingData;
import org.atelier.training.TrainingException;
import org.atelier.training.TrainedTensors;
import org.atelier.training.TrainingRun;

/**
 * Runs a DreamBooth experiment: the checks, the class images made (or found in the cache), then the subject and the
 * class images trained together; the result is a whole checkpoint added to the project's base models, or a LoRA.
 */
public final class DreamBoothRunner implements IMethodRunner {

    @Override
    public void run(RunContext context) throws Exception {
        MethodConfig given = context.config();
        if (!(given instanceof DreamBoothConfig config)) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › config: DreamBooth needs a"
                    + " DreamBoothConfig, not " + (given == null ? "none" : "a " + given.eClass().getName()));
        }
        PriorPreservation.check(context.experiment(), config, context.projectFolder());
        if (!PriorPreservation.prepare(context, config)) {
            return;
        }
        Trainer.Result result = TrainingRun.run(context, DreamBoothConfig.class, (sd, c, data) -> attach(context, sd, c, data),
                trained(config), null);
        if (!config.isTrainsLora()) {
            FineTuneRunner.addToProject(context, config, result);
        }
    }

    /** The checkpoint's tensors that train: fine-tuning's, or none onto a LoRA. */
    static TrainedTensors trained(DreamBoothConfig config) {
        return config.isTrainsLora() ? TrainedTensors.NONE : FineTuneRunner.TRAINED;
    }

    static Trainer.Method attach(RunContext context, StableDiffusion sd, DreamBoothConfig config, TrainingData data)
            throws IOException {
        Trainer.Method trained;
        if (config.isTrainsLora()) {
            double textRate = config.getTextEncoderLearningRate();
            trained = LoraRunner.attach(context, sd, config, new LoraSettings(config.getLoraRank(), config.getLoraAlpha(), 0, 0, 0,
                    config.getTrains() == TrainedParts.UNET_AND_TEXT_ENCODER, textRate,
                    config.getOutputName() == null || config.getOutputName().isBlank() ? "dreambooth" : config.getOutputName().strip(),
                    config.getOutputType()), data);
        } else {
            trained = FineTuneRunner.attach(context, sd, config, data);
        }
        context.log("DreamBooth: the subject's images train on '" + config.getInstancePrompt() + "'"
                + (config.isUseCaptions() ? " where they have no caption" : "")
                + (config.isPriorPreservation() ? ", the class images on '" + config.getClassPrompt() + "' (prior loss weight "
                        + config.getPriorLossWeight() + ")" : ", without prior preservation"));
        return new DreamBoothMethod(trained, config.getInstancePrompt().strip(), config.isUseCaptions());
    }
}
