package org.atelier.core.runs;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.Run;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.validation.ModelValidator;
import org.atelier.core.validation.Problem;

/**
 * Starts runs: checks the experiment, makes the run folder with its snapshot, and starts the run's own
 * process. The workbench and {@code atelier run} both start runs through here.
 */
public final class RunLauncher {

    public static final String LOG_FILE = "log.txt";

    private final MethodRegistry methods;
    private final Map<String, String> settings;

    /** A launcher whose runs take the settings this process has when each starts. */
    public RunLauncher(MethodRegistry methods) {
        this(methods, null);
    }

    /** A launcher whose runs take {@code settings} (those of the moment a run was queued, say). */
    public RunLauncher(MethodRegistry methods, Map<String, String> settings) {
        this.methods = methods;
        this.settings = settings == null ? null : Map.copyOf(settings);
    }

    /**
     * Validates the experiment in {@code experimentFile} and starts a run of it.
     *
     * @throws ModelException      when a file cannot be read
     * @throws InvalidRunException when the experiment has errors: no run folder is made
     */
    public RunHandle start(Path experimentFile, RunEvents.Listener listener)
            throws ModelException, InvalidRunException, IOException {
        Path file = experimentFile.toAbsolutePath().normalize();
        Path projectFolder = ProjectStore.projectFolderOf(file);
        Experiment experiment = ProjectStore.loadExperimentResolved(ProjectStore.newResourceSet(), file);
        List<Problem> problems = new ModelValidator(methods).validateExperiment(experiment, file, projectFolder);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new InvalidRunException(problems);
        }
        Run run = Runs.snapshot(experiment, projectFolder);
        Path folder = Runs.newRunFolder(projectFolder, experiment.getName());
        run.setId(folder.getFileName().toString());
        ProjectStore.save(ProjectStore.create(ProjectStore.newResourceSet(), folder.resolve(ProjectStore.RUN_FILE), run));
        return startProcess(folder, listener);
    }

    /**
     * Starts a stopped run again in its own folder: a cancelled or failed run (or one whose process is gone) goes on
     * from its last checkpoint, for the methods that write them; the others run again from the start.
     *
     * @throws InvalidRunException when the run has finished, or still runs
     */
    public RunHandle resume(Path runFolder, RunEvents.Listener listener) throws ModelException, InvalidRunException, IOException {
        Path folder = runFolder.toAbsolutePath().normalize();
        org.atelier.core.model.Run run = ProjectStore.loadRun(ProjectStore.newResourceSet(), folder);
        String why = switch (run.getStatus()) {
        case SUCCEEDED -> "it has finished";
        case RUNNING -> run.getPid() > 0 && ProcessHandle.of(run.getPid()).map(ProcessHandle::isAlive).orElse(false)
                ? "it is running (process " + run.getPid() + ")" : null;
        default -> null;
        };
        if (why != null) {
            throw new InvalidRunException(List.of(new Problem(Problem.Severity.ERROR, folder.resolve(ProjectStore.RUN_FILE), run,
                    org.atelier.core.model.AtelierPackage.Literals.RUN__STATUS, "cannot be resumed: " + why)));
        }
        return startProcess(folder, listener);
    }

    /** Starts the process of a run whose folder and run.xmi exist. */
    RunHandle startProcess(Path folder, RunEvents.Listener listener) throws IOException {
        Path configuration = ChildJvm.newConfiguration();
        List<String> command = ChildJvm.command(RunnerApplication.ID, configuration,
                settings == null ? RunSettings.current() : settings, List.of(folder.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectError(Redirect.appendTo(folder.resolve(LOG_FILE).toFile()));
        builder.environment().putIfAbsent("OPT_OUT_TRACKING", "true");
        Process process = builder.start();
        return new RunHandle(folder, process, configuration, listener);
    }
}
