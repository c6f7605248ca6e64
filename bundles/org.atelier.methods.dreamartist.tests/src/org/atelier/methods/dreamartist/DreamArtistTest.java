package org.atelier.methods.dreamartist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.atelier.core.model.EmbeddingFormat;
import org.atelier.core.runs.Metrics;
import org.atelier.diffusion.Embeddings;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.methods.dreamartist.model.DreamArtistConfig;
import org.atelier.tensors.ModelDetector;
import org.atelier.tensors.ModelInfo;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorSource;
import org.atelier.training.LocalRunContext;
import org.atelier.training.TrainingException;
import org.atelier.training.testing.TrainingProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dream Artist on a tiny model: the guidance scale as the extension reads it, the two embeddings written as
 * AUTOMATIC1111 loads them, the negative one trained through the guidance inside the loss (and not at scale 1,
 * where the guided prediction is the positive's alone), the reconstruction loss taking part when asked.
 */
class DreamArtistTest {

    private static final Sampler.Progress QUIET = (done, total) -> {
    };

    @TempDir
    Path folder;

    @Test
    void theScaleIsANumberOrARangeFollowingTheTimestep() {
        DreamArtist.Guidance constant = DreamArtist.Guidance.parse("3.0");
        assertEquals(3.0, constant.at(0));
        assertEquals(3.0, constant.at(999));
        DreamArtist.Guidance linear = DreamArtist.Guidance.parse("1.5-3.0");
        assertEquals(1.5, linear.at(0), 1e-12);
        assertEquals(2.25, linear.at(499.5), 1e-12);
        assertEquals(3.0, linear.at(999), 1e-12);
        DreamArtist.Guidance cos = DreamArtist.Guidance.parse("1-3:cos");
        assertEquals(1 + 2 * Math.cos((0.5 - 1) * Math.PI / 2), cos.at(499.5), 1e-12);
        assertEquals(1.0, cos.at(0), 1e-12);
        DreamArtist.Guidance cos2 = DreamArtist.Guidance.parse(" 1-3 : COS2 ");
        assertEquals(1 + 2 * (1 - Math.cos(0.5 * Math.PI / 2)), cos2.at(499.5), 1e-12);
        assertEquals(3.0, cos2.at(999), 1e-12);
        for (String bad : List.of("", "three", "1-3:exp(rate)", "0.5", "2-40")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DreamArtist.Guidance.parse(bad));
            assertTrue(e.getMessage().contains("'" + bad.strip() + "'"), e.getMessage());
        }
    }

    private LocalRunContext run(String name, Consumer<DreamArtistConfig> configure) throws Exception {
        Path file = TrainingProjects.create(folder, SdLayout.tinySd1(), "org.atelier.methods.dreamartist",
                DreamArtistConfig.class, name, config -> {
                    config.setToken("<da>");
                    config.setInitText("shape");
                    config.setVectors(2);
                    config.setNegativeVectors(3);
                    config.setTemplate("[filewords], [name]");
                    config.setLearningRate("5e-2");
                    config.setWeightDecay(0);
                    config.setCheckpointEverySteps(100);
                    config.setOutputFormat(EmbeddingFormat.A1111_PT);
                    configure.accept(config);
                });
        LocalRunContext context = new LocalRunContext(file, folder.resolve("runs/" + name));
        new DreamArtistRunner().run(context);
        return context;
    }

    private static float[] vectors(Path pt) throws Exception {
        try (TensorSource source = TensorFiles.open(pt)) {
            return source.floats(source.tensor("string_to_param.*"));
        }
    }

    @Test
    void bothEmbeddingsAreWrittenAndTheNegativeTrainsThroughTheGuidance() throws Exception {
        LocalRunContext guided = run("guided", config -> {
            config.setSteps(6);
            config.setSaveEverySteps(3);
            config.setCfgScale("3.0");
        });
        assertTrue(java.nio.file.Files.isRegularFile(guided.outputFolder().resolve("da-3.pt"))
                && java.nio.file.Files.isRegularFile(guided.outputFolder().resolve("da-3-neg.pt")),
                "the copies at step 3, named as the extension names them");
        Path positive = guided.outputFolder().resolve("da.pt");
        Path negative = guided.outputFolder().resolve("da-neg.pt");
        assertEquals(List.of(positive, negative), guided.artifacts());
        try (TensorSource source = TensorFiles.open(positive)) {
            assertArrayEquals(new long[] { 2, 32 }, source.tensor("string_to_param.*").shape());
            assertEquals(ModelInfo.Kind.EMBEDDING, ModelDetector.detect(source).kind());
        }
        try (TensorSource source = TensorFiles.open(negative)) {
            assertArrayEquals(new long[] { 3, 32 }, source.tensor("string_to_param.*").shape());
            assertEquals(ModelInfo.Kind.EMBEDDING, ModelDetector.detect(source).kind());
        }

        // used as the extension uses them: the word in the prompt, its negative in the negative prompt
        StableDiffusion.Settings withNegative = new StableDiffusion.Settings("a red da", "da-neg", 2, 3f, Sampler.EULER, 3,
                64, 64, 1, 0.5f, 0);
        StableDiffusion.Settings withoutNegative = new StableDiffusion.Settings("a red da", "", 2, 3f, Sampler.EULER, 3, 64,
                64, 1, 0.5f, 0);
        try (StableDiffusion sd = StableDiffusion.load(folder.resolve("models/" + TrainingProjects.MODEL + ".safetensors"),
                folder.resolve("tokenizer"))) {
            for (Path embedding : List.of(positive, negative)) {
                sd.addEmbedding(Embeddings.name(embedding), Embeddings.read(embedding, 1, sd.manager()));
            }
            assertFalse(java.util.Arrays.equals(sd.generate(withNegative, null, null, QUIET).latents(),
                    sd.generate(withoutNegative, null, null, QUIET).latents()), "the negative embedding guides the image");
        }

        // at scale 1 the guided prediction is the positive's alone: the negative gets no gradient and stays as it
        // started (the initial text's vectors and the extension's noise of 1e-3, drawn from the experiment's seed)
        LocalRunContext plain = run("plain", config -> {
            config.setSteps(6);
            config.setCfgScale("1.0");
        });
        LocalRunContext once = run("once", config -> {
            config.setSteps(1);
            config.setCfgScale("1.0");
        });
        float[] start = vectors(once.outputFolder().resolve("da-neg.pt"));
        assertArrayEquals(start, vectors(plain.outputFolder().resolve("da-neg.pt")), "scale 1: the negative does not move");
        assertFalse(java.util.Arrays.equals(start, vectors(negative)), "scale 3: the negative trains");
        assertFalse(java.util.Arrays.equals(vectors(once.outputFolder().resolve("da.pt")),
                vectors(plain.outputFolder().resolve("da.pt"))), "the positive trains");
    }

    @Test
    void theReconstructionLossAddsToTheLossWhenAsked() throws Exception {
        double without = firstLoss(run("without", config -> config.setSteps(1)));
        double with = firstLoss(run("with", config -> {
            config.setSteps(1);
            config.setReconstruction(true);
            config.setReconstructionWeight(1.0);
        }));
        assertTrue(with > without, "the same step's loss with the reconstruction term: " + with + " > " + without);
    }

    private static double firstLoss(LocalRunContext context) throws Exception {
        return Metrics.read(context.runFolder()).stream().filter(r -> r.values().containsKey("loss")).findFirst()
                .orElseThrow().values().get("loss");
    }

    @Test
    void aBadScaleOrATokenOfTheVocabularyIsRefusedNamingTheField() throws Exception {
        TrainingException scale = assertThrows(TrainingException.class, () -> run("scale", config -> {
            config.setSteps(1);
            config.setCfgScale("3-x");
        }));
        assertTrue(scale.getMessage().contains("config › cfgScale: '3-x' is not a scale"), scale.getMessage());
        TrainingException taken = assertThrows(TrainingException.class, () -> run("taken", config -> {
            config.setSteps(1);
            config.setToken("a");
        }));
        assertTrue(taken.getMessage().startsWith("token: 'a' is a token of the vocabulary already"), taken.getMessage());
    }

    /** Two UNet passes an image: a step is estimated as textual inversion's step of a batch twice as large. */
    @Test
    void theEstimateCountsTwoUNetPasses() throws Exception {
        Path artist = TrainingProjects.create(folder, SdLayout.tinySd1(), "org.atelier.methods.dreamartist",
                DreamArtistConfig.class, "estimate", config -> config.setBatchSize(1));
        Path ti = TrainingProjects.create(folder, SdLayout.tinySd1(), "org.atelier.methods.ti",
                org.atelier.methods.ti.model.TextualInversionConfig.class, "estimate-ti", config -> config.setBatchSize(2));
        assertEquals(memory(ti), memory(artist));
        Path single = TrainingProjects.create(folder, SdLayout.tinySd1(), "org.atelier.methods.ti",
                org.atelier.methods.ti.model.TextualInversionConfig.class, "estimate-one", config -> config.setBatchSize(1));
        assertTrue(memory(single) < memory(artist), "more than one pass's: " + memory(single) + " < " + memory(artist));
    }

    private long memory(Path experimentFile) throws Exception {
        org.atelier.core.model.Experiment experiment = org.atelier.core.project.ProjectStore
                .loadExperimentResolved(org.atelier.core.project.ProjectStore.newResourceSet(), experimentFile);
        return org.atelier.training.TrainingRun.preview(experiment, folder, org.atelier.training.TrainedTensors.NONE)
                .estimate().memory().total();
    }
}
