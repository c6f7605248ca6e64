package org.atelier.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.core.runs.Runs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "runs", description = "A project's runs with their status, start, duration and reason.")
public final class RunsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<project>", description = "the project folder")
    String project;

    @Override
    public Integer call() throws Exception {
        Path folder = Projects.folder(project);
        List<Runs.RunInfo> runs = Runs.list(folder);
        if (runs.isEmpty()) {
            spec.commandLine().getOut().println("No runs yet in " + folder);
        } else {
            RunTable.print(spec.commandLine().getOut(), runs);
        }
        return Exits.OK;
    }
}
