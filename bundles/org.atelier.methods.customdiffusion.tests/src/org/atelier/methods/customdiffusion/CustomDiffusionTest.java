package org.atelier.methods.customdiffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.Precision;
import org.atelier.core.model.SubsetRole;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.runs.Metrics;
import org.atelier.diffusion.Embeddings;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.lora.LoraSource;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.methods.customdiffusion.model.CustomDiffusionConfig;
import org.atelier.methods.customdiffusion.model.TrainedProjections;
import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.TensorInfo;
import org.atelier.training.DemoShapes;
import org.atelier.training.LocalRunContext;
import org.atelier.training.TrainingException;
import org.atelier.training.testing.TrainingProjects;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom Diffusion on a tiny SD 1.x model: it learns; its files are diffusers' (keys, shapes, types); its exports give
 * the image its own weights give; several concepts train in one run; bad settings are refused naming the field.
 */
class CustomDiffusionTest {

    private static final String METHOD = "org.atelier.methods.customdiffusion";
    private static final Sampler.Progress QUIET = (done, total) -> {
    };

    @TempDir
    Path folder;

    private Path experiment(String name, Consumer<CustomDiffusionConfig> configure) throws Exception {
        return TrainingProjects.create(folder, SdLayout.tinySd1(), METHOD, CustomDiffusionConfig.class, name, config -> {
            config.setSteps(12);
            config.setBatchSize(1);
            config.setLearningRate("5e-3");
            config.setCheckpointEverySteps(6);
            config.setValidationShare(0.25);
            config.setInstancePrompt("a <new1> shape");
            config.setPriorPreservation(false);
            config.setOutputType(Precision.FP32);
            config.setOutputName(name);
            configure.accept(config);
        });
    }

    private LocalRunContext run(Path experiment, String name) throws Exception {
        LocalRunContext context = new LocalRunContext(experiment, folder.resolve("runs/" + name));
        new CustomDiffusionRunner().run(context);
        return context;
    }

    @Test
    void itLearnsAndWritesDiffusersFiles() throws Exception {
        LocalRunContext context = run(experiment("kv", config -> {
        }), "kv");
        List<Double> validation = Metrics.read(context.runFolder()).stream()
                .filter(r -> r.values().containsKey("validation_loss")).map(r -> r.values().get("validation_loss")).toList();
        assertEquals(3, validation.size(), "validation before training and at each checkpoint");
        assertTrue(validation.get(2) < validation.get(0), "the held-out loss falls: " + validation);

        Path model = folder.resolve("models/tiny.safetensors");
        Path weights = context.outputFolder().resolve("kv/pytorch_custom_diffusion_weights.safetensors");
        try (SafetensorsReader base = SafetensorsReader.open(model); SafetensorsReader file = SafetensorsReader.open(weights)) {
            List<TensorInfo> keys = base.tensors().stream().filter(t -> t.name().endsWith("attn2.to_k.weight")).toList();
            assertEquals(2 * keys.size(), file.tensors().size(), "a key and a value projection per cross-attention");
            for (TensorInfo t : file.tensors()) {
                assertTrue(t.name().matches("(down_blocks\\.\\d+\\.attentions|mid_block\\.attentions|up_blocks\\.\\d+\\.attentions)"
                        + "\\.\\d+\\.transformer_blocks\\.\\d+\\.attn2\\.processor\\.to_[kv]_custom_diffusion\\.weight"), t.name());
                assertEquals(DType.F32, t.dtype(), t.name());
            }
            // the first cross-attention, named by each layout: the same shape, trained away from the base
            TensorInfo trained = file.tensor("down_blocks.0.attentions.0.transformer_blocks.0.attn2.processor.to_k_custom_diffusion.weight");
            TensorInfo original = base.tensor("model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight");
            assertArrayEquals(original.shape(), trained.shape());
            assertEquals(32, trained.dim(1), "its inputs are the text encoder's width");
            assertFalse(java.util.Arrays.equals(base.floats(original), file.floats(trained)), "it trained");
            assertEquals(Set.of(), file.tensors().stream().map(TensorInfo::name).filter(n -> n.contains("to_q") || n.contains("to_out"))
                    .collect(Collectors.toSet()), "keys and values only");
        }
        try (SafetensorsReader token = SafetensorsReader.open(context.outputFolder().resolve("kv/<new1>.safetensors"))) {
            assertEquals(List.of("<new1>"), token.tensors().stream().map(TensorInfo::name).toList());
            assertArrayEquals(new long[] { 32 }, token.tensors().get(0).shape(), "one vector, as diffusers saves it");
            assertEquals("pt", token.metadata().get("format"));
        }
    }

