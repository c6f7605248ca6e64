package org.atelier.methods.finetune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.atelier.core.model.Precision;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.methods.finetune.model.CheckpointFormat;
import org.atelier.methods.finetune.model.FineTuneConfig;
import org.atelier.methods.finetune.model.TrainedParts;
import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;
import org.atelier.training.LocalRunContext;
import org.atelier.training.TrainingException;
import org.atelier.training.testing.TrainingProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fine-tuning a tiny SD 1.x model: what trains, the checkpoint written, the text encoder's first steps, resume. */
class FineTuneTest {

    private static final String METHOD = "org.atelier.methods.finetune";

    @TempDir
    Path folder;

    private Path experiment(String name, Consumer<FineTuneConfig> configure) throws Exception {
        return TrainingProjects.create(folder, SdLayout.tinySd1(), METHOD, FineTuneConfig.class, name, config -> {
            config.setSteps(3);
            config.setLearningRate("1e-3");
            config.setCheckpointEverySteps(100);
            config.setOutputName(name);
            configure.accept(config);
        });
    }

    private LocalRunContext run(Path experiment, String name) throws Exception {
        LocalRunContext context = new LocalRunContext(experiment, folder.resolve("runs/" + name));
        new FineTuneRunner().run(context);
        return context;
    }

    private Path base() {
        return folder.resolve("models/" + TrainingProjects.MODEL + ".safetensors");
    }

    /** The keys of the result whose values differ from the base's. */
    private static List<String> changed(Path base, Path result) throws Exception {
        List<String> changed = new ArrayList<>();
        try (TensorSource a = TensorFiles.open(base); TensorSource b = TensorFiles.open(result)) {
            for (TensorInfo t : a.tensors()) {
                if (t.dtype().isFloatingPoint() && !java.util.Arrays.equals(a.floats(t), b.floats(b.tensor(t.name())))) {
                    changed.add(t.name());
                }
            }
        }
        return changed;
    }

    @Test
    void theCheckpointHasTheBaseKeysShapesAndTypesWithOnlyTheUNetChanged() throws Exception {
        LocalRunContext context = run(experiment("unet", config -> {
            config.setTrains(TrainedParts.UNET);
            config.setSaveEverySteps(2);
        }), "unet");
        Path result = context.outputFolder().resolve("unet.safetensors");
        assertEquals(List.of(result), context.artifacts());
        Path copy = context.outputFolder().resolve("step-00000002/unet.safetensors");
        assertTrue(java.nio.file.Files.isRegularFile(copy), "the copy at step 2 in its own folder");
        assertFalse(java.util.Arrays.equals(java.nio.file.Files.readAllBytes(copy), java.nio.file.Files.readAllBytes(result)),
                "the copy is step 2's, the result step 3's");
        assertEquals(1, context.models().size(), "the checkpoint joins the project's base models");
        try (SafetensorsReader a = SafetensorsReader.open(base()); SafetensorsReader b = SafetensorsReader.open(result)) {
            assertEquals(a.tensors().stream().map(TensorInfo::name).toList(), b.tensors().stream().map(TensorInfo::name).toList(),
                    "the base's keys, in its order");
            for (TensorInfo t : a.tensors()) {
                TensorInfo u = b.tensor(t.name());
                assertArrayEquals(t.shape(), u.shape(), t.name());
                assertEquals(t.dtype(), u.dtype(), t.name() + " keeps the base's type");
            }
            assertTrue(b.metadata().get("modelspec.architecture").equals("stable-diffusion-v1"), b.metadata().toString());
            assertTrue(b.metadata().get("atelier_training_recipe").contains("\"method\":\"" + METHOD + "\""));
        }
        List<String> changed = changed(base(), result);
        long unet;
        try (TensorSource a = TensorFiles.open(base())) {
            unet = a.tensors().stream().filter(t -> t.name().startsWith("model.diffusion_model.")).count();
        }
        assertTrue(changed.stream().allMatch(k -> k.startsWith("model.diffusion_model.")), "only the UNet changed: " + changed);
        assertTrue(changed.size() > unet * 0.9, changed.size() + " of the UNet's " + unet + " tensors changed");

        try (StableDiffusion sd = StableDiffusion.load(result, folder.resolve("tokenizer"))) {
            StableDiffusion.Settings settings = new StableDiffusion.Settings("a red disc", "", 2, 5f, Sampler.EULER, 1, 64, 64, 1,
                    0.75f, 0);
            assertEquals(64, sd.generate(settings, null, null, (done, total) -> {
            }).image().getWidth(), "the checkpoint generates");
        }
    }

