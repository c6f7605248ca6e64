package org.atelier.demo.model.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.common.ProgressLine;
import org.atelier.demo.model.DemoClip;
import org.atelier.diffusion.text.ClipTokenizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier demo-clip}: makes the vision tower of the demo's CLIP model again, as it was made. */
@Command(name = "demo-clip", description = { "Makes the vision tower of the demo's CLIP model (the aesthetic gradients "
        + "demo's): a small ViT and a text projection trained contrastively against the demo base model's own text "
        + "encoder on the 21 colours and shapes of the demo's pictures. Writes the tower with both projections; the demo "
        + "joins it to the base model's text encoder into a CLIPModel. The same seed and steps on the same kind of CPU "
        + "make the same file." })
public final class DemoClipCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = { "-o", "--out" }, required = true, paramLabel = "FILE", description = "the file to write (.safetensors)")
    Path out;

    @Option(names = "--base", required = true, paramLabel = "FILE", description = "the demo base model (demo-base.safetensors)")
    Path base;

    @Option(names = "--tokenizer", paramLabel = "DIR", description = "its tokenizer (default: the demo's byte-level one)")
    Path tokenizer;

    @Option(names = "--steps", defaultValue = "1500", paramLabel = "N", description = "training steps (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "N", description = "(default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException, org.atelier.runtime.ComputeException {
        PrintWriter output = spec.commandLine().getOut();
        if (!Files.isRegularFile(base)) {
            throw new ParameterException(spec.commandLine(), "--base " + base + ": no such file");
        }
        if (steps < 1) {
            throw new ParameterException(spec.commandLine(), "--steps: at least 1, not " + steps);
        }
        Path folder = tokenizer;
        Path temporary = null;
        if (folder == null) {
            temporary = Files.createTempDirectory("demo-clip-tokenizer");
            folder = ClipTokenizer.writeByteLevel(temporary.resolve("tokenizer"));
        }
        try {
            ProgressLine progress = new ProgressLine(output);
            long start = System.nanoTime();
            DemoClip.Result result = DemoClip.make(base.toAbsolutePath().normalize(), folder, out.toAbsolutePath().normalize(),
                    steps, seed, s -> progress.progress(s, steps, "steps"));
            progress.finish();
            output.printf(Locale.ROOT, "Wrote %s in %.0f s: loss %.3f, a fresh picture's nearest caption its own %.0f %% of the "
                    + "time (chance: 5 %%)%n", out, (System.nanoTime() - start) / 1e9, result.loss(), 100 * result.accuracy());
        } finally {
            if (temporary != null) {
                try (var files = Files.walk(temporary)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return Exits.OK;
    }
}
