package org.atelier.demo.model.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.atelier.common.Exits;
import org.atelier.core.runs.RunSettings;
import org.atelier.demo.model.DemoModel;
import org.atelier.tensors.DType;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier demo-model}: makes the demo's base model again, as it was made. */
@Command(name = "demo-model", description = { "Makes the demo projects' base model (demo-base): a small SD 1.x checkpoint "
        + "(the tiny layout, fp16) trained here on flat circles, squares and triangles of seven colours (no orange, no "
        + "brown), its VAE first, then its UNet and text encoder through a fine-tuning run. The same seed and steps, "
        + "on the same kind of CPU with the same threads, make the same file.",
        "The committed model was made with the defaults; it takes tens of minutes on two cores." })
public final class DemoModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = { "-o", "--out" }, required = true, paramLabel = "FILE", description = "the checkpoint to write (.safetensors)")
    Path out;

    @Option(names = "--work", paramLabel = "DIR", description = "where to work, kept afterwards: the training project with "
            + "its run (metrics, samples, log); default: a temporary folder, deleted at the end")
    Path work;

    @Option(names = "--seed", paramLabel = "N", description = "the seed of everything (default: the committed model's, ${DEFAULT-VALUE})")
    long seed = DemoModel.Recipe.standard().seed();

    @Option(names = "--vae-steps", paramLabel = "N", description = "the VAE's training steps (default: ${DEFAULT-VALUE})")
    int vaeSteps = DemoModel.Recipe.standard().vae().steps();

    @Option(names = "--unet-steps", paramLabel = "N", description = "the UNet and text encoder's training steps (default: ${DEFAULT-VALUE})")
    int unetSteps = DemoModel.Recipe.standard().unetSteps();

    @Option(names = "--vae-from", paramLabel = "FILE", description = "the VAE stage of an earlier making with the same "
            + "seed and VAE steps (its work folder's project/models/shapes-vae.safetensors): the UNet and text encoder "
            + "train from it, and the VAE is not trained again")
    Path vaeFrom;

    @Option(names = "--dtype", paramLabel = "fp16|fp8-e4m3", description = "the element type written (default: "
            + "${DEFAULT-VALUE}; the training bundle keeps the demo model in fp8-e4m3, half the size)")
    String dtype = "fp16";

    @Option(names = "--threads", paramLabel = "N", description = "PyTorch's threads (default: one a core; 1 is often "
            + "faster on a machine busy with other work)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (!out.getFileName().toString().endsWith(".safetensors")) {
            throw new ParameterException(spec.commandLine(), "--out: a .safetensors file, not " + out.getFileName());
        }
        DType type = DType.ofLabel(dtype);
        if (type != DType.F16 && type != DType.F8_E4M3) {
            throw new ParameterException(spec.commandLine(), "--dtype takes fp16 or fp8-e4m3, not '" + dtype + "'");
        }
        if (vaeSteps < 1 || unetSteps < 1) {
            throw new ParameterException(spec.commandLine(), "--vae-steps and --unet-steps: at least 1");
        }
        if (work != null && Files.isDirectory(work)) {
            try (Stream<Path> inside = Files.list(work)) {
                if (inside.findAny().isPresent()) {
                    throw new ParameterException(spec.commandLine(), "--work: " + work + " is not empty");
                }
            }
        }
        if (threads != null) {
            if (threads < 1) {
                throw new ParameterException(spec.commandLine(), "--threads: at least 1");
            }
            RunSettings.set(RunSettings.THREADS, threads.toString());
        }
        DemoModel.Recipe recipe = DemoModel.Recipe.standard().withSteps(vaeSteps, unetSteps).withSeed(seed);
        if (vaeFrom != null) {
            try {
                DemoModel.checkVaeStage(recipe, vaeFrom);
            } catch (IllegalArgumentException | IOException e) {
                throw new ParameterException(spec.commandLine(), "--vae-from: " + e.getMessage());
            }
        }
        PrintWriter printer = spec.commandLine().getOut();
        Path folder = work != null ? work : Files.createTempDirectory("atelier-demo-model");
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            DemoModel.make(recipe, out, type, folder, vaeFrom, printer);
        } finally {
            if (work == null) {
                deleteTree(folder);
            }
        }
        return Exits.OK;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