    @Test
    void patternsChooseWhatTrainsAndWhatStaysFrozen() throws Exception {
        LocalRunContext decoder = run(experiment("decoder", config -> {
            config.setTrains(TrainedParts.PATTERN);
            config.setIncludePattern("model\\.diffusion_model\\.output_blocks\\.");
            config.setExcludePattern("norm");
        }), "decoder");
        List<String> changed = changed(base(), decoder.outputFolder().resolve("decoder.safetensors"));
        assertFalse(changed.isEmpty());
        Predicate<String> trained = k -> k.startsWith("model.diffusion_model.output_blocks.") && !k.contains("norm");
        assertTrue(changed.stream().allMatch(trained), "only the output blocks' non-norm tensors: " + changed);

        TrainingException none = assertThrows(TrainingException.class, () -> run(experiment("none", config -> {
            config.setTrains(TrainedParts.PATTERN);
            config.setIncludePattern("no\\.such\\.key");
        }), "none"));
        assertTrue(none.getMessage().contains("matches none of its"), none.getMessage());
        TrainingException broken = assertThrows(TrainingException.class, () -> run(experiment("broken", config -> {
            config.setTrains(TrainedParts.PATTERN);
            config.setIncludePattern("(unclosed");
        }), "broken"));
        assertTrue(broken.getMessage().contains("includePattern: not a regular expression"), broken.getMessage());
    }

    @Test
    void theTextEncoderTrainsForItsFirstStepsOnly() throws Exception {
        Consumer<FineTuneConfig> both = config -> {
            config.setTrains(TrainedParts.UNET_AND_TEXT_ENCODER);
            config.setTextEncoderSteps(2);
            config.setOutputType(Precision.FP32);
        };
        Path two = run(experiment("two", both.andThen(c -> c.setSteps(2))), "two").outputFolder().resolve("two.safetensors");
        Path four = run(experiment("four", both.andThen(c -> c.setSteps(4))), "four").outputFolder().resolve("four.safetensors");
        List<String> changed = changed(base(), four);
        assertTrue(changed.stream().anyMatch(FineTune::isTextEncoder), "the text encoder trained: " + changed);
        try (SafetensorsReader a = SafetensorsReader.open(two); SafetensorsReader b = SafetensorsReader.open(four)) {
            int textEncoder = 0;
            for (TensorInfo t : a.tensors()) {
                if (FineTune.isTextEncoder(t.name())) {
                    assertArrayEquals(a.floats(t), b.floats(b.tensor(t.name())), t.name() + ": as it was after step 2");
                    textEncoder++;
                }
            }
            assertTrue(textEncoder > 10);
            TensorInfo unet = a.tensor("model.diffusion_model.out.2.weight");
            assertFalse(java.util.Arrays.equals(a.floats(unet), b.floats(b.tensor(unet.name()))), "the UNet trained on");
            assertEquals(DType.F32, unet.dtype(), "saved in the precision asked for");
        }
    }

    @Test
    void aCkptAndADiffusersFolderAreWrittenOnRequest() throws Exception {
        Path ckpt = run(experiment("asckpt", config -> config.setOutputFormat(CheckpointFormat.CKPT)), "ckpt")
                .outputFolder().resolve("asckpt.ckpt");
        assertEquals(List.of(), changed(ckpt, run(experiment("again", config -> {
        }), "again").outputFolder().resolve("again.safetensors")), "a .ckpt of the same training holds the same tensors");
        Path diffusers = run(experiment("folder", config -> config.setOutputFormat(CheckpointFormat.DIFFUSERS)), "folder")
                .outputFolder().resolve("folder");
        assertTrue(Files.isRegularFile(diffusers.resolve("model_index.json")));
        assertTrue(Files.isRegularFile(diffusers.resolve("tokenizer/vocab.json")), "the project's tokenizer is copied in");
        try (StableDiffusion sd = StableDiffusion.load(diffusers, null)) {
            assertTrue(sd.weights().tensors().size() > 100);
        }
    }
}
