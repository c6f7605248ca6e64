package org.atelier.methods.nulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atelier.cli.Cli;
import org.atelier.core.model.Experiment;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.runs.Metrics;
import org.atelier.core.runs.Samples;
import org.atelier.core.testing.TestProjects;
import org.atelier.diffusion.Png;
import org.atelier.methods.nulltext.model.NullTextConfig;
import org.atelier.runtime.Compute;
import org.atelier.tensors.TensorFileException;
import org.atelier.training.LocalRunContext;
import org.atelier.training.TrainingException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDManager;

/**
 * The demo's null-text experiment run as the workbench and {@code atelier run} run it (10 steps, 3 iterations), then
 * its inversion edited with {@code atelier edit}; and what each refuses.
 */
class NullTextRunTest {

    @TempDir
    static Path folder;

    private static Path experiment;
    private static LocalRunContext run;

    @BeforeAll
    static void runTheDemo() throws Exception {
        TestProjects.create(folder);
        new NullTextDemo().addTo(folder);
        experiment = folder.resolve("experiments/null-text-inversion.experiment");
        configure(c -> {
            c.setDdimSteps(10);
            c.setInnerSteps(3);
            c.setLearningRate(5e-2);
        }, null);
        run = new LocalRunContext(experiment, folder.resolve("runs/one"));
        new NullTextRunner().run(run);
    }

    private static void configure(java.util.function.Consumer<NullTextConfig> change, String edit) throws Exception {
        Experiment e = ProjectStore.loadExperiment(ProjectStore.newResourceSet(), experiment);
        change.accept((NullTextConfig) e.getConfig());
        if (edit != null) {
            e.getSampling().getPrompts().get(0).setPrompt(edit);
        }
        ProjectStore.save(e.eResource());
    }

    @Test
    void theRunSavesTheInversionAndShowsTheImageTheReconstructionsAndTheEdits() throws Exception {
        Path file = run.outputFolder().resolve("null-text-inversion.safetensors");
        try (NDManager manager = Compute.engine().newBaseManager()) {
            InversionFile inversion = InversionFile.read(file, manager);
            assertEquals("a red circle", inversion.caption());
            assertEquals(10, inversion.timesteps().length);
            assertEquals(List.of(10L, 1L, 77L), List.of(inversion.nullTexts().getShape().get(0), inversion.nullTexts().getShape().get(1),
                    inversion.nullTexts().getShape().get(2)));
            assertEquals("3", inversion.metadata().get("inner_steps"));
            assertEquals("shape0.png", inversion.metadata().get("image"));
        }
        List<Samples.Sample> samples = Samples.list(run.runFolder());
        assertEquals(List.of("the image: 'a red circle'", "DDIM inversion alone", "null-text reconstruction",
                "edit: 'a yellow circle'", "edit: 'a red square'"),
                samples.stream().map(s -> s.label().replaceAll(" \\(error .*\\)", "")).toList());
        assertEquals(10, Metrics.read(run.runFolder()).size());
    }

    @Test
    void atelierEditRegeneratesTheInversionWithAnEditedCaption() throws Exception {
        Path file = run.outputFolder().resolve("null-text-inversion.safetensors");
        Path model = folder.resolve("models/demo-base.safetensors");
        Path tokenizer = folder.resolve("tokenizer");
        Path png = folder.resolve("edit.png");
        String[] common = { "edit", file.toString(), "--model", model.toString(), "--tokenizer", tokenizer.toString() };
        assertEquals(Cli.OK, atelier(common, "--prompt", "a yellow circle", "--reweight", "yellow=1.5", "-o", png.toString()),
                err.toString(StandardCharsets.UTF_8));
        String parameters = Png.parameters(png);
        assertTrue(parameters.startsWith("a yellow circle\n") && parameters.contains("Cross replace: 0.8")
                && parameters.contains("Reweight: yellow=1.5"), parameters);
        assertEquals(Cli.INVALID, atelier(common, "--prompt", "squares", "-o", png.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("word swap"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Cli.OK, atelier(common, "--prompt", "squares", "--plain", "-o", png.toString()));
        assertTrue(Png.parameters(png).contains("Attention control: none"));
        assertEquals(Cli.INVALID, atelier(common, "--prompt", "a red circle", "--cross-replace", "2", "-o", png.toString()));
        String[] notOne = { "edit", model.toString(), "--model", model.toString(), "--tokenizer", tokenizer.toString() };
        assertEquals(Cli.INVALID, atelier(notOne, "--prompt", "a red circle", "-o", png.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a null-text inversion"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEditThatCannotBeAlignedIsRefusedBeforeTheInversion() throws Exception {
        configure(c -> {
        }, "squares");
        TrainingException e = assertThrows(TrainingException.class,
                () -> new NullTextRunner().run(new LocalRunContext(experiment, folder.resolve("runs/refused"))));
        assertTrue(e.getMessage().contains("sampling › prompt 'squares'"), e.getMessage());
        assertTrue(Files.notExists(folder.resolve("runs/refused/output/null-text-inversion.safetensors")));
        configure(c -> c.setImage("nothing.png"), "a yellow circle");
        TrainingException missing = assertThrows(TrainingException.class,
                () -> new NullTextRunner().run(new LocalRunContext(experiment, folder.resolve("runs/missing"))));
        assertTrue(missing.getMessage().contains("config › image: no image 'nothing.png'"), missing.getMessage());
        configure(c -> c.setImage(""), null);
        TensorFileException notOne = assertThrows(TensorFileException.class, () -> {
            try (NDManager manager = Compute.engine().newBaseManager()) {
                InversionFile.read(folder.resolve("models/demo-base.safetensors"), manager);
            }
        });
        assertTrue(notOne.getMessage().contains("demo-base.safetensors"), notOne.getMessage());
    }

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int atelier(String[] common, String... more) {
        err.reset();
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }
}
