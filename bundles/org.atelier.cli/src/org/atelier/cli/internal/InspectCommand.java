package org.atelier.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.tensors.ModelReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", description = "What a model file or folder is: container, model family and variant, components "
        + "with parameter counts and dtypes, metadata, and the hashes other tools show.")
public final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<file or folder>", description = ".safetensors, .ckpt, .pt, .bin, or a diffusers folder")
    Path path;

    @Option(names = "--json", description = "as JSON")
    boolean json;

    @Option(names = "--tensors", description = "every tensor with its shape and dtype")
    boolean tensors;

    @Option(names = "--no-hash", description = "skip the hashes (they read the whole file)")
    boolean noHash;

    @Override
    public Integer call() throws Exception {
        ModelReport report = ModelReport.of(path.toAbsolutePath().normalize(), !noHash);
        spec.commandLine().getOut().print(json ? report.json(tensors) + "\n" : report.text(tensors));
        return Exits.OK;
    }
}