    @Test
    void theExportsGiveTheImageItsOwnWeightsGive() throws Exception {
        LocalRunContext context = run(experiment("all", config -> {
            config.setTrains(TrainedProjections.CROSSATTN);
            config.setExportCheckpoint(true);
            config.setValidationShare(0);
        }), "all");
        Path out = context.outputFolder();
        Path model = folder.resolve("models/tiny.safetensors");
        Path tokenizer = folder.resolve("tokenizer");
        try (SafetensorsReader file = SafetensorsReader.open(out.resolve("all/pytorch_custom_diffusion_weights.safetensors"))) {
            Set<String> kinds = new TreeSet<>();
            file.tensors().forEach(t -> kinds.add(t.name().replaceAll(".*\\.processor\\.", "")));
            assertEquals(Set.of("to_k_custom_diffusion.weight", "to_v_custom_diffusion.weight", "to_q_custom_diffusion.weight",
                    "to_out_custom_diffusion.0.weight", "to_out_custom_diffusion.0.bias"), kinds, "all four projections");
        }
        StableDiffusion.Settings settings = new StableDiffusion.Settings("a <new1> shape", "", 2, 7f, Sampler.EULER, 3, 64, 64, 1,
                0.5f, 0);
        float[] own = image(model, tokenizer, out.resolve("all/pytorch_custom_diffusion_weights.safetensors"), 1f,
                out.resolve("all/<new1>.safetensors"), settings);
        float[] diff = image(model, tokenizer, out.resolve("all.safetensors"), 1f, out.resolve("new1.pt"), settings);
        float[] merged = image(out.resolve("all-merged.safetensors"), tokenizer, null, 1f, out.resolve("new1.pt"), settings);
        assertClose(own, diff, "the .diff module and the AUTOMATIC1111 embedding");
        assertClose(own, merged, "the merged checkpoint");

        StableDiffusion.Settings plain = new StableDiffusion.Settings("a shape", "", 2, 7f, Sampler.EULER, 3, 64, 64, 1, 0.5f, 0);
        float[] base = image(model, tokenizer, null, 1f, null, plain);
        assertArrayEquals(base, image(model, tokenizer, out.resolve("all/pytorch_custom_diffusion_weights.safetensors"), 0f, null,
                plain), "at strength 0 the base model's image, bit for bit");
        assertFalse(java.util.Arrays.equals(base, image(model, tokenizer,
                out.resolve("all/pytorch_custom_diffusion_weights.safetensors"), 1f, null, plain)), "at strength 1 another");
    }

