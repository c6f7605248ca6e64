package org.atelier.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.common.ProgressLine;
import org.atelier.tensors.DType;
import org.atelier.tensors.DiffusersFolder;
import org.atelier.tensors.SdConverter;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", description = { "Converts a model: single file to diffusers folder (an output without "
        + ".safetensors/.ckpt is a folder) and back, .ckpt to .safetensors, and between fp32, fp16 and bf16." })
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<input>")
    Path input;

    @Parameters(index = "1", paramLabel = "<output>")
    Path output;

    @Option(names = "--dtype", paramLabel = "fp16|bf16|fp32", description = "the element type written (default: the input's)")
    String dtype;

    @Option(names = "--tokenizer", paramLabel = "<folder>", description = "a CLIP tokenizer folder to copy into a diffusers output")
    Path tokenizer;

    @Option(names = "--overwrite", description = "replace the output when it exists")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        Path from = input.toAbsolutePath().normalize();
        Path to = output.toAbsolutePath().normalize();
        DType type = null;
        if (dtype != null) {
            type = DType.ofLabel(dtype);
            if (type == null || !type.isFloatingPoint()) {
                throw new ParameterException(spec.commandLine(), "--dtype takes fp16, bf16 or fp32, not '" + dtype + "'");
            }
        }
        if (tokenizer != null && !Files.isRegularFile(tokenizer.resolve("vocab.json"))) {
            throw new ParameterException(spec.commandLine(), "--tokenizer " + tokenizer + ": no vocab.json there");
        }
        if (Files.exists(to) && !overwrite) {
            throw new ParameterException(spec.commandLine(), to + " exists already (--overwrite replaces it)");
        }
        boolean toFile = to.getFileName().toString().matches(".*\\.(safetensors|ckpt|pt)$");
        PrintWriter out = spec.commandLine().getOut();
        ProgressLine progress = new ProgressLine(out);
        SdConverter.Progress report = (done, total, name) -> {
            if (done == total || done % 25 == 0) {
                progress.progress(done, total, "tensors");
            }
        };
        long start = System.nanoTime();
        SdConverter converter;
        try (TensorSource source = TensorFiles.open(from)) {
            if (source instanceof DiffusersFolder folder) {
                if (!toFile) {
                    throw new ParameterException(spec.commandLine(),
                            "a diffusers folder converts to a single file: name the output *.safetensors or *.ckpt");
                }
                converter = SdConverter.fromDiffusers(folder, to, type, report);
            } else if (toFile) {
                converter = SdConverter.toSingleFile(source, to, type, report);
            } else {
                converter = SdConverter.toDiffusers(source, to, type, tokenizer, report);
            }
        }
        progress.finish();
        if (!converter.skipped().isEmpty()) {
            out.println("Left out (no place in the target layout): " + converter.skipped().size() + " tensors, "
                    + String.join(", ", converter.skipped().subList(0, Math.min(5, converter.skipped().size())))
                    + (converter.skipped().size() > 5 ? ", ..." : ""));
        }
        if (!toFile && tokenizer == null) {
            out.println("Note: a checkpoint holds no tokenizer; copy one into " + to.resolve("tokenizer")
                    + " (or pass --tokenizer <folder>) before loading the folder in diffusers.");
        }
        out.printf(Locale.ROOT, "Wrote %s in %.1f s%n", to, (System.nanoTime() - start) / 1e9);
        return Exits.OK;
    }
}
