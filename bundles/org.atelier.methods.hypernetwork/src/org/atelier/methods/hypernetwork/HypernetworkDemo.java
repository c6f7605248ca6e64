package org.atelier.methods.hypernetwork;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.methods.hypernetwork.model.HypernetworkConfig;
import org.atelier.training.DemoShapes;
import org.atelier.training.TrainingDemo;
import org.atelier.training.model.LrScheduler;

/**
 * The hypernetwork's part of the demo project: a style, every shape drawn red whatever its caption says ("a green
 * triangle" in red), learnt from six pictures of the shapes and colour words the model knows; the samples ask for a
 * blue square and a green triangle, which none of the six is, to show the style carry over. (A background other than
 * the demo's cream cannot be the style: the demo model's VAE, which has only seen cream, does not carry it.)
 */
public final class HypernetworkDemo implements IDemoContribution {

    static final String DATASET = "red";

    /** The style's colour: the demo model's red. */
    static final int RED = 0xdc2828;

    @Override
    public void addTo(Path projectFolder) throws IOException {
        List<DemoShapes.Shape> red = DemoShapes.sixOn(DemoShapes.BACKGROUND).stream().map(shape -> new DemoShapes.Shape(
                shape.kind(), RED, shape.centreX(), shape.centreY(), shape.size(), shape.caption(), shape.background())).toList();
        DemoShapes.addDataset(projectFolder, DATASET, "10_" + DATASET, red);
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.hypernetwork", HypernetworkConfig.class, "hypernetwork",
                "AUTOMATIC1111's hypernetwork (1, 2, 1, linear) on demo-base's attention, 100 steps at 3e-3 (cosine) on six shapes"
                        + " the model knows, each drawn red whatever colour its caption names: a style it was never shown; it"
                        + " samples 'a blue square' and 'a green triangle' (neither among the six) as it trains. The .pt lands"
                        + " in the run's output folder.",
                DATASET, List.of("a blue square", "a green triangle"), config -> {
                    config.setSteps(100);
                    // a constant 3e-3 turns the triangle red by step 50, then wanders off it again; decayed, it stays
                    config.setLearningRate("3e-3");
                    config.setScheduler(LrScheduler.COSINE);
                    config.setCheckpointEverySteps(50);
                    config.setOutputName("demo-red");
                });
    }
}
