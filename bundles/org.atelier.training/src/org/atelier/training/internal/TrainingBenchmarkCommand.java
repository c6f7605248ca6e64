package org.atelier.training.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.training.TrainingBenchmark;
import org.atelier.training.model.OptimizerKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier benchmark training}: seconds per step and memory of the training methods at SD 1.5 size. */
@Command(name = "training", description = "Seconds per step and peak memory of the training methods on an SD 1.5 checkpoint "
        + "of the real layout at 512x512, batch 1, on this machine's device, with gradient checkpointing or without, with a "
        + "fused back pass or without, beside the estimates made before the model loads; and the latent cache's speed.")
public final class TrainingBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "D", description = "where the checkpoint and images are written (default: the temporary folder)")
    Path dir = Path.of(System.getProperty("java.io.tmpdir"));

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "STEPS", description = "steps per method; the first warms up "
            + "(default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--methods", split = ",", paramLabel = "ID[,ID...]", description = "the training methods to measure, by "
            + "id ('atelier methods' lists them; default: every installed method that trains)")
    List<String> methods = List.of();

    @Option(names = "--checkpointing", defaultValue = "off", paramLabel = "off|on|both", converter = RowsConverter.class,
            description = "measure with gradient checkpointing off, on, or both (a row each; default: ${DEFAULT-VALUE})")
    TrainingBenchmark.Rows checkpointing;

    @Option(names = "--fused", defaultValue = "off", paramLabel = "off|on|both", converter = RowsConverter.class,
            description = "measure with a fused back pass off, on, or both (a row each; with it, gradient checkpointing is "
                    + "on, which it needs; for full-weight training: the other methods refuse it; default: ${DEFAULT-VALUE})")
    TrainingBenchmark.Rows fused;

    /** off, on or both, in lower case as the other options' words. */
    public static final class RowsConverter implements ITypeConverter<TrainingBenchmark.Rows> {
        @Override
        public TrainingBenchmark.Rows convert(String value) {
            try {
                return TrainingBenchmark.Rows.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not off, on or both");
            }
        }
    }

    @Option(names = "--optimizers", split = ",", paramLabel = "KIND[,KIND...]", description = "each method measured with each of "
            + "these optimizers (${COMPLETION-CANDIDATES}; default: the method's own)")
    List<OptimizerKind> optimizers = List.of();

    @Override
    public Integer call() throws Exception {
        List<MethodDescriptor> chosen;
        try {
            chosen = TrainingBenchmark.trainingMethods(MethodRegistry.getDefault(), methods);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        new TrainingBenchmark(dir, spec.commandLine().getOut(), rounds, chosen, optimizers, checkpointing, fused).run();
        return Exits.OK;
    }
}
