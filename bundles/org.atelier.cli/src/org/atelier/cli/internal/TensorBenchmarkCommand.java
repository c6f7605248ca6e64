package org.atelier.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.tensors.DType;
import org.atelier.tensors.TensorBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tensors", description = "safetensors read and write speed of an SD 1.5 layout (fp16 and fp32) against plain "
        + "sequential I/O of as many bytes, measured in the same run.")
public final class TensorBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "D", description = "a folder on the disk to measure (default: the temporary folder)")
    Path dir = Path.of(System.getProperty("java.io.tmpdir"));

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N", description = "rounds; the best counts (default: ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws Exception {
        TensorBenchmark benchmark = new TensorBenchmark(dir, spec.commandLine().getOut(), rounds);
        benchmark.run(DType.F16);
        benchmark.run(DType.F32);
        return Exits.OK;
    }
}
