package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.atelier.core.model.EmbeddingFormat;
import org.atelier.core.runs.Metrics;
import org.atelier.diffusion.Embeddings;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.methods.ti.TextualInversionRunner;
import org.atelier.training.testing.TrainingProjects;
import org.atelier.tensors.ModelDetector;
import org.atelier.tensors.ModelInfo;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Textual inversion on a tiny SD 1.x model: the vectors learn, each output format is what its tool reads. */
class TextualInversionTest {

    @TempDir
    Path folder;

    private static final Sampler.Progress QUIET = (done, total) -> {
    };

    @Test
    void anEmbeddingLearnsAndLoadsBackAsAWordOfItsOwn() throws Exception {
        Path file = Projects.textualInversion(folder, "ti", config -> {
            config.setSteps(20);
            config.setToken("<shape>");
            config.setInitText("shape");
            config.setVectors(2);
            config.setTemplate("[filewords], [name]");
            config.setLearningRate("5e-2");
            config.setCheckpointEverySteps(10);
            config.setSaveEverySteps(10);
            config.setValidationShare(0.25);
        });
        // a sample prompt with the word in it: drawn as written, not through the captions' template
        org.atelier.core.model.Experiment experiment = org.atelier.core.project.ProjectStore.loadExperiment(
                org.atelier.core.project.ProjectStore.newResourceSet(), file);
        org.atelier.core.model.SamplePrompt sample = org.atelier.core.model.AtelierFactory.eINSTANCE.createSamplePrompt();
        sample.setPrompt("a red <shape>");
        experiment.getSampling().getPrompts().add(sample);
        experiment.getSampling().setEverySteps(20);
        experiment.getSampling().setSteps(2);
        experiment.getSampling().setWidth(64);
        experiment.getSampling().setHeight(64);
        org.atelier.core.project.ProjectStore.save(experiment.eResource());
        LocalRunContext context = new LocalRunContext(file, folder.resolve("runs/ti"));
        new TextualInversionRunner().run(context);
        String drawn = org.atelier.diffusion.Png.parameters(context.runFolder().resolve("samples/step-000020-00.png"));
        assertTrue(drawn.startsWith("a red <shape>\n"), drawn);
        List<Double> validation = Metrics.read(context.runFolder()).stream()
                .filter(r -> r.values().containsKey("validation_loss")).map(r -> r.values().get("validation_loss")).toList();
        assertEquals(3, validation.size(), "validation before training and at each checkpoint");
        assertTrue(validation.get(2) < validation.get(0), "the held-out loss falls: " + validation + " "
                + java.nio.file.Files.readString(context.runFolder().resolve("metrics.jsonl")) + context.log());

        Path embedding = context.outputFolder().resolve("shape.safetensors");
        assertEquals(List.of(embedding), context.artifacts());
        // a copy on the way, a word of its own as AUTOMATIC1111 names it; the end's is the result alone
        Path copy = context.outputFolder().resolve("shape-10.safetensors");
        try (TensorSource source = TensorFiles.open(copy)) {
            assertEquals(ModelInfo.Kind.EMBEDDING, ModelDetector.detect(source).kind());
            assertEquals("shape-10", source.metadata().get("modelspec.title"));
        }
        assertFalse(java.nio.file.Files.exists(context.outputFolder().resolve("shape-20.safetensors")));
        assertTrue(context.log().stream().anyMatch(l -> l.equals("Saved the result of step 10: shape-10.safetensors")),
                context.log().toString());
        Path model = folder.resolve("models/tiny.safetensors");
        Path tokenizer = folder.resolve("tokenizer");
        try (SafetensorsReader reader = SafetensorsReader.open(embedding)) {
            assertEquals(List.of("emb_params"), reader.tensors().stream().map(t -> t.name()).toList(), "kohya's layout");
            assertArrayEquals(new long[] { 2, 32 }, reader.tensor("emb_params").shape());
            assertEquals("stable-diffusion-v1/textual-inversion", reader.metadata().get("modelspec.architecture"));
            try (SafetensorsReader base = SafetensorsReader.open(model)) {
                float[] table = base.floats(base.tensor("cond_stage_model.transformer.text_model.embeddings.token_embedding.weight"));
                float[] first = java.util.Arrays.copyOfRange(reader.floats(reader.tensor("emb_params")), 0, 32);
                // "shape" in the byte-level tokenizer: s h a p e</w>; vector 0 started as the token of 's' (id 's')
                float[] start = java.util.Arrays.copyOfRange(table, 's' * 32, 's' * 32 + 32);
                assertFalse(java.util.Arrays.equals(start, first), "the vectors moved from where they started");
            }
        }
        try (TensorSource source = TensorFiles.open(embedding)) {
            assertEquals(ModelInfo.Kind.EMBEDDING, ModelDetector.detect(source).kind());
        }
        StableDiffusion.Settings with = new StableDiffusion.Settings("a red <shape>", "", 2, 7f, Sampler.EULER, 3, 64, 64, 1, 0.5f, 0);
        StableDiffusion.Settings without = new StableDiffusion.Settings("a red", "", 2, 7f, Sampler.EULER, 3, 64, 64, 1, 0.5f, 0);
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer)) {
            sd.addEmbedding("<shape>", Embeddings.read(embedding, 1, sd.manager()));
            assertFalse(java.util.Arrays.equals(sd.generate(with, null, null, QUIET).latents(),
                    sd.generate(without, null, null, QUIET).latents()), "the word conditions the image");
        }
    }

    @Test
    void automatic1111sFormatAndAWordOfTheVocabulary() throws Exception {
        Path file = Projects.textualInversion(folder, "pt", config -> {
            config.setSteps(2);
            config.setToken("my-style");
            config.setOutputFormat(EmbeddingFormat.A1111_PT);
        });
        LocalRunContext context = new LocalRunContext(file, folder.resolve("runs/pt"));
        new TextualInversionRunner().run(context);
        Path pt = context.outputFolder().resolve("my-style.pt");
        try (TensorSource source = TensorFiles.open(pt)) {
            assertArrayEquals(new long[] { 1, 32 }, source.tensor("string_to_param.*").shape());
            assertEquals(ModelInfo.Kind.EMBEDDING, ModelDetector.detect(source).kind());
        }

        // trained further from that file: its vectors and their number, whatever the vector count says
        Path more = Projects.textualInversion(folder, "more", config -> {
            config.setSteps(1);
            config.setToken("my-style");
            config.setVectors(3);
            config.setInitEmbedding(pt.toString());
            config.setLearningRate("1e-6");
        });
        LocalRunContext further = new LocalRunContext(more, folder.resolve("runs/more"));
        new TextualInversionRunner().run(further);
        assertTrue(further.log().stream().anyMatch(l -> l.contains("going on from my-style.pt (1 vector(s)")),
                further.log().toString());
        try (TensorSource before = TensorFiles.open(pt);
                TensorSource after = TensorFiles.open(further.outputFolder().resolve("my-style.safetensors"))) {
            float[] start = before.floats(before.tensor("string_to_param.*"));
            float[] end = after.floats(after.tensor("emb_params"));
            assertEquals(start.length, end.length, "one vector, as the file has");
            for (int i = 0; i < start.length; i++) {
                assertEquals(start[i], end[i], 1e-4, "one step at 1e-6 from the file's vectors");
            }
        }
        // an embedding of another family (SD 2.x's 64 wide on this 32-wide SD 1.x model), a file that is none
        Path wide = folder.resolve("wide.safetensors");
        try (org.atelier.tensors.SafetensorsWriter writer = org.atelier.tensors.SafetensorsWriter.create(wide, java.util.Map.of(),
                List.of(new org.atelier.tensors.SafetensorsWriter.Spec("emb_params", org.atelier.tensors.DType.F32,
                        new long[] { 1, 64 })))) {
            writer.writeFloats("emb_params", new float[64]);
        }
        for (String[] bad : new String[][] { { wide.toString(), "vectors 64 wide for a text encoder 32 wide" },
                { folder.resolve("nowhere.pt").toString(), "nowhere.pt" } }) {
            Path badFile = Projects.textualInversion(folder, "bad", config -> {
                config.setSteps(1);
                config.setToken("<wide>");
                config.setInitEmbedding(bad[0]);
            });
            TrainingException e = assertThrows(TrainingException.class, () -> new TextualInversionRunner()
                    .run(new LocalRunContext(badFile, folder.resolve("runs/bad-" + bad[1].length()))));
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }

        Path taken = Projects.textualInversion(folder, "taken", config -> {
            config.setSteps(1);
            config.setToken("a");
        });
        TrainingException e = assertThrows(TrainingException.class,
                () -> new TextualInversionRunner().run(new LocalRunContext(taken, folder.resolve("runs/taken"))));
        assertTrue(e.getMessage().startsWith("token: 'a' is a token of the vocabulary already"), e.getMessage());
    }

    /** AUTOMATIC1111's template files: a line drawn for each image at each step, from the step's generator. */
    @Test
    void aTemplateFileGivesALineForEachImageDrawnFromTheStep() throws Exception {
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.writeString(folder.resolve("two.txt"), "a painting of [name], [filewords]\n\na photo of [name]\n");
        Path file = Projects.textualInversion(folder, "lines", config -> {
            config.setSteps(2);
            config.setToken("<two>");
            config.setTemplateFile("two.txt");
        });
        LocalRunContext context = new LocalRunContext(file, folder.resolve("runs/lines"));
        new TextualInversionRunner().run(context);
        String template = TextualInversionRunner.templates(context, "", "two.txt");
        try (StableDiffusion sd = StableDiffusion.load(folder.resolve("models/tiny.safetensors"), folder.resolve("tokenizer"))) {
            org.atelier.methods.ti.TextualInversion ti = org.atelier.methods.ti.TextualInversion.attach(sd, "<two>", "", 1,
                    template, EmbeddingFormat.SAFETENSORS, "", "tiny");
            java.util.Set<String> drawn = new java.util.TreeSet<>();
            java.util.List<String> first = new java.util.ArrayList<>();
            java.util.List<String> again = new java.util.ArrayList<>();
            java.util.Random a = new java.util.Random(3);
            java.util.Random b = new java.util.Random(3);
            for (int i = 0; i < 40; i++) {
                first.add(ti.prompt(null, "a red disc", a));
                again.add(ti.prompt(null, "a red disc", b));
            }
            drawn.addAll(first);
            assertEquals(java.util.Set.of("a painting of <two>, a red disc", "a photo of <two>"), drawn, "both lines, blank ones skipped");
            assertEquals(first, again, "the same generator draws the same lines");
        }
        for (String[] bad : new String[][] { { "missing.txt", "missing.txt cannot be read (no such file)" },
                { "empty.txt", "empty.txt holds no template" } }) {
            if (bad[0].equals("empty.txt")) {
                java.nio.file.Files.writeString(folder.resolve("empty.txt"), "\n  \n");
            }
            TrainingException e = assertThrows(TrainingException.class,
                    () -> TextualInversionRunner.templates(context, "", bad[0]));
            assertTrue(e.getMessage().contains("config › templateFile: ") && e.getMessage().endsWith(bad[1]), e.getMessage());
        }
        // the lists that come with Atelier, by AUTOMATIC1111's names; a file of the project by that name comes first
        String style = TextualInversionRunner.templates(context, "", "style");
        assertEquals(style, TextualInversionRunner.templates(context, "", "style.txt"));
        assertTrue(style.lines().count() > 10 && style.lines().allMatch(l -> l.contains("in the style of [name]")), style);
        String subject = TextualInversionRunner.templates(context, "", "subject_filewords");
        assertTrue(subject.lines().allMatch(l -> l.contains("[name]") && l.endsWith(", [filewords]")), subject);
        assertEquals(TextualInversionRunner.templates(context, "", "subject"), TextualInversionRunner.templates(context, "", "object"));
        java.nio.file.Files.writeString(folder.resolve("style"), "my own [name]\n");
        assertEquals("my own [name]\n", TextualInversionRunner.templates(context, "", "style"));
    }

    /** Several words in one run: one per dataset, each trained on its own dataset's images, each saved. */
    @Test
    void severalWordsTrainOnePerDataset() throws Exception {
        Path file = Projects.textualInversion(folder, "two-words", config -> {
            config.setSteps(4);
            config.setToken("<a>, <b>");
            config.setInitText("shape");
            config.setTemplate("[filewords], [name]");
            config.setLearningRate("5e-2");
        });
        DemoShapes.addDataset(folder, "orange", "10_orange", DemoShapes.six(0xf0821e, k -> "an orange " + k.word()));
        org.eclipse.emf.ecore.resource.ResourceSet resources = org.atelier.core.project.ProjectStore.newResourceSet();
        org.atelier.core.model.TrainingProject project = org.atelier.core.project.ProjectStore.loadProject(resources, folder);
        org.atelier.core.model.Experiment experiment = org.atelier.core.project.ProjectStore.loadExperiment(resources, file);
        experiment.getDatasets().add(project.getDatasets().stream().filter(d -> d.getId().equals("orange")).findFirst().orElseThrow());
        org.atelier.core.project.ProjectStore.save(experiment.eResource());
        LocalRunContext context = new LocalRunContext(file, folder.resolve("runs/two-words"));
        new TextualInversionRunner().run(context);
        float[] a = vectorsOf(context.outputFolder().resolve("a.safetensors"));
        float[] b = vectorsOf(context.outputFolder().resolve("b.safetensors"));
        assertFalse(java.util.Arrays.equals(a, b), "each word learnt from its own dataset (both started as 'shape')");
        try (StableDiffusion sd = StableDiffusion.load(folder.resolve("models/tiny.safetensors"), folder.resolve("tokenizer"))) {
            org.atelier.methods.ti.TextualInversions words = TextualInversionRunner.attachEach(context, sd,
                    (org.atelier.methods.ti.model.TextualInversionConfig) context.config(), List.of("<a>", "<b>"));
            for (String[] dataset : new String[][] { { "orange", "<b>" }, { TrainingProjects.DATASET, "<a>" } }) {
                org.atelier.core.model.Subset subset = project.getDatasets().stream().filter(d -> d.getId().equals(dataset[0]))
                        .findFirst().orElseThrow().getSubsets().get(0);
                Path image = org.atelier.datasets.DatasetScanner.folders(subset, folder).get(0).path().resolve("shape0.png");
                org.atelier.datasets.Item item = new org.atelier.datasets.Item(image, "x", true, 64, 64, 1,
                        org.atelier.core.model.SubsetRole.INSTANCE, 1);
                assertEquals("x, " + dataset[1], words.prompt(item, "x", new java.util.Random(1)), dataset[0]);
            }
        }
        experiment.getDatasets().remove(1);
        org.atelier.core.project.ProjectStore.save(experiment.eResource());
        TrainingException e = assertThrows(TrainingException.class,
                () -> new TextualInversionRunner().run(new LocalRunContext(file, folder.resolve("runs/refused"))));
        assertTrue(e.getMessage().contains("config › token: 2 words [<a>, <b>] for 1 dataset(s)"), e.getMessage());
    }

    private static float[] vectorsOf(Path file) throws Exception {
        try (TensorSource source = TensorFiles.open(file)) {
            return source.floats(source.tensor("emb_params"));
        }
    }
}
