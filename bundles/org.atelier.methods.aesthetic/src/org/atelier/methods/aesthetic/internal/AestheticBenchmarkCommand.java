package org.atelier.methods.aesthetic.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.methods.aesthetic.AestheticBenchmark;
import org.atelier.runtime.ComputeException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier benchmark aesthetic}: what aesthetic steering adds to a generation at SD 1.5's size. */
@Command(name = "aesthetic", description = { "What aesthetic gradients add to a generation at SD 1.5's size on this machine "
        + "(random weights): steering one prompt chunk with 5 and 10 steps on a CLIP ViT-L/14 text tower, beside a guided "
        + "sampling step at 512x512, and a 20-step generation extrapolated from it." })
public final class AestheticBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "D", description = "a folder for the model file (default: the temporary folder)")
    Path dir = Path.of(System.getProperty("java.io.tmpdir"));

    @Option(names = "--rounds", defaultValue = "1", paramLabel = "N", description = "rounds; the best counts (default: ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws IOException, ComputeException {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "--dir " + dir + ": no such folder");
        }
        new AestheticBenchmark(dir, spec.commandLine().getOut(), Math.max(1, rounds)).run();
        return Exits.OK;
    }
}
