package org.atelier.cli.internal;

import java.util.concurrent.Callable;

import org.atelier.common.Exits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "A project's base models, datasets (images an epoch shows with repeats), experiments and runs.")
public final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<project>", description = "the project folder")
    String project;

    @Override
    public Integer call() throws Exception {
        ProjectSummary.print(spec.commandLine().getOut(), Projects.folder(project));
        return Exits.OK;
    }
}
