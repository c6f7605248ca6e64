package org.atelier.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.Experiment;
import org.atelier.core.project.DemoProject;
import org.atelier.core.project.ProjectStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = { "Creates the demo training project when it is missing, shows it, validates it and "
        + "runs its experiments (each installed method adds its own)." })
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<folder>", arity = "0..1", description = "where the demo project is (default: ~/atelier-workspace/demo,"
            + " or demo/ in $ATELIER_WORKSPACE)")
    Path folder;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = (folder == null ? Projects.defaultDemoFolder() : folder).toAbsolutePath().normalize();
        if (ProjectStore.isProjectFolder(target)) {
            out.println("Using the demo project in " + target);
        } else {
            DemoProject.copyTo(target);
            out.println("Created the demo project in " + target);
        }
        out.println();
        ProjectSummary.print(out, target);
        out.println();
        out.println("Validating...");
        int validation = Validation.validate(out, err, target);
        if (validation != Exits.OK) {
            return validation;
        }
        List<Path> runnable = new ArrayList<>();
        for (Path file : ProjectStore.experimentFiles(target)) {
            Experiment experiment = ProjectStore.loadExperiment(ProjectStore.newResourceSet(), file);
            if (MethodRegistry.getDefault().find(experiment.getMethod()).isPresent()) {
                runnable.add(file);
            }
        }
        if (runnable.isEmpty()) {
            out.println("The demo project has no experiment of an installed method to run yet.");
            return Exits.OK;
        }
        int result = Exits.OK;
        for (Path file : runnable) {
            out.println();
            out.println("Running " + target.relativize(file));
            result = Math.max(result, RunFollower.run(out, err, file));
        }
        return result;
    }
}
