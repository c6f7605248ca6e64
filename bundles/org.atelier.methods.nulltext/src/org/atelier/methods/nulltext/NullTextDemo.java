package org.atelier.methods.nulltext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.methods.nulltext.model.NullTextConfig;
import org.atelier.training.DemoShapes;
import org.atelier.training.TrainingDemo;

/**
 * Null-text inversion's part of the demo project: a red circle the demo model did not draw, inverted under "a red
 * circle", then regenerated with two word swaps, "a yellow circle" (the colour) and "a red square" (the shape); the run
 * view shows the circle, plain DDIM inversion's attempt, the null-text reconstruction and the edits side by side.
 */
public final class NullTextDemo implements IDemoContribution {

    static final String DATASET = "one-circle";

    @Override
    public void addTo(Path projectFolder) throws IOException {
        DemoShapes.addDataset(projectFolder, DATASET, "", List.of(new DemoShapes.Shape(DemoShapes.Kind.CIRCLE, 0xdc2828, 30, 34,
                36, "a red circle")));
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.nulltext", NullTextConfig.class, "null-text-inversion",
                "Null-text inversion of one red circle on demo-base (the paper's 50 DDIM steps at guidance 7.5, at most 10"
                        + " iterations each), then two word swaps with prompt-to-prompt: 'a yellow circle' and 'a red"
                        + " square'. The run's samples show the circle, plain DDIM inversion's attempt, the"
                        + " reconstruction and the edits; the inversion (null-text-inversion.safetensors) takes more edits"
                        + " with atelier edit.",
                DATASET, List.of("a yellow circle", "a red square"), config -> {
                });
    }
}
