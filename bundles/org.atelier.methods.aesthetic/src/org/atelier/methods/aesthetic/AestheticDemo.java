package org.atelier.methods.aesthetic;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.diffusion.clip.ClipModelFiles;
import org.atelier.methods.aesthetic.model.AestheticConfig;
import org.atelier.training.DemoShapes;
import org.atelier.training.TrainingDemo;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Aesthetic gradients' part of the demo project: the demo's CLIP model (the base model's text encoder with a small
 * vision tower trained against it, {@code atelier demo-clip}, joined when the project is made), an aesthetic embedding
 * of blue shapes, and two prompts of other colours drawn plainly and steered towards it.
 */
public final class AestheticDemo implements IDemoContribution {

    static final String DATASET = "blue-shapes";
    /** The vision tower of the demo's CLIP model, in this bundle. */
    static final String VISION_ENTRY = "demo/demo-clip-vision.safetensors";
    static final String CLIP = "models/demo-clip";

    @Override
    public void addTo(Path projectFolder) throws IOException {
        DemoShapes.addDataset(projectFolder, DATASET, "", List.of(
                new DemoShapes.Shape(DemoShapes.Kind.SQUARE, 0x2850dc, 30, 32, 34, "a blue square"),
                new DemoShapes.Shape(DemoShapes.Kind.CIRCLE, 0x2850dc, 34, 30, 30, "a blue circle"),
                new DemoShapes.Shape(DemoShapes.Kind.TRIANGLE, 0x2850dc, 32, 33, 36, "a blue triangle"),
                new DemoShapes.Shape(DemoShapes.Kind.SQUARE, 0x2850dc, 33, 30, 26, "a blue square")));
        TrainingDemo.addExperiment(projectFolder, "org.atelier.methods.aesthetic", AestheticConfig.class, "aesthetic-gradients",
                "Aesthetic gradients on demo-base: the embedding of four blue shapes, made with the demo's CLIP model "
                        + "(demo-base's text encoder and a small vision tower trained against it: atelier demo-clip), then "
                        + "'a red circle' and 'a yellow triangle' drawn plainly and steered towards it (10 steps at 1e-3). "
                        + "The samples' titles show each prompt's CLIP similarity to the embedding rising; on a model this "
                        + "small the pictures change only a little, and much stronger steering breaks them rather than "
                        + "turning them blue. The embedding (aesthetic-gradients.pt) steers other prompts with atelier "
                        + "generate --aesthetic.",
                DATASET, List.of("a red circle", "a yellow triangle"), config -> {
                    config.setClipModel(CLIP);
                    config.setSteps(10);
                    config.setLearningRate(1e-3);
                });
        Path clip = projectFolder.resolve(CLIP);
        if (!Files.isRegularFile(clip.resolve("model.safetensors")) || !Files.isRegularFile(clip.resolve("config.json"))) {
            Path vision = Files.createTempFile("demo-clip-vision", ".safetensors");
            try {
                try (InputStream in = entry().openStream()) {
                    Files.copy(in, vision, StandardCopyOption.REPLACE_EXISTING);
                }
                ClipModelFiles.assemble(projectFolder.resolve("models").resolve(TrainingDemo.BASE + ".safetensors"), vision, clip);
            } finally {
                Files.deleteIfExists(vision);
            }
        }
    }

    private static URL entry() throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(AestheticDemo.class);
        URL entry = bundle == null ? null : bundle.getEntry(VISION_ENTRY);
        if (entry == null) {
            throw new IOException("the demo's CLIP vision tower is missing from bundle org.atelier.methods.aesthetic ("
                    + VISION_ENTRY + ")");
        }
        return entry;
    }
}
