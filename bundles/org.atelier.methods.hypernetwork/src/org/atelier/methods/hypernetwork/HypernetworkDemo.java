package org.atelier.methods.hypernetwork;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.methods.hypernetwork.model.HypernetworkConfig;
import org.atelier.training.DemoShapes;
import org.atelier.training.TrainingDemo;

/**
 * The hypernetwork's part of the demo project: a style, shapes on a night-blue background instead of the demo's
 * cream, learnt from six pictures of the colours and shapes the model knows; the samples ask for a blue square, which
 * none of the six is, to show the style carry over.
 */
public final class HypernetworkDemo implements IDemoContribution {

    static final String DATASET = "night";

    /** The style's background: a night blue. */
    static final int NIGHT = 0x1c2340;

    @Override
    public void addTo(Path projectFolder) throws IOException {
        DemoShapes.addDataset(projectFolder, DATASET, "10_" + DATASET, DemoShapes.sixOn(NIGHT));
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.hypernetwork", HypernetworkConfig.class, "hypernetwork",
                "AUTOMATIC1111's hypernetwork (1, 2, 1, linear) on demo-base's attention, 150 steps at 1e-4 on six shapes"
                        + " the model knows drawn on a night-blue background, a style it was never shown; it samples 'a blue"
                        + " square' (no blue square is among the six) and 'a red circle' as it trains. The .pt lands in the"
                        + " run's output folder.",
                DATASET, List.of("a blue square", "a red circle"), config -> {
                    config.setSteps(150);
                    // Adam moves every weight by about the rate each step, and a module's output grows with the product of its two
                    // layers' changes: above 1e-4 the demo model's samples fall apart within 150 steps
                    config.setLearningRate("1e-4");
                    config.setCheckpointEverySteps(50);
                    config.setOutputName("demo-night");
                });
    }
}