    private static float[] image(Path model, Path tokenizer, Path weights, float strength, Path token,
            StableDiffusion.Settings settings) throws Exception {
        List<LoraSource.Lora> patches = weights == null ? List.of() : List.of(new LoraSource.Lora(weights, strength));
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer, patches)) {
            if (token != null) {
                sd.addEmbedding("<new1>", Embeddings.read(token, 1, sd.manager()));
            }
            return sd.generate(settings, null, null, QUIET).latents();
        }
    }

    private static void assertClose(float[] expected, float[] actual, String what) {
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(worst < 1e-3, what + ": the largest difference of the latents is " + worst);
    }

    @Test
    void severalConceptsTrainInOneRunEachWithItsClassImages() throws Exception {
        Path file = experiment("two", config -> {
            config.setModifierToken("<new1>+<new2>");
            config.setInstancePrompt("a <new1> shape + a <new2> shape");
            config.setPriorPreservation(true);
            config.setClassPrompt("a shape+a thing");
            config.setClassImages(2);
            config.setClassSteps(2);
            config.setValidationShare(0);
        });
        DemoShapes.addDataset(folder, "second", "", DemoShapes.six(0x8c28b4, kind -> "a <new2> " + kind.word()).subList(0, 2));
        ResourceSet resources = ProjectStore.newResourceSet();
        Experiment experiment = ProjectStore.loadExperiment(resources, file);
        Dataset second = ProjectStore.loadProject(resources, folder).getDatasets().stream()
                .filter(d -> d.getId().equals("second")).findFirst().orElseThrow();
        experiment.getDatasets().add(second);
        ProjectStore.save(experiment.eResource());

        LocalRunContext context = run(file, "two");
        assertTrue(Files.isRegularFile(context.outputFolder().resolve("two/<new1>.safetensors")));
        assertTrue(Files.isRegularFile(context.outputFolder().resolve("two/<new2>.safetensors")));
        assertTrue(context.log().stream().anyMatch(l -> l.startsWith("Making 2 class images of 'a shape'")), context.log().toString());
        assertTrue(context.log().stream().anyMatch(l -> l.startsWith("Making 2 class images of 'a thing'")), context.log().toString());
        for (Dataset dataset : ProjectStore.loadProject(ProjectStore.newResourceSet(), folder).getDatasets()) {
            assertEquals(1, dataset.getSubsets().stream().filter(s -> s.getRole() == SubsetRole.REGULARISATION).count(),
                    "each concept's dataset holds its class images: " + dataset.getId());
        }
        assertTrue(context.log().stream().anyMatch(l -> l.contains("second: 'a <new2> shape', class images of 'a thing'")),
                context.log().toString());
    }

    /** A run killed after its step-4 checkpoint, resumed, ends where an uninterrupted run ends: weights and tokens. */
    @Test
    void aResumedRunEndsWhereAnUninterruptedOneEnds() throws Exception {
        Path file = experiment("resume", config -> {
            config.setSteps(6);
            config.setCheckpointEverySteps(2);
            config.setValidationShare(0);
            config.setExportDiff(false);
        });
        LocalRunContext straight = new LocalRunContext(file, folder.resolve("runs/straight"));
        train(straight, null);
        LocalRunContext broken = new LocalRunContext(file, folder.resolve("runs/broken"));
        java.io.IOException crash = assertThrows(java.io.IOException.class, () -> train(broken, (step, loss) -> {
            if (step == 5) {
                throw new java.io.IOException("killed after step 5");
            }
        }));
        assertEquals("killed after step 5", crash.getMessage());
        LocalRunContext resumed = new LocalRunContext(file, folder.resolve("runs/broken"));
        train(resumed, null);
        assertTrue(resumed.log().stream().anyMatch(l -> l.startsWith("Resuming at step 4")), resumed.log().toString());
        for (String name : List.of("resume/pytorch_custom_diffusion_weights.safetensors", "resume/<new1>.safetensors")) {
            try (SafetensorsReader a = SafetensorsReader.open(straight.outputFolder().resolve(name));
                    SafetensorsReader b = SafetensorsReader.open(broken.outputFolder().resolve(name))) {
                for (TensorInfo t : a.tensors()) {
                    assertArrayEquals(a.floats(t), b.floats(b.tensor(t.name())), 1e-6f, name + " " + t.name());
                }
            }
        }
    }

    private static void train(LocalRunContext context, org.atelier.training.Trainer.StepListener listener) throws Exception {
        CustomDiffusionConfig config = (CustomDiffusionConfig) context.config();
        Concepts concepts = Concepts.of(context.experiment(), config);
        org.atelier.training.TrainingRun.run(context, CustomDiffusionConfig.class,
                (sd, c, data) -> CustomDiffusionRunner.attach(context, sd, c, concepts), CustomDiffusionRunner.TRAINED, listener);
    }

    @Test
    void badSettingsAreRefusedNamingTheField() {
        TrainingException e = assertThrows(TrainingException.class, () -> run(experiment("twice",
                c -> c.setModifierToken("<new1>+<new1>")), "twice"));
        assertTrue(e.getMessage().contains("modifierToken") && e.getMessage().contains("given twice"), e.getMessage());
        e = assertThrows(TrainingException.class, () -> run(experiment("known", c -> {
            c.setModifierToken("a");
            c.setInstancePrompt("a shape");
        }), "known"));
        assertTrue(e.getMessage().contains("modifierToken") && e.getMessage().contains("a token of the vocabulary already"),
                e.getMessage());
        e = assertThrows(TrainingException.class, () -> run(experiment("words", c -> {
            c.setModifierToken("<a>+<b>");
            c.setInitializerToken("ktn");
        }), "words"));
        assertTrue(e.getMessage().contains("initializerToken") && e.getMessage().contains("1 word(s) for 2"), e.getMessage());
        e = assertThrows(TrainingException.class, () -> run(experiment("path", c -> c.setModifierToken("<a/b>")), "path"));
        assertTrue(e.getMessage().contains("modifierToken") && e.getMessage().contains("a path's characters"), e.getMessage());
        e = assertThrows(TrainingException.class, () -> run(experiment("files", c -> {
            c.setModifierToken("<new1>+[new1]");
            c.setInitializerToken("ktn+pll");
        }), "files"));
        assertTrue(e.getMessage().contains("modifierToken") && e.getMessage().contains("would share a file"), e.getMessage());
        e = assertThrows(TrainingException.class, () -> run(experiment("prompts", c -> c.setInstancePrompt("a+b")), "prompts"));
        assertTrue(e.getMessage().contains("instancePrompt") && e.getMessage().contains("2 prompt(s) for 1 dataset"), e.getMessage());
    }
}
