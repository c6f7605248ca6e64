package org.atelier.cli.internal;

import java.util.concurrent.Callable;

import org.atelier.cli.CommandRegistry;
import org.atelier.common.Exits;
import org.atelier.core.runs.RunSettings;
import org.eclipse.core.runtime.IStatus;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code atelier} itself: the options every command takes, and the list of commands. */
@Command(name = "atelier", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        usageHelpWidth = 100, sortOptions = false,
        description = "Trains and adapts Stable Diffusion models: projects, datasets, experiments, runs. "
                + "'atelier <command> --help' says what a command takes.",
        commandListHeading = "%nCommands:%n",
        footer = { "", "Every command takes --device auto|cpu|gpu0|gpu1... : the device its computations and runs use "
                + "(auto, the default: a CUDA GPU when there is one, else the CPU). Options take their value as "
                + "--option value or --option=value.", "", "Exit codes: 0 ok, 1 the work failed, 2 bad usage or invalid input." })
public final class RootCommand implements Callable<Integer> {

    public static final String DEVICE = "--device";

    @Spec
    CommandSpec spec;

    private final CommandRegistry registry;

    public RootCommand(CommandRegistry registry) {
        this.registry = registry;
    }

    @Option(names = DEVICE, paramLabel = "DEVICE", scope = ScopeType.INHERIT,
            description = "auto, cpu, gpu0, gpu1...: the device computations and runs use (this process's, and its runs')")
    void device(String device) {
        RunSettings.set(RunSettings.DEVICE, device);
    }

    /** Without a command: the list of commands, on standard error, as bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        for (IStatus problem : registry.problems()) {
            spec.commandLine().getErr().println("atelier: warning: " + problem.getMessage());
        }
        return Exits.INVALID;
    }

    /** "Atelier 0.1.0.qualifier". */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            var bundle = FrameworkUtil.getBundle(RootCommand.class);
            return new String[] { "Atelier " + (bundle == null ? "unknown" : bundle.getVersion().toString()) };
        }
    }
}
