package org.atelier.cli.internal;

import java.util.concurrent.Callable;

import org.atelier.common.Exits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The parent of the benchmarks, which bundles contribute as its subcommands (benchmark unet, benchmark merge...). */
@Command(name = "benchmark", description = { "Speed and memory, against baselines measured in the same run: "
        + "'atelier benchmark <what> --help' says what each measures." })
public final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without saying what to measure: the benchmarks there are, as bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("atelier: benchmark: say what to measure");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Exits.INVALID;
    }
}
