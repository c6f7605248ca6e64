package org.atelier.methods.merge.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.common.Exits;
import org.atelier.methods.merge.MergeBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier benchmark merge}: merges timed as users run them, against the I/O floor, each in its own process. */
@Command(name = "merge", description = { "Merge speed against the I/O floor (reading the inputs and writing as many bytes with "
        + "plain sequential I/O, in the same run), and the merge's peak memory, for SD 1.5 and SDXL layouts in fp16.",
        "Each merge runs in a process of its own, started as this one was." })
public final class MergeBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "D", description = "a folder on the disk to measure (default: the temporary folder)")
    Path dir = Path.of(System.getProperty("java.io.tmpdir"));

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N", description = "rounds; the best counts (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--quick", description = "SD 1.5 only")
    boolean quick;

    @Override
    public Integer call() throws IOException {
        List<String> self = selfCommand();
        new MergeBenchmark(dir, spec.commandLine().getOut(), rounds, args -> mergeInOwnProcess(self, args)).run(quick);
        return Exits.OK;
    }

    /**
     * The command that started this process without this command line's arguments: what runs another command of
     * this installation with the same JVM and settings.
     */
    private List<String> selfCommand() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        List<String> arguments = info.arguments().map(List::of).orElse(List.of());
        List<String> ours = spec.root().commandLine().getParseResult().originalArgs();
        if (info.command().isEmpty() || arguments.size() < ours.size()
                || !arguments.subList(arguments.size() - ours.size(), arguments.size()).equals(ours)) {
            throw new ParameterException(spec.commandLine(), "cannot tell how this process was started, to start merges alike");
        }
        List<String> command = new ArrayList<>();
        command.add(info.command().get());
        command.addAll(arguments.subList(0, arguments.size() - ours.size()));
        return command;
    }

    private static MergeBenchmark.Measurement mergeInOwnProcess(List<String> self, List<String> mergeArgs) throws IOException {
        List<String> command = new ArrayList<>(self);
        command.add("merge");
        command.addAll(mergeArgs);
        command.add("--report-memory");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("the merge failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        Matcher time = Pattern.compile("merge time: ([0-9.]+) s").matcher(output);
        Matcher memory = Pattern.compile("peak resident memory: (-?[0-9]+) kB").matcher(output);
        if (!time.find() || !memory.find()) {
            throw new IOException("the merge did not report its time and memory: " + output);
        }
        return new MergeBenchmark.Measurement(Double.parseDouble(time.group(1)), Long.parseLong(memory.group(1)) * 1024);
    }
}
