package org.atelier.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

import picocli.CommandLine.Command;

/**
 * The commands of {@code atelier}, contributed to the extension point {@value #EXTENSION_POINT} by any bundle. The
 * contributions are read once (names and parents only); a command's class is loaded and made when that command is
 * asked for, so a command that computes nothing starts without loading the others. A broken contribution (no
 * class, a class that is not a picocli command of its name, a taken name, an unknown parent) is left out and
 * reported in {@link #problems()}; it never breaks the others.
 */
public final class CommandRegistry {

    public static final String EXTENSION_POINT = "org.atelier.cli.commands";
    private static final String PLUGIN_ID = "org.atelier.cli";

    /** A contributed command, before its class is loaded. */
    public record Contribution(String name, String parent, String className, String contributor, IConfigurationElement element) {

        /** {@code merge}, or {@code benchmark unet} for a subcommand. */
        public String path() {
            return parent == null ? name : parent + " " + name;
        }
    }

    private final Map<String, Contribution> commands = new LinkedHashMap<>();
    private final Map<String, Map<String, Contribution>> subcommands = new LinkedHashMap<>();
    private final List<IStatus> problems = new ArrayList<>();

    public CommandRegistry(IExtensionRegistry registry) {
        if (registry == null) {
            problems.add(Status.error("no extension registry: atelier must run inside its OSGi runtime"));
            return;
        }
        List<Contribution> children = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String name = element.getAttribute("name");
            String className = element.getAttribute("class");
            String parent = blankToNull(element.getAttribute("parent"));
            if (name == null || name.isBlank() || className == null || className.isBlank()) {
                report(contributor, "attribute '" + (name == null || name.isBlank() ? "name" : "class") + "' is missing", null);
                continue;
            }
            Contribution contribution = new Contribution(name.strip(), parent, className.strip(), contributor, element);
            if (parent == null) {
                add(commands, contribution);
            } else {
                children.add(contribution);
            }
        }
        for (Contribution child : children) {
            if (!commands.containsKey(child.parent())) {
                report(child.contributor(), "command '" + child.path() + "': there is no command '" + child.parent() + "'", null);
                continue;
            }
            add(subcommands.computeIfAbsent(child.parent(), p -> new LinkedHashMap<>()), child);
        }
    }

    private void add(Map<String, Contribution> into, Contribution contribution) {
        Contribution taken = into.get(contribution.name());
        if (taken != null) {
            report(contribution.contributor(), "command '" + contribution.path() + "': the name is taken already by "
                    + taken.contributor(), null);
            return;
        }
        into.put(contribution.name(), contribution);
    }

    private void report(String contributor, String message, Throwable cause) {
        problems.add(new Status(IStatus.ERROR, PLUGIN_ID, "Command contributed by " + contributor + " left out: " + message, cause));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The top-level commands, in the order the registry gave them. */
    public List<Contribution> commands() {
        return List.copyOf(commands.values());
    }

    public Optional<Contribution> command(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** The subcommands of a command. */
    public List<Contribution> subcommands(String parent) {
        return List.copyOf(subcommands.getOrDefault(parent, Map.of()).values());
    }

    /**
     * A new instance of the command's class, checked to be a picocli command of the contribution's name that can be
     * called; empty when it is not (the reason is added to {@link #problems()}).
     */
    public synchronized Optional<Object> create(Contribution contribution) {
        Object command;
        try {
            command = contribution.element().createExecutableExtension("class");
        } catch (CoreException | RuntimeException | LinkageError e) {
            report(contribution.contributor(), "command '" + contribution.path() + "': class " + contribution.className()
                    + " cannot be made: " + (e.getMessage() == null ? e.toString() : e.getMessage()), null);
            return Optional.empty();
        }
        Command annotation = command.getClass().getAnnotation(Command.class);
        String problem = annotation == null ? "is not annotated with picocli's @Command"
                : !contribution.name().equals(annotation.name()) ? "is the command '" + annotation.name() + "', not '" + contribution.name() + "'"
                : command instanceof Callable<?> || command instanceof Runnable ? null
                : "is neither a Callable<Integer> nor a Runnable";
        if (problem != null) {
            report(contribution.contributor(), "command '" + contribution.path() + "': class " + contribution.className() + " " + problem, null);
            return Optional.empty();
        }
        return Optional.of(command);
    }

    /** The contributions left out so far, with the reason. */
    public synchronized List<IStatus> problems() {
        return Collections.unmodifiableList(new ArrayList<>(problems));
    }
}
