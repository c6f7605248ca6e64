package org.atelier.core.runs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The command line of a child process of this one: a JVM of its own on the same OSGi installation (the product, or a
 * test runtime), through the Equinox launcher, running one application of the product (a run, a generation worker).
 * The child gets a configuration area of its own (two frameworks must not share one), made from this process's
 * {@code config.ini}, and the settings this process has, so a crash or an out-of-memory there never takes this
 * process down.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * A configuration area for a child, in a new temporary folder; delete it ({@link #deleteConfiguration}) once the
     * child has ended.
     */
    public static Path newConfiguration() throws IOException {
        Path configuration = Files.createTempDirectory("atelier-child-osgi");
        writeConfiguration(configuration);
        return configuration;
    }

    /**
     * The command that runs {@code application} (an {@code org.eclipse.core.runtime.applications} id) with
     * {@code applicationArgs}, the configuration area {@code configuration} and {@code settings} as system properties
     * (which win over the ones this process was started with).
     */
    public static List<String> command(String application, Path configuration, Map<String, String> settings,
            List<String> applicationArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (keepJvmArgument(arg)) {
                command.add(arg);
            }
        }
        command.addAll(RunSettings.jvmArguments(settings)); // after the inherited ones: the workbench's preferences win
        command.add("-cp");
        command.add(launcherClassPath());
        command.add("org.eclipse.equinox.launcher.Main");
        String install = System.getProperty("osgi.install.area");
        if (install != null) {
            command.add("-install");
            command.add(install);
        }
        command.add("-configuration");
        command.add(configuration.toUri().toString());
        command.add("-data");
        command.add("@none");
        String dev = System.getProperty("osgi.dev");
        if (dev != null) {
            command.add("-dev");
            command.add(dev);
        }
        command.add("-nosplash");
        command.add("-consoleLog");
        command.add("-application");
        command.add(application);
        command.addAll(applicationArgs);
        return command;
    }

    private static boolean keepJvmArgument(String arg) {
        return !(arg.startsWith("-agentlib") || arg.startsWith("-javaagent") || arg.startsWith("-Xrunjdwp")
                || arg.startsWith("-Xdebug") || arg.startsWith("-Dosgi.") || arg.startsWith("-Declipse.")
                || arg.startsWith("-Djava.class.path"));
    }

    /** The class path of this JVM: the Equinox launcher jar when started through the launcher. */
    private static String launcherClassPath() {
        String classPath = System.getProperty("java.class.path", "");
        List<String> absolute = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                absolute.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(java.io.File.pathSeparator, absolute);
    }

    /**
     * Writes a configuration area for the child into {@code target}: this process's config.ini with paths made
     * absolute and the application left to the command line.
     */
    private static void writeConfiguration(Path target) throws IOException {
        Files.createDirectories(target);
        Properties config = new Properties();
        Path parentArea = configurationArea();
        if (parentArea != null && Files.isRegularFile(parentArea.resolve("config.ini"))) {
            try (InputStream in = Files.newInputStream(parentArea.resolve("config.ini"))) {
                config.load(in);
            }
        }
        String configUrl = config.getProperty("org.eclipse.equinox.simpleconfigurator.configUrl");
        if (configUrl != null && configUrl.startsWith("file:") && !configUrl.startsWith("file:/") && parentArea != null) {
            config.setProperty("org.eclipse.equinox.simpleconfigurator.configUrl",
                    parentArea.resolve(configUrl.substring("file:".length())).toUri().toString());
        }
        for (String key : new String[] { "eclipse.application", "osgi.splashPath", "osgi.noShutdown",
                "eclipse.consoleLog", "osgi.console", "osgi.instance.area" }) {
            config.remove(key);
        }
        config.setProperty("eclipse.ignoreApp", "false");
        config.setProperty("osgi.checkConfiguration", "true");
        try (OutputStream out = Files.newOutputStream(target.resolve("config.ini"))) {
            config.store(out, "Configuration of an Atelier child process, made from " + parentArea);
        }
    }

    /** "exit code 137, killed": how a child ended, with the signal that ended it when its exit code tells one. */
    public static String describeExit(int exitCode) {
        return "exit code " + exitCode + switch (exitCode) {
        case 137 -> ", killed";
        case 143 -> ", terminated";
        case 134 -> ", aborted";
        default -> "";
        };
    }

    /** Deletes a child's configuration area once it has ended; one left behind costs nothing but space. */
    public static void deleteConfiguration(Path configuration) {
        try (Stream<Path> files = Files.walk(configuration)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left behind
        }
    }

    private static Path configurationArea() {
        String area = System.getProperty("osgi.configuration.area");
        if (area == null) {
            return null;
        }
        try {
            return Path.of(new URI(area.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(area.startsWith("file:") ? area.substring(5) : area);
        }
    }
}
