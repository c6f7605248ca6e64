package org.atelier.diffusion.internal.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.diffusion.UNetBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atelier benchmark unet}: the SD 1.5 UNet and VAE on this machine, beside the memory estimate. */
@Command(name = "unet", description = "Seconds and peak memory of an SD 1.5 UNet forward, a sampling step with guidance, VAE "
        + "decoding and a forward + backward pass, 512x512, on this machine's device, beside the memory estimate "
        + "generate checks before it loads anything.")
public final class UNetBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "D", description = "where the random-weight model is written (default: the temporary folder)")
    Path dir = Path.of(System.getProperty("java.io.tmpdir"));

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N", description = "rounds after a warm-up; the best counts "
            + "(default: ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws Exception {
        new UNetBenchmark(dir, spec.commandLine().getOut(), rounds).run();
        return Exits.OK;
    }
}
