package org.atelier.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.atelier.charts.Comparison;
import org.atelier.common.Exits;
import org.atelier.core.project.ProjectStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", description = { "Runs side by side: how each went (status, time, seconds a step, last losses, "
        + "outputs and sizes) and the settings that differ.", "-o writes a self-contained HTML report with the overlaid "
        + "losses and the samples lined up by step and prompt." })
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<run folder>", arity = "1..*", description = "two run folders or more")
    List<Path> runs;

    @Option(names = "-o", paramLabel = "<report.html>", description = "write the report there")
    Path report;

    @Option(names = "--smoothing", defaultValue = "0.6", description = "how much the report's loss curves are smoothed: 0 (none) "
            + "to below 1 (default: ${DEFAULT-VALUE})")
    double smoothing;

    @Override
    public Integer call() throws Exception {
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw new ParameterException(spec.commandLine(), "--smoothing takes a number from 0 (none) to below 1, such as 0.6");
        }
        if (runs.size() < 2) {
            throw new ParameterException(spec.commandLine(), "compare takes two run folders or more (given: " + runs.size() + ")");
        }
        List<Path> folders = new ArrayList<>();
        for (Path given : runs) {
            Path folder = given.toAbsolutePath().normalize();
            if (!Files.isRegularFile(folder.resolve(ProjectStore.RUN_FILE))) {
                throw new ParameterException(spec.commandLine(), folder + " is not a run folder (it has no " + ProjectStore.RUN_FILE + ")");
            }
            folders.add(folder);
        }
        PrintWriter out = spec.commandLine().getOut();
        Comparison comparison = Comparison.of(folders);
        List<List<String>> summary = new ArrayList<>();
        summary.add(Comparison.SUMMARY);
        comparison.runs().forEach(run -> summary.add(Comparison.summary(run)));
        Tables.print(out, summary);
        Map<String, List<String>> differences = comparison.differences();
        out.println();
        if (differences.isEmpty()) {
            out.println("Settings that differ: none");
        } else {
            List<List<String>> table = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of("setting"));
            comparison.runs().forEach(run -> header.add(run.id()));
            table.add(header);
            differences.forEach((setting, values) -> {
                List<String> row = new ArrayList<>(List.of(setting));
                row.addAll(values);
                table.add(row);
            });
            out.println("Settings that differ:");
            Tables.print(out, table);
        }
        out.println("Samples lined up: " + comparison.sampleLabels().size() + " (by step and prompt)");
        if (report != null) {
            Path file = report.toAbsolutePath().normalize();
            comparison.writeHtml(file, smoothing);
            out.println("Report: " + file);
        }
        return Exits.OK;
    }
}
