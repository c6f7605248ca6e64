package org.atelier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** The command registry: contributed commands found, broken ones reported, each answering --help. */
class CommandsTest extends CliRunner {

    private final CommandRegistry registry = new CommandRegistry(Platform.getExtensionRegistry());

    /** Every command and subcommand the installation has, as a user types it. */
    private List<String> everyCommand() {
        List<String> all = new ArrayList<>();
        for (CommandRegistry.Contribution command : registry.commands()) {
            if (registry.create(command).isPresent()) {
                all.add(command.name());
                registry.subcommands(command.name()).forEach(sub -> all.add(sub.path()));
            }
        }
        return all;
    }

    @Test
    void commandsComeFromTheBundlesThatOwnThem() {
        List<String> all = everyCommand();
        assertTrue(all.containsAll(List.of("run", "validate", "dataset", "merge", "generate", "benchmark tensors", "benchmark merge",
                "benchmark unet", "benchmark training", "completion")), all.toString());
        assertEquals("org.atelier.methods.merge", registry.command("merge").orElseThrow().contributor());
        assertEquals("org.atelier.diffusion", registry.command("generate").orElseThrow().contributor());
    }

    @Test
    void everyCommandAnswersHelpWithItsOptions() {
        List<String> all = everyCommand();
        assertTrue(all.size() >= 25, all.toString());
        for (String command : all) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            assertEquals(Cli.OK, atelier(args.toArray(String[]::new)), command + ": " + err());
            assertTrue(out().startsWith("Usage: atelier " + command), command + ": " + out());
            assertTrue(out().contains("--help") && out().contains("--device"), command + ": " + out());
        }
    }

    @Test
    void aBrokenContributionIsLeftOutAndReported() {
        everyCommand();
        List<String> problems = registry.problems().stream().map(IStatus::getMessage).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("'missing-class'") && p.contains("org.atelier.cli.NoSuchCommand")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'not-a-command'") && p.contains("is not annotated with picocli's @Command")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'misnamed'") && p.contains("is the command 'other', not 'misnamed'")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'no-such-parent orphan'") && p.contains("there is no command 'no-such-parent'")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'run'") && p.contains("the name is taken already")), problems.toString());

        assertEquals(Cli.OK, atelier("--help"));
        assertTrue(out().contains("Warning: Command contributed by org.atelier.cli left out: command 'misnamed'"), out());
        assertFalse(out().contains("  misnamed") || out().contains("  not-a-command"), out());
        assertEquals(Cli.INVALID, atelier("misnamed"));
        assertTrue(err().contains("unknown command 'misnamed'"), err());
    }

    @Test
    void aCommandThatComputesNothingMakesNoOtherCommand() {
        CommandRegistry fresh = new CommandRegistry(Platform.getExtensionRegistry());
        Cli cli = new Cli(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()), fresh);
        assertEquals(Set.of("help", "version"), cli.commandLine("version").getSubcommands().keySet());
        assertEquals(Set.of("help", "merge"), cli.commandLine("--device", "cpu", "merge", "--help").getSubcommands().keySet());
        assertTrue(cli.commandLine("--help").getSubcommands().keySet().containsAll(Set.of("merge", "generate", "run")));
        assertTrue(cli.commandLine("completion").getSubcommands().keySet().containsAll(Set.of("merge", "generate", "run")),
                "completion needs them all");
    }

    @Test
    void optionsTakeTheirValueAfterAnEqualsSignToo() {
        assertEquals(Cli.INVALID, atelier("compare", "--smoothing=2", "a", "b"));
        assertTrue(err().contains("--smoothing takes a number from 0 (none) to below 1"), err());
        assertEquals(Cli.INVALID, atelier("runs", "--device=cpu", folder.resolve("nowhere").toString()));
        assertTrue(err().contains("nowhere: no such file or folder"), err());
    }

    @Test
    void bashCompletionCoversEveryCommandAndOption() {
        assertEquals(Cli.OK, atelier("completion"));
        assertTrue(out().contains("complete -F _complete_atelier"), out());
        for (String word : List.of("generate", "merge", "--attention-slice", "--alpha", "add-dataset", "training")) {
            assertTrue(out().contains(word), word);
        }
    }
}
