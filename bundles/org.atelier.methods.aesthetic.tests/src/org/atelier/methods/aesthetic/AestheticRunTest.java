package org.atelier.methods.aesthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.core.model.Experiment;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.runs.Metrics;
import org.atelier.core.runs.Samples;
import org.atelier.core.testing.TestProjects;
import org.atelier.diffusion.aesthetic.AestheticSteering;
import org.atelier.diffusion.clip.ClipVisionEncoder;
import org.atelier.methods.aesthetic.model.AestheticConfig;
import org.atelier.runtime.Compute;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.training.DemoShapes;
import org.atelier.training.LocalRunContext;
import org.atelier.training.TrainingDemo;
import org.atelier.training.TrainingException;
import org.atelier.training.testing.TinyClipVision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDManager;

/**
 * An aesthetic gradients experiment on the demo's base model, with a small CLIP model made of its text encoder: the
 * run saves the mean CLIP image embedding of the dataset's images as the extension saves it, and draws each sample
 * prompt plainly and steered; and what it refuses.
 */
class AestheticRunTest {

    @TempDir
    static Path folder;

    private static Path experiment;
    private static LocalRunContext run;

    @BeforeAll
    static void runIt() throws Exception {
        TestProjects.create(folder);
        DemoShapes.addDataset(folder, "blue-squares", "", List.of(
                new DemoShapes.Shape(DemoShapes.Kind.SQUARE, 0x2850dc, 30, 30, 30, "a blue square"),
                new DemoShapes.Shape(DemoShapes.Kind.SQUARE, 0x2040b0, 34, 28, 24, "a blue square")));
        TrainingDemo.addExperiment(folder, "org.atelier.methods.aesthetic", AestheticConfig.class, "aesthetic", "test",
                "blue-squares", List.of("a red circle"), c -> c.setClipModel("models/clip"));
        TinyClipVision.clipModel(folder.resolve("models/demo-base.safetensors"), folder.resolve("models/clip"), 4);
        experiment = folder.resolve("experiments/aesthetic.experiment");
        configure(c -> c.setLearningRate(1e-3));
        run = new LocalRunContext(experiment, folder.resolve("runs/one"));
        new AestheticRunner().run(run);
    }

    private static void configure(java.util.function.Consumer<AestheticConfig> change) throws Exception {
        Experiment e = ProjectStore.loadExperiment(ProjectStore.newResourceSet(), experiment);
        change.accept((AestheticConfig) e.getConfig());
        e.getSampling().setSteps(4);
        ProjectStore.save(e.eResource());
    }

    @Test
    void theRunSavesTheMeanImageEmbeddingAsTheExtensionDoesAndPreviewsIt() throws Exception {
        Path pt = run.outputFolder().resolve("aesthetic.pt");
        Path safetensors = run.outputFolder().resolve("aesthetic.safetensors");
        float[] saved = AestheticSteering.readEmbedding(pt);
        assertEquals(TinyClipVision.PROJECTION, saved.length);
        try (SafetensorsReader file = SafetensorsReader.open(safetensors);
                NDManager manager = Compute.engine().newBaseManager()) {
            assertEquals("aesthetic-embedding", file.metadata().get("atelier.kind"));
            assertArrayEquals(saved, file.floats(file.tensor(AestheticEmbedding.TENSOR)));
            // the mean of the two images' embeddings, computed here again
            ClipVisionEncoder encoder = ClipVisionEncoder.open(folder.resolve("models/clip"), manager);
            List<Path> images = new ArrayList<>();
            try (var listed = java.nio.file.Files.list(folder.resolve("datasets/blue-squares"))) {
                listed.filter(p -> p.toString().endsWith(".png")).sorted().forEach(images::add);
            }
            assertEquals(2, images.size());
            float[] expected = new float[saved.length];
            for (Path image : images) {
                float[] one = encoder.embed(org.atelier.diffusion.clip.ClipImageProcessor.pixels(manager,
                        List.of(javax.imageio.ImageIO.read(image.toFile())), encoder.imageSize())).toFloatArray();
                for (int d = 0; d < one.length; d++) {
                    expected[d] += one[d] / images.size(); // the raw embeddings' mean, not normalised first
                }
            }
            assertArrayEquals(expected, saved, 1e-6f);
        }
        List<Samples.Sample> samples = Samples.list(run.runFolder());
        assertEquals(2, samples.size());
        assertEquals("'a red circle', plain", samples.get(0).label());
        assertTrue(samples.get(1).label().startsWith("'a red circle', aesthetic (CLIP similarity"), samples.get(1).label());
        assertEquals(1, Metrics.read(run.runFolder()).size());
    }

    @Test
    void aMissingClipModelIsRefusedByField() throws Exception {
        configure(c -> c.setClipModel("models/none"));
        try {
            TrainingException e = assertThrows(TrainingException.class,
                    () -> new AestheticRunner().run(new LocalRunContext(experiment, folder.resolve("runs/refused"))));
            assertTrue(e.getMessage().contains("config › clipModel") && e.getMessage().contains("none"), e.getMessage());
        } finally {
            configure(c -> c.setClipModel("models/clip"));
        }
    }
}
