package org.atelier.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", description = { "Runs an experiment in a process of its own, into a new folder under the project's "
        + "runs/, with a progress line. Ctrl-C cancels it (a training can then be resumed)." })
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<experiment>", description = "the experiment file (experiments/<name>.experiment)")
    Path experiment;

    @Override
    public Integer call() throws Exception {
        return RunFollower.run(spec.commandLine().getOut(), spec.commandLine().getErr(), experiment.toAbsolutePath().normalize());
    }
}
