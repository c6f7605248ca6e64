package org.atelier.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = { "Checks a project (and its experiments) or one experiment file: each problem with "
        + "the file, the field and the reason.", "For an experiment without errors, what its run will do (for a training "
        + "method: the plan of its data, and the memory and time a step will take here)." })
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<project or experiment>", description = "a project folder, or an experiment file (.experiment)")
    Path target;

    @Override
    public Integer call() throws Exception {
        return Validation.validate(spec.commandLine().getOut(), spec.commandLine().getErr(), target);
    }
}
