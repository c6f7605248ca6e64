package org.atelier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.atelier.core.testing.DemoExperiments;
import org.atelier.core.model.Run;
import org.atelier.core.model.RunStatus;
import org.atelier.common.AtomicFiles;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.runs.Metrics;
import org.atelier.diffusion.Png;
import org.junit.jupiter.api.Test;

/** Training from the command line on the demo project: a LoRA run, a resumed run, the results in generate. */
class TrainingCommandTest extends CliRunner {

    @Test
    void trainResumeAndUseTheResults() throws Exception {
        Path demo = folder.resolve("demo");
        assertEquals(Cli.OK, atelier("new", demo.toString(), "--demo"), err());
        Path lora = demo.resolve("experiments/lora.experiment");
        DemoExperiments.shorten(lora, 60, 20);
        assertEquals(Cli.OK, atelier("validate", lora.toString()), err());
        assertTrue(out().contains("Plan: 6 images (60 per epoch with repeats) in 1 bucket (64x64: 60); batch 1, gradient"
                + " accumulation 1: 60 forward passes and 60 steps per epoch; 60 steps = 1 epoch.")
                && out().contains("Estimate: a step at 64x64 needs about 0.6 GB and "), out());
        assertTrue(java.util.regex.Pattern.compile("and [0-9.]+ s on the CPU; 60 steps about [0-9.]+ s").matcher(out()).find(),
                "the time a step will take, from the model's operations and the CPU's measured speed: " + out());
        assertEquals(Cli.OK, atelier("run", lora.toString()), err());
        assertTrue(out().contains("succeeded"), out());
        Path run;
        try (Stream<Path> runs = Files.list(demo.resolve("runs"))) {
            run = runs.filter(p -> p.getFileName().toString().endsWith("-lora")).findFirst().orElseThrow();
        }
        Path output = run.resolve("output/demo-lora.safetensors");
        assertTrue(Files.isRegularFile(output), out());
        String log = Files.readString(run.resolve("log.txt"));
        assertTrue(log.contains("Training on 6 images (60 per epoch with repeats)"), log);
        try (Stream<Path> samples = Files.list(run.resolve("samples"))) {
            List<Path> pngs = samples.sorted().toList();
            assertEquals(8, pngs.size(), "two prompts before the first step and at steps 20, 40 and 60: " + pngs);
            assertTrue(Png.parameters(pngs.get(0)).contains("Training step: 0"), Png.parameters(pngs.get(0)));
            assertTrue(Png.parameters(pngs.get(2)).contains("Training step: 20"), Png.parameters(pngs.get(2)));
        }
        assertEquals(Cli.INVALID, atelier("resume", run.toString()));
        assertTrue(err().contains("cannot be resumed: it has finished"), err());

        // as if the run had been stopped after its step-40 checkpoint: resumed, it trains steps 41 to 60 again
        Files.delete(run.resolve("checkpoints/step-00000060.safetensors"));
        Files.delete(output);
        Path runFile = run.resolve(ProjectStore.RUN_FILE);
        AtomicFiles.writeString(runFile, Files.readString(runFile).replace("status=\"SUCCEEDED\"", "status=\"CANCELLED\""));
        assertEquals(Cli.OK, atelier("resume", run.toString()), err());
        assertTrue(Files.readString(run.resolve("log.txt")).contains("Resuming at step 40"), "the log says where it resumed");
        assertTrue(Files.isRegularFile(output));
        Run resumed = ProjectStore.loadRun(ProjectStore.newResourceSet(), run);
        assertEquals(RunStatus.SUCCEEDED, resumed.getStatus());
        List<Long> steps = Metrics.read(run).stream().map(Metrics.Row::step).toList();
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 60).boxed().toList(), steps,
                "steps 1 to 60, each once (41 to 60 logged by the resumed run)");

        // the LoRA and an embedding in generate
        Path ti = demo.resolve("experiments/textual-inversion.experiment");
        assertEquals(Cli.OK, atelier("run", ti.toString()), err());
        Path embedding;
        try (Stream<Path> runs = Files.list(demo.resolve("runs"))) {
            embedding = runs.filter(p -> p.getFileName().toString().endsWith("-textual-inversion")).findFirst().orElseThrow()
                    .resolve("output/amber.safetensors");
        }
        Path plain = folder.resolve("plain.png");
        Path styled = folder.resolve("styled.png");
        List<String> common = List.of("generate", "--model", demo.resolve("models/demo-base.safetensors").toString(),
                "--tokenizer", demo.resolve("tokenizer").toString(), "--steps", "2", "--size", "64x64", "--seed", "3");
        assertEquals(Cli.OK, atelier(concat(common, "--prompt", "a red shape", "-o", plain.toString())), err());
        assertEquals(Cli.OK, atelier(concat(common, "--prompt", "a red shape", "--lora", output + ":1",
                "--embedding", embedding.toString(), "-o", styled.toString())), err());
        assertTrue(Png.parameters(styled).contains("Lora: demo-lora:1.0"), Png.parameters(styled));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(plain), Files.readAllBytes(styled)));
        Path named = folder.resolve("named.png");
        assertEquals(Cli.OK, atelier(concat(common, "--prompt", "a <amber> square", "--embedding", embedding.toString(), "-o",
                named.toString())), err());
        Path unnamed = folder.resolve("unnamed.png");
        assertEquals(Cli.OK, atelier(concat(common, "--prompt", "a <amber> square", "-o", unnamed.toString())), err());
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(named), Files.readAllBytes(unnamed)),
                "the embedding's word conditions the image");
        assertEquals(Cli.INVALID, atelier(concat(common, "--prompt", "x", "--embedding", output.toString(), "-o",
                named.toString())));
        assertTrue(err().contains("not a textual-inversion embedding"), err());
    }

    @Test
    void aDatasetFromAnImageFolderInKohyasLayout() throws Exception {
        Path project = folder.resolve("mine");
        assertEquals(Cli.OK, atelier("new", project.toString()));
        Path concept = Files.createDirectories(folder.resolve("img/10_mycat"));
        Path shapes = folder.resolve("shapes");
        assertEquals(Cli.OK, atelier("new", shapes.toString(), "--demo"));
        try (Stream<Path> images = Files.list(shapes.resolve("datasets/shapes/10_shapes"))) {
            for (Path image : images.filter(p -> p.toString().endsWith(".png")).sorted().limit(3).toList()) {
                Files.copy(image, concept.resolve(image.getFileName()));
            }
        }
        Files.writeString(concept.resolve("blue_circle.txt"), "mycat, sitting");
        assertEquals(Cli.OK, atelier("add-dataset", project.toString(), folder.resolve("img").toString(), "--id", "cats",
                "--resolution", "64"), err());
        assertTrue(out().contains("Added dataset 'cats'") && out().contains("3 images in 1 folder (30 per epoch with repeats)"),
                out());
        assertTrue(out().contains("Note: 2 images have no caption file"), out());
        assertEquals(Cli.OK, atelier("show", project.toString()));
        assertTrue(out().contains("Datasets (1)"), out());
        assertEquals(Cli.INVALID, atelier("add-dataset", project.toString(), folder.resolve("img").toString(), "--id", "cats"));
        assertTrue(err().contains("has a dataset 'cats' already"), err());
        Path empty = Files.createDirectories(folder.resolve("nothing"));
        assertEquals(Cli.INVALID, atelier("add-dataset", project.toString(), empty.toString()));
        assertTrue(err().contains("no images to train on"), err());
    }

    private static String[] concat(List<String> common, String... more) {
        List<String> all = new java.util.ArrayList<>(common);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
