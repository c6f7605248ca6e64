package org.atelier.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.eclipse.core.runtime.IStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "methods", description = "The installed training methods, read from the extension registry.")
public final class MethodsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MethodRegistry methods = MethodRegistry.getDefault();
        if (methods.all().isEmpty()) {
            out.println("No training methods are installed.");
        }
        for (MethodDescriptor method : methods.all()) {
            out.printf("%-32s %s%n", method.id(), method.label());
            if (method.description() != null) {
                out.println("    " + method.description());
            }
            out.println("    configuration: " + method.configClass().getEPackage().getNsURI() + "#"
                    + method.configClass().getName() + (method.outputFormats().isEmpty() ? ""
                            : "; writes: " + String.join(", ", method.outputFormats())));
        }
        for (IStatus problem : methods.problems()) {
            spec.commandLine().getErr().println("atelier: warning: " + problem.getMessage());
        }
        return Exits.OK;
    }
}
