package org.atelier.cli.internal;

import java.util.concurrent.Callable;

import org.atelier.common.Exits;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion", description = { "Prints the bash completion of every command and option.",
        "Load it with: source <(atelier completion)   (or save it as /etc/bash_completion.d/atelier)" })
public final class CompletionCommand implements Callable<Integer>, NeedsEveryCommand {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("atelier", spec.root().commandLine()));
        return Exits.OK;
    }
}
