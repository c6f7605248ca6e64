package org.atelier.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.core.project.DemoProject;
import org.atelier.core.project.ProjectStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", description = "Creates a training project: empty, or a copy of the demo project.")
public final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<folder>", description = "where the project goes (it must not be a project already)")
    Path folder;

    @Option(names = "--demo", description = "a copy of the demo project, with every installed method's experiments")
    boolean demo;

    @Option(names = "--name", paramLabel = "<name>", description = "the project's name (default: the folder's)")
    String name;

    @Override
    public Integer call() throws Exception {
        Path target = folder.toAbsolutePath().normalize();
        if (demo) {
            DemoProject.copyTo(target);
        } else {
            ProjectStore.createProject(target, name != null ? name : target.getFileName().toString());
        }
        spec.commandLine().getOut().println("Created training project " + target);
        return Exits.OK;
    }
}
