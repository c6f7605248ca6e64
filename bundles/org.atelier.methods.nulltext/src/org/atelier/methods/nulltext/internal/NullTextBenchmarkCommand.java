package org.atelier.methods.nulltext.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.methods.nulltext.NullTextBenchmark;
import org.atelier.runtime.ComputeException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier benchmark null-text}: what an inversion and an edit cost at SD 1.5's size. */
@Command(name = "null-text", description = { "Null-text inversion's cost at SD 1.5's size (random weights, 512x512) on this "
        + "machine: a step with one and with two inner iterations (their difference is one iteration), an edit's step with "
        + "and without attention control, and the peak memory; a 50-step inversion and edit extrapolated from them." })
public final class NullTextBenchmarkCommand implements Callable<Integer> {

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
        new NullTextBenchmark(dir, spec.commandLine().getOut(), Math.max(1, rounds)).run();
        return Exits.OK;
    }
}
