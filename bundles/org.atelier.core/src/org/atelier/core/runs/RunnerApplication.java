package org.atelier.core.runs;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Metric;
import org.atelier.core.model.Run;
import org.atelier.core.model.RunEnvironment;
import org.atelier.core.model.RunStatus;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The process of one run (application {@code org.atelier.core.runner}, argument: the run folder). It marks the
 * run running, runs the method, and records the outcome; its standard output carries the run's events to the
 * process that started it, and everything else it prints goes to the run's log.
 */
public final class RunnerApplication implements IApplication {

    /** The application's id. */
    public static final String ID = "org.atelier.core.runner";

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_CANCELLED = 3;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream events = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // Stray prints (libraries, the framework) must not mix with the events: they go to the log.
        System.setOut(System.err);
        if (args == null || args.length != 1) {
            System.err.println("usage: " + ID + " <run folder>");
            return EXIT_USAGE;
        }
        return execute(Path.of(args[0]).toAbsolutePath().normalize(), events);
    }

    static int execute(Path folder, PrintStream events) throws Exception {
        Run run = ProjectStore.loadRun(ProjectStore.newResourceSet(), folder);
        run.setStatus(RunStatus.RUNNING);
        run.setPid(ProcessHandle.current().pid());
        run.setStarted(new Date());
        run.setEnvironment(environment());
        ProjectStore.save(run.eResource());

        try (ChildRunContext context = new ChildRunContext(run, folder, events)) {
            watchForCancel(context);
            // Ctrl-C in a terminal reaches the whole process group: here it asks the method to stop.
            Interrupts.onInterrupt(context::cancel);
            events.println(RunEvents.status(RunStatus.RUNNING.getLiteral(), null));
            String methodId = run.getExperiment().getMethod();
            Optional<MethodDescriptor> method = MethodRegistry.getDefault().find(methodId);
            int exit;
            if (method.isEmpty()) {
                exit = end(run, context, RunStatus.FAILED, "no installed method '" + methodId + "'");
            } else {
                run.getEnvironment().setMethodBundle(method.get().contributor());
                try {
                    IMethodRunner runner = method.get().createRunner();
                    context.log("Running " + method.get().label() + " (" + methodId + ")");
                    if (!RunSettings.describe().isEmpty()) {
                        context.log("Settings: " + RunSettings.describe());
                    }
                    runner.run(context);
                    exit = context.isCancelled() ? end(run, context, RunStatus.CANCELLED, "cancelled")
                            : end(run, context, RunStatus.SUCCEEDED, null);
                } catch (Exception | LinkageError | AssertionError e) {
                    if (context.isCancelled()) {
                        // a method may stop by throwing once asked to: that is a cancelled run, not a failed one
                        exit = end(run, context, RunStatus.CANCELLED, "cancelled");
                    } else {
                        StringWriter trace = new StringWriter();
                        e.printStackTrace(new PrintWriter(trace));
                        context.log(trace.toString());
                        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
                        exit = end(run, context, RunStatus.FAILED, reason);
                    }
                }
            }
            return exit;
        }
    }

    private static int end(Run run, ChildRunContext context, RunStatus status, String message) throws IOException {
        run.setStatus(status);
        run.setMessage(message);
        run.setFinished(new Date());
        for (Map.Entry<String, Double> last : context.lastMetrics().entrySet()) {
            Metric metric = AtelierFactory.eINSTANCE.createMetric();
            metric.setName(last.getKey());
            metric.setValue(last.getValue());
            run.getMetrics().add(metric);
        }
        run.getArtifacts().addAll(context.artifacts());
        if (status == RunStatus.SUCCEEDED && !context.models().isEmpty()) {
            try {
                addModels(context);
            } catch (IOException | ModelException e) {
                run.setStatus(status = RunStatus.FAILED);
                run.setMessage(message = "the model was made but could not be added to the project: " + e.getMessage());
            }
        }
        ProjectStore.save(run.eResource());
        context.log("Run " + status.getLiteral().toLowerCase() + (message == null ? "" : ": " + message));
        context.status(status.getLiteral(), message);
        return switch (status) {
        case SUCCEEDED -> EXIT_OK;
        case CANCELLED -> EXIT_CANCELLED;
        default -> EXIT_FAILED;
        };
    }

    /** Adds the models the run made to the project's base models (ids made unique, paths relative to it). */
    private static void addModels(ChildRunContext context) throws IOException, ModelException {
        Path projectFolder = context.projectFolder().toAbsolutePath().normalize();
        TrainingProject project = ProjectStore.loadProject(ProjectStore.newResourceSet(), projectFolder);
        for (BaseModel model : context.models()) {
            Path path = projectFolder.resolve(model.getPath()).normalize();
            model.setPath(path.startsWith(projectFolder) ? projectFolder.relativize(path).toString() : path.toString());
            String id = model.getId() == null || model.getId().isBlank() ? "model" : model.getId();
            String unique = id;
            for (int i = 2; taken(project, unique); i++) {
                unique = id + "-" + i;
            }
            model.setId(unique);
            project.getBaseModels().add(model);
            context.log("Added base model '" + unique + "' (" + model.getPath() + ") to the project");
        }
        ProjectStore.save(project.eResource());
    }

    private static boolean taken(TrainingProject project, String id) {
        return project.getBaseModels().stream().anyMatch(m -> id.equals(m.getId()));
    }

    /** The parent asks for a stop with a line "cancel" on our standard input. */
    private static void watchForCancel(ChildRunContext context) {
        Thread watcher = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.trim().equals("cancel")) {
                        context.cancel();
                    }
                }
            } catch (IOException e) {
                // no parent to listen to: the run goes on
            }
        }, "atelier-run-cancel-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static RunEnvironment environment() {
        RunEnvironment env = AtelierFactory.eINSTANCE.createRunEnvironment();
        env.setAtelierVersion(FrameworkUtil.getBundle(RunnerApplication.class).getVersion().toString());
        env.setJavaVersion(System.getProperty("java.vendor") + " " + Runtime.version());
        env.setOs(System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + Platform.getOSArch());
        try {
            env.setHostName(InetAddress.getLocalHost().getHostName());
        } catch (IOException e) {
            env.setHostName("unknown");
        }
        env.setProcessors(Runtime.getRuntime().availableProcessors());
        env.setMaxMemory(Runtime.getRuntime().maxMemory());
        // the device is the method's to say (RunContext.device): only it knows what computed
        return env;
    }

    @Override
    public void stop() {
        // the run ends when its method returns
    }
}
