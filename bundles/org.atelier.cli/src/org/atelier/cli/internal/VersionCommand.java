package org.atelier.cli.internal;

import java.util.concurrent.Callable;

import org.atelier.common.Exits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "version", description = "The Atelier version (also --version).")
public final class VersionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(new RootCommand.Version().getVersion()[0]);
        return Exits.OK;
    }
}
