package org.atelier.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.tensors.Fuzzer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fuzz", description = "Damages valid model files at random and checks that the safetensors and torch readers "
        + "refuse them cleanly (a longer run of the readers' fuzz test).")
public final class FuzzCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "60", paramLabel = "N", description = "how long (default: ${DEFAULT-VALUE})")
    long seconds;

    @Option(names = "--seed", paramLabel = "S", description = "the seed of the damage (default: drawn)")
    Long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long drawn = seed != null ? seed : System.nanoTime();
        Path work = Files.createTempDirectory("atelier-fuzz");
        out.println("Fuzzing the safetensors and torch readers for " + seconds + " s (seed " + drawn + ") in " + work);
        out.flush();
        Fuzzer.Result result = Fuzzer.run(Fuzzer.seeds(work.resolve("seeds")), Long.MAX_VALUE,
                System.nanoTime() + seconds * 1_000_000_000L, drawn, work.resolve("findings"));
        out.println(result.iterations() + " damaged files read, " + result.findings().size() + " failures");
        for (Fuzzer.Finding finding : result.findings()) {
            spec.commandLine().getErr().println("atelier: " + finding.input() + ": " + finding.failure());
        }
        return result.findings().isEmpty() ? Exits.OK : Exits.FAILED;
    }
}
