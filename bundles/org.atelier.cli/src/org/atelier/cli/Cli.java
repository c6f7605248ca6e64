package org.atelier.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.atelier.cli.internal.NeedsEveryCommand;
import org.atelier.cli.internal.RootCommand;
import org.atelier.common.BadInput;
import org.atelier.common.Exits;
import org.eclipse.core.runtime.Platform;

import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code atelier} command line: the commands contributed to {@link CommandRegistry#EXTENSION_POINT}, parsed by
 * picocli. Exit codes: {@value #OK} ok, {@value #FAILED} the work failed, {@value #INVALID} bad usage or invalid
 * input. Errors go to standard error in one line that names the file, the field or option and the reason.
 */
public final class Cli {

    public static final int OK = Exits.OK;
    public static final int FAILED = Exits.FAILED;
    public static final int INVALID = Exits.INVALID;

    private final PrintWriter out;
    private final PrintWriter err;
    private final CommandRegistry registry;

    public Cli(PrintStream out, PrintStream err) {
        this(writer(out), writer(err), new CommandRegistry(Platform.getExtensionRegistry()));
    }

    Cli(PrintWriter out, PrintWriter err, CommandRegistry registry) {
        this.out = out;
        this.err = err;
        this.registry = registry;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** The writer commands print to. */
    PrintWriter out() {
        return out;
    }

    /** Runs one command and returns its exit code. */
    public int run(String... args) {
        try {
            return commandLine(args).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The command line for these arguments. Only the command asked for is made (a command that computes nothing
     * then starts without loading the others); help, completion and a name that is no command get every command.
     */
    CommandLine commandLine(String... args) {
        CommandLine root = new CommandLine(new RootCommand(registry));
        root.addSubcommand("help", new HelpCommand());
        Optional<CommandRegistry.Contribution> asked = commandName(args).flatMap(registry::command);
        Optional<CommandLine> only = asked.flatMap(c -> add(root, c));
        if (only.isEmpty() || only.get().getCommand() instanceof NeedsEveryCommand) {
            registry.commands().stream().filter(c -> asked.isEmpty() || c != asked.get()).forEach(c -> add(root, c));
        }
        // set here, not in the annotation, which its subcommands inherit
        root.getCommandSpec().usageMessage().customSynopsis("atelier <command> [arguments]");
        List<String> footer = new java.util.ArrayList<>(List.of(root.getCommandSpec().usageMessage().footer()));
        registry.problems().forEach(p -> footer.add("Warning: " + p.getMessage()));
        root.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
        // after the subcommands are added: picocli gives these to the commands there are when they are set
        root.setOut(out);
        root.setErr(err);
        root.setParameterExceptionHandler(this::badUsage);
        root.setExecutionExceptionHandler(this::failure);
        return root;
    }

    /** The first word that is not an option of the root: the command's name. */
    private static Optional<String> commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(RootCommand.DEVICE)) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return Optional.of(args[i]);
            } else if (!args[i].startsWith(RootCommand.DEVICE + "=")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<CommandLine> add(CommandLine parent, CommandRegistry.Contribution contribution) {
        Optional<CommandLine> added = registry.create(contribution).map(command -> {
            CommandLine line = new CommandLine(command);
            parent.addSubcommand(contribution.name(), line);
            return line;
        });
        added.ifPresent(line -> registry.subcommands(contribution.name()).forEach(child -> add(line, child)));
        return added;
    }

    private int badUsage(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        String command = line.getCommandSpec().qualifiedName();
        if (e instanceof UnmatchedArgumentException unmatched && line.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            err.println("atelier: unknown command '" + unmatched.getUnmatched().get(0) + "'");
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println("Did you mean: " + String.join(", ", suggestions) + "?");
            }
        } else {
            err.println("atelier: " + (line.getParent() == null ? "" : line.getCommandName() + ": ") + e.getMessage());
        }
        err.println("Run '" + command + " --help' for " + (line.getParent() == null ? "the commands." : "its options."));
        return INVALID;
    }

    private int failure(Exception e, CommandLine line, ParseResult parsed) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            err.println("atelier: interrupted");
            return FAILED;
        }
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getName() : e.getMessage();
        if (e instanceof BadInput) {
            err.println("atelier: " + message);
            return INVALID;
        }
        if (!(e instanceof RuntimeException)) {
            // an expected failure (a file that cannot be written, an engine that does not start): its message says it
            err.println("atelier: " + message);
            return FAILED;
        }
        // not an expected failure: say what it was, with where it happened for the report
        err.println("atelier: " + line.getCommandName() + " failed: " + e.getClass().getSimpleName() + ": " + message);
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            err.println("  at " + trace[0]);
        }
        return FAILED;
    }
}
