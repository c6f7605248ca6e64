package org.atelier.methods.dreambooth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.atelier.core.model.Dataset;
import org.atelier.core.model.SubsetRole;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.runs.Metrics;
import org.atelier.datasets.Item;
import org.atelier.methods.dreambooth.model.DreamBoothConfig;
import org.atelier.methods.finetune.model.TrainedParts;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.atelier.training.ClassImages;
import org.atelier.training.LocalRunContext;
import org.atelier.training.Trainer;
import org.atelier.training.TrainingException;
import org.atelier.training.optim.Parameter;
import org.atelier.training.testing.TrainingProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DreamBooth on a tiny SD 1.x model: class images made once and reused, the prior loss weight, checks, onto a LoRA. */
class DreamBoothTest {

    private static final String METHOD = "org.atelier.methods.dreambooth";

    @TempDir
    Path folder;

    private Path experiment(String name, Consumer<DreamBoothConfig> configure) throws Exception {
        return TrainingProjects.create(folder, SdLayout.tinySd1(), METHOD, DreamBoothConfig.class, name, config -> {
            config.setSteps(4);
            config.setLearningRate("1e-4");
            config.setCheckpointEverySteps(100);
            config.setInstancePrompt("a photo of sks shape");
            config.setClassPrompt("a photo of shape");
            config.setClassImages(4);
            config.setClassSteps(2);
            config.setOutputName(name);
            configure.accept(config);
        });
    }

    private LocalRunContext run(Path experiment, String name) throws Exception {
        LocalRunContext context = new LocalRunContext(experiment, folder.resolve("runs/" + name));
        new DreamBoothRunner().run(context);
        return context;
    }

    private List<Path> classImages() throws Exception {
        try (Stream<Path> files = Files.walk(folder.resolve(ClassImages.CACHE))) {
            return files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
    }

    @Test
    void classImagesAreMadeOnceJoinTheDatasetAndAreReused() throws Exception {
        LocalRunContext first = run(experiment("first", config -> {
        }), "first");
        List<Path> made = classImages();
        assertEquals(4, made.size(), "the class images, made by the base model");
        assertEquals("a photo of shape", Files.readString(made.get(0).resolveSibling("0000.txt")));
        assertTrue(first.log().stream().anyMatch(l -> l.startsWith("Making 4 class images of 'a photo of shape'")), first.log().toString());
        Dataset dataset = ProjectStore.loadProject(ProjectStore.newResourceSet(), folder).getDatasets().get(0);
        assertTrue(dataset.getSubsets().stream().anyMatch(s -> s.getRole() == SubsetRole.REGULARISATION
                && s.getPath().startsWith(ClassImages.CACHE)), "the dataset editor shows them as a regularisation folder");
        assertTrue(Files.isRegularFile(first.outputFolder().resolve("first.safetensors")));
        assertEquals(1, first.models().size(), "the result joins the base models");

        FileTime when = Files.getLastModifiedTime(made.get(0));
        LocalRunContext second = run(experiment("second", config -> {
        }), "second");
        assertEquals(made, classImages(), "the same settings find them made");
        assertEquals(when, Files.getLastModifiedTime(made.get(0)));
        assertTrue(second.log().stream().anyMatch(l -> l.contains("class images of 'a photo of shape' are made already")),
                second.log().toString());
        long subsets = ProjectStore.loadProject(ProjectStore.newResourceSet(), folder).getDatasets().get(0).getSubsets().stream()
                .filter(s -> s.getRole() == SubsetRole.REGULARISATION).count();
        assertEquals(1, subsets, "added once");

        run(experiment("third", config -> config.setClassSeed(9)), "third");
        assertEquals(8, classImages().size(), "other settings, other class images");
        subsets = ProjectStore.loadProject(ProjectStore.newResourceSet(), folder).getDatasets().get(0).getSubsets().stream()
                .filter(s -> s.getRole() == SubsetRole.REGULARISATION).count();
        assertEquals(1, subsets, "the dataset holds the last settings' folder only");
    }

    @Test
    void thePriorLossWeightTakesEffect() throws Exception {
        // batch 1: each step is one image, a class image or one of the subject's; at weight 0 a class image's loss is 0
        List<Double> weighted = losses(run(experiment("weighted", config -> config.setSteps(8)), "weighted"));
        List<Double> unweighted = losses(run(experiment("unweighted", config -> {
            config.setSteps(8);
            config.setPriorLossWeight(0);
        }), "unweighted"));
        assertTrue(weighted.stream().noneMatch(l -> l == 0), weighted.toString());
        long zero = unweighted.stream().filter(l -> l == 0).count();
        assertTrue(zero >= 2 && zero <= 6, "the class images' steps weigh nothing: " + unweighted);
    }

    private static List<Double> losses(LocalRunContext context) throws Exception {
        return Metrics.read(context.runFolder()).stream().filter(r -> r.values().containsKey("loss"))
                .map(r -> r.values().get("loss")).toList();
    }

    @Test
    void theSubjectTrainsOnItsIdentifierAndTheClassOnItsOwnPrompt() {
        Trainer.Method base = new Trainer.Method() {
            @Override
            public List<Parameter> parameters() {
                return List.of();
            }

            @Override
            public List<Path> save(Path f, long step) {
                return List.of();
            }
        };
        DreamBoothMethod method = new DreamBoothMethod(base, "a photo of sks shape", false);
        Item subject = new Item(Path.of("red.png"), "a red disc", true, 64, 64, 1, SubsetRole.INSTANCE, 1);
        Item classImage = new Item(Path.of("0000.png"), "a photo of shape", true, 64, 64, 1, SubsetRole.REGULARISATION, 1);
        assertEquals("a photo of sks shape", method.prompt(subject, "a red disc"));
        assertEquals("a photo of shape", method.prompt(classImage, "a photo of shape"));
        DreamBoothMethod captions = new DreamBoothMethod(base, "a photo of sks shape", true);
        assertEquals("a red disc", captions.prompt(subject, "a red disc"), "with captions, the subject's own where it has one");
    }

    @Test
    void promptsThatDoNotFitAndTooFewClassImagesAreRefused() throws Exception {
        TrainingException notInInstance = assertThrows(TrainingException.class, () -> run(experiment("wrong", config ->
                config.setClassPrompt("a photo of dog")), "wrong"));
        assertTrue(notInInstance.getMessage().contains("classPrompt: 'a photo of dog' has [dog]"), notInInstance.getMessage());
        TrainingException few = assertThrows(TrainingException.class, () -> run(experiment("few", config ->
                config.setClassImages(2)), "few"));
        assertTrue(few.getMessage().contains("classImages: 2 class images for 4 images of the subject"), few.getMessage());
        assertFalse(Files.exists(folder.resolve(ClassImages.CACHE)), "refused before any image is made");
    }

    @Test
    void ontoALoraTheResultIsAKohyaLora() throws Exception {
        LocalRunContext context = run(experiment("lora", config -> {
            config.setTrainsLora(true);
            config.setLoraRank(2);
            config.setTrains(TrainedParts.UNET);
        }), "lora");
        try (SafetensorsReader reader = SafetensorsReader.open(context.outputFolder().resolve("lora.safetensors"))) {
            assertNotNull(reader.tensor("lora_unet_down_blocks_0_attentions_0_proj_in.lora_down.weight"));
            assertEquals("stable-diffusion-v1/lora", reader.metadata().get("modelspec.architecture"));
        }
        assertTrue(context.models().isEmpty(), "a LoRA is no base model");
    }
}
