package org.atelier.methods.dreamartist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.core.model.SamplePrompt;
import org.atelier.methods.dreamartist.model.DreamArtistConfig;
import org.atelier.training.DemoShapes;
import org.atelier.training.TrainingDemo;

/**
 * Dream Artist's part of the demo project: the word {@code <da>} and its negative {@code <da>-neg} learnt together
 * from six orange shapes, sampled as they are meant to be used, the positive in the prompt and the negative in the
 * negative prompt at the training's guidance scale.
 */
public final class DreamArtistDemo implements IDemoContribution {

    static final String DATASET = "sunset";

    @Override
    public void addTo(Path projectFolder) throws IOException {
        DemoShapes.addDataset(projectFolder, DATASET, "10_" + DATASET, DemoShapes.six(0xf0821e, DemoShapes.Kind::word));
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.dreamartist", DreamArtistConfig.class, "dream-artist",
                "Dream Artist on demo-base: the word <da> (6 vectors from 'yellow') and <da>-neg (6 vectors) learnt"
                        + " together from six orange shapes, 100 steps at CFG 3 inside the loss; sampled with <da> in the"
                        + " prompt and <da>-neg in the negative prompt at CFG 3, as the extension uses them. The two"
                        + " embeddings (da.pt, da-neg.pt) land in the run's output folder.",
                DATASET, List.of("a <da> square", "a <da> circle"), config -> {
                    config.setSteps(100);
                    config.setToken("<da>");
                    config.setInitText("yellow");
                    config.setVectors(6);
                    config.setNegativeVectors(6);
                    config.setTemplate("a [name] [filewords]");
                    config.setLearningRate("5e-2");
                    config.setCheckpointEverySteps(50);
                }, sampling -> {
                    sampling.setCfgScale(3);
                    for (SamplePrompt prompt : sampling.getPrompts()) {
                        prompt.setNegativePrompt(DreamArtist.negativeToken("<da>"));
                    }
                });
    }
}
