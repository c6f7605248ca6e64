package org.atelier.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.atelier.core.project.ProjectStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "resume", description = "Goes on with a cancelled or failed run in its own folder: a training from its last "
        + "checkpoint, exactly as it would have gone on.")
public final class ResumeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<run folder>", description = "runs/<id> of a training project")
    Path folder;

    @Override
    public Integer call() throws Exception {
        Path run = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(run.resolve(ProjectStore.RUN_FILE))) {
            throw new ParameterException(spec.commandLine(), "resume takes a run folder (runs/<id> of a training project): "
                    + run + " has no " + ProjectStore.RUN_FILE);
        }
        return RunFollower.follow(spec.commandLine().getOut(), spec.commandLine().getErr(), run,
                (launcher, listener) -> launcher.resume(run, listener));
    }
}
