package org.atelier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.atelier.core.methods.IExperimentPreview;
import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.Run;
import org.atelier.core.model.RunStatus;
import org.atelier.core.model.Subset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.DemoProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.charts.Comparison;
import org.atelier.common.Durations;
import org.atelier.core.runs.InvalidRunException;
import org.atelier.core.runs.Interrupts;
import org.atelier.core.runs.RunHandle;
import org.atelier.core.runs.RunLauncher;
import org.atelier.core.runs.RunSettings;
import org.atelier.core.runs.Runs;
import org.atelier.core.validation.ModelValidator;
import org.atelier.core.validation.Problem;
import org.atelier.methods.merge.Blocks;
import org.atelier.diffusion.Embeddings;
import org.atelier.diffusion.MemoryEstimate;
import org.atelier.diffusion.Png;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.lora.LoraSource;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.common.ProcessMemory;
import org.atelier.runtime.Compute;
import org.atelier.methods.merge.MergeBenchmark;
import org.atelier.methods.merge.MergeMethod;
import org.atelier.methods.merge.Merger;
import org.atelier.core.project.BaseModels;
import org.atelier.tensors.DType;
import org.atelier.tensors.DiffusersFolder;
import org.atelier.tensors.Fuzzer;
import org.atelier.tensors.ModelReport;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.tensors.SdConverter;
import org.atelier.tensors.TensorBenchmark;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorSource;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorInfo;
import org.atelier.datasets.CaptionFiles;
import org.atelier.datasets.CaptionTags;
import org.atelier.datasets.DatasetScanner;
import org.atelier.datasets.Datasets;
import org.atelier.datasets.DatasetStats;
import org.atelier.datasets.Item;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.osgi.framework.FrameworkUtil;
import org.atelier.common.ProgressLine;

/**
 * The {@code atelier} commands. Exit codes: {@value #OK} ok, {@value #FAILED} the work failed, {@value #INVALID}
 * bad usage or invalid input. Errors go to standard error and name the file, the field and the reason.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID = 2;

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    static final String USAGE = """
            Usage: atelier <command> [arguments]

            Commands:
              resume <run folder>           go on with a stopped run from its last checkpoint
              demo [folder]                 create the demo training project (default: ~/atelier-workspace/demo)
                                            if it is missing, show it, validate it and run its experiments
              new <folder> [--demo] [--name <name>]
                                            create a training project: empty, or a copy of the demo
              add-model <project> <checkpoint or diffusers folder> [--id ID] [--no-hash]
                                            add a base model to a project, described by what the
                                            file is (family, prediction type, sha256)
              add-dataset <project> <image folder> [--id ID] [--resolution 512]
                                            add a dataset: a folder of images with captions, or of kohya's
                                            <repeats>_<name> folders
              dataset <project> <id> [--tags N]
                                            a dataset's images, repeats, buckets, most frequent tags
                                            and warnings
              dataset <project> <id> add-tag|remove-tag <tag> [--where <tag>]
              dataset <project> <id> replace-tag <tag> <new tag> [--where <tag>]
                                            edit the captions in bulk (those having the --where tag),
                                            each caption file written whole
              show <project>                the project's base models, datasets, experiments and runs
              validate <project|experiment> check a project (and its experiments) or one experiment file;
                                            for a training experiment, what it will train on (the plan)
              run <experiment>              run an experiment in a process of its own; Ctrl-C cancels it
              runs <project>                the project's runs with status, start and duration
              compare <run folder> <run folder>... [-o report.html] [--smoothing 0.6]
                                            runs side by side: how each went, the settings that differ,
                                            and a report with the overlaid losses and the samples lined up
              inspect <file or folder> [--json] [--tensors] [--no-hash]
                                            what a model file is: container, family, components,
                                            metadata, tensors and the hashes other tools show
              convert <input> <output> [--dtype fp16|bf16|fp32] [--tokenizer <folder>] [--overwrite]
                                            single file <-> diffusers folder (an output without
                                            .safetensors/.ckpt is a folder), ckpt -> safetensors,
                                            and element types
              fuzz [--seconds N] [--seed S] damage valid model files at random and check that reading them
                                            fails cleanly (a longer run of the readers' fuzz test)
              benchmark tensors|merge|unet|training [--dir D] [--rounds N] [--quick]
                                            speed and memory against baselines measured in the same run
                                            (training: --rounds is the steps per method)
              merge <A> <B> [C] --method M [--alpha X] -o <out> [--blocks ...] [--vae VAE] ...
                                            merge checkpoints as AUTOMATIC1111 does, streaming
                                            (atelier merge --help lists the methods)
              doctor                        the compute engine, its devices and threads, and whether it works
              generate --model M --prompt P -o out.png [...]
                                            an image from an SD 1.x or 2.x checkpoint (atelier generate --help)
              methods                       the installed training methods
              help                          this text (also --help)
              version                       the Atelier version (also --version)

            Every command takes --device auto|cpu|gpu0|gpu1... : the device its computations and runs use
            (auto, the default: a CUDA GPU when there is one, else the CPU).

            Exit codes: 0 ok, 1 the work failed, 2 bad usage or invalid input.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final MethodRegistry methods;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, MethodRegistry.getDefault());
    }

    Cli(PrintStream out, PrintStream err, MethodRegistry methods) {
        this.out = out;
        this.err = err;
        this.methods = methods;
    }

    /** Runs one command and returns its exit code. */
    public int run(String... given) {
        List<String> all = new ArrayList<>(List.of(given));
        int device = all.indexOf("--device");
        if (device >= 0) {
            if (device + 1 >= all.size()) {
                return usage("--device needs a value: auto, cpu, gpu0, gpu1...");
            }
            RunSettings.set(RunSettings.DEVICE, all.get(device + 1)); // this process's, and its runs'
            all.subList(device, device + 2).clear();
        }
        String[] args = all.toArray(String[]::new);
        if (args.length == 0) {
            err.print(USAGE);
            return INVALID;
        }
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            return switch (args[0]) {
            case "help", "--help", "-h" -> {
                out.print(USAGE);
                yield OK;
            }
            case "version", "--version" -> {
                out.println("Atelier " + version());
                yield OK;
            }
            case "methods" -> methods(rest);
            case "doctor" -> doctor(rest);
            case "validate" -> validate(rest);
            case "run" -> runExperiment(rest);
            case "resume" -> resume(rest);
            case "runs" -> runs(rest);
            case "compare" -> compare(rest);
            case "show" -> show(rest);
            case "new" -> newProject(rest);
            case "demo" -> demo(rest);
            case "inspect" -> inspect(rest);
            case "add-model" -> addModel(rest);
            case "add-dataset" -> addDataset(rest);
            case "dataset" -> dataset(rest);
            case "convert" -> convert(rest);
            case "merge" -> merge(rest);
            case "generate" -> generate(rest);
            case "fuzz" -> fuzz(rest);
            case "benchmark" -> benchmark(rest);
            default -> usage("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (ModelException | TensorFileException e) {
            err.println("atelier: " + e.getMessage());
            return INVALID;
        } catch (IOException e) {
            err.println("atelier: " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("atelier: interrupted");
            return FAILED;
        }
    }

    private int usage(String message) {
        err.println("atelier: " + message);
        err.println("Run 'atelier --help' for the commands.");
        return INVALID;
    }

    /** A command line that does not fit the command. */
    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private static String version() {
        var bundle = FrameworkUtil.getBundle(Cli.class);
        return bundle == null ? "unknown" : bundle.getVersion().toString();
    }

    // ---- methods

    private int methods(List<String> args) throws UsageException {
        expectArguments("methods", args, 0, 0);
        if (methods.all().isEmpty()) {
            out.println("No training methods are installed.");
        }
        for (MethodDescriptor method : methods.all()) {
            out.printf("%-32s %s%n", method.id(), method.label());
            if (method.description() != null) {
                out.println("    " + method.description());
            }
            out.println("    configuration: " + method.configClass().getEPackage().getNsURI() + "#"
                    + method.configClass().getName() + (method.outputFormats().isEmpty() ? ""
                            : "; writes: " + String.join(", ", method.outputFormats())));
        }
        for (IStatus problem : methods.problems()) {
            err.println("atelier: warning: " + problem.getMessage());
        }
        return OK;
    }

    // ---- validate

    private int validate(List<String> args) throws UsageException, ModelException, IOException {
        expectArguments("validate", args, 1, 1);
        Path target = Path.of(args.get(0)).toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        ModelValidator validator = new ModelValidator(methods);
        int checked;
        if (target.getFileName() != null && target.getFileName().toString().endsWith("." + ProjectStore.EXPERIMENT_EXTENSION)) {
            problems.addAll(validateExperiment(validator, target));
            checked = 1;
        } else {
            Path folder = Files.isDirectory(target) ? target : target.getParent();
            if (!ProjectStore.isProjectFolder(folder)) {
                throw new ModelException(target, "not a training project (no " + ProjectStore.PROJECT_FILE
                        + ") and not an experiment file (." + ProjectStore.EXPERIMENT_EXTENSION + ")");
            }
            TrainingProject project = ProjectStore.loadProject(ProjectStore.newResourceSet(), folder);
            problems.addAll(validator.validateProject(project, folder));
            List<Path> experiments = ProjectStore.experimentFiles(folder);
            for (Path experiment : experiments) {
                try {
                    problems.addAll(validateExperiment(validator, experiment));
                } catch (ModelException e) {
                    problems.add(new Problem(Problem.Severity.ERROR, experiment, null, null, e.getMessage()
                            .substring(experiment.toString().length() + 2)));
                }
            }
            checked = 1 + experiments.size();
        }
        // A project's problems about its base models and datasets come again with each experiment using them.
        List<String> lines = problems.stream().map(Problem::toString).distinct().toList();
        long errors = lines.stream().filter(l -> l.contains(": error: ")).count();
        long warnings = lines.size() - errors;
        for (String line : lines) {
            (line.contains(": error: ") ? err : out).println(line);
        }
        out.printf("%s: %d file%s checked, %d error%s, %d warning%s%n", target, checked, checked == 1 ? "" : "s",
                errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        if (errors == 0 && checked == 1 && Files.isRegularFile(target)) {
            plan(target);
        }
        return errors > 0 ? INVALID : OK;
    }

    /** What a valid experiment will do, as its method works it out before anything loads. */
    private void plan(Path experimentFile) throws ModelException, IOException {
        Experiment experiment = ProjectStore.loadExperimentResolved(ProjectStore.newResourceSet(), experimentFile);
        MethodDescriptor method = methods.find(experiment.getMethod()).orElse(null);
        try {
            IExperimentPreview previewer = method == null ? null : method.createPreview();
            if (previewer != null) {
                previewer.preview(experiment, ProjectStore.projectFolderOf(experimentFile)).lines().forEach(out::println);
            }
        } catch (org.eclipse.core.runtime.CoreException | RuntimeException e) {
            err.println("atelier: " + e.getMessage());
        }
    }

    private static List<Problem> validateExperiment(ModelValidator validator, Path file) throws ModelException {
        Experiment experiment = ProjectStore.loadExperimentResolved(ProjectStore.newResourceSet(), file);
        return validator.validateExperiment(experiment, file.toAbsolutePath().normalize(), ProjectStore.projectFolderOf(file));
    }

    // ---- run

    private int runExperiment(List<String> args) throws UsageException, ModelException, IOException, InterruptedException {
        expectArguments("run", args, 1, 1);
        return runOne(Path.of(args.get(0)));
    }

    private int resume(List<String> args) throws UsageException, ModelException, IOException, InterruptedException {
        expectArguments("resume", args, 1, 1);
        Path folder = Path.of(args.get(0)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve(ProjectStore.RUN_FILE))) {
            throw new UsageException("resume takes a run folder (runs/<id> of a training project): " + folder + " has no "
                    + ProjectStore.RUN_FILE);
        }
        return followRun(folder, progress -> new RunLauncher(methods).resume(folder, org.atelier.core.runs.RunEvents.Listener.showing(progress)));
    }

    /** Starts a run (a new one, or one resumed) and follows it to its end. */
    private interface Starter {
        RunHandle start(ProgressLine progress) throws ModelException, IOException, InvalidRunException;
    }

    private int runOne(Path experiment) throws ModelException, IOException, InterruptedException {
        return followRun(experiment, progress -> new RunLauncher(methods).start(experiment, org.atelier.core.runs.RunEvents.Listener.showing(progress)));
    }

    private int followRun(Path what, Starter starter) throws ModelException, IOException, InterruptedException {
        ProgressLine progress = new ProgressLine(out);
        RunHandle handle;
        try {
            handle = starter.start(progress);
        } catch (InvalidRunException e) {
            e.problems().stream().filter(Problem::isError).forEach(err::println);
            err.println("atelier: " + what + ": not run: " + (Files.isDirectory(what) ? "it cannot be resumed"
                    : "the experiment has errors"));
            return INVALID;
        }
        out.println("Run " + handle.folder().getFileName() + " started (process " + handle.pid() + "); folder "
                + handle.folder());
        Interrupts.onInterrupt(() -> {
            progress.interrupt("cancelling (waiting for the run to stop)...");
            handle.cancel();
        });
        RunStatus status = handle.waitFor();
        progress.finish();
        Runs.RunInfo info = Runs.read(handle.folder());
        Run run = info.run();
        String duration = info.duration() == null ? "" : " in " + Durations.clock(info.duration());
        String line = "Run " + run.getId() + " " + status.getLiteral().toLowerCase(Locale.ROOT) + duration
                + (run.getMessage() == null ? "" : ": " + run.getMessage());
        if (status == RunStatus.SUCCEEDED) {
            out.println(line);
            for (String artifact : run.getArtifacts()) {
                out.println("  output: " + handle.folder().resolve(artifact));
            }
            return OK;
        }
        err.println("atelier: " + line);
        return FAILED;
    }

    // ---- runs

    private int runs(List<String> args) throws UsageException, ModelException, IOException {
        expectArguments("runs", args, 1, 1);
        Path folder = projectFolder(args.get(0));
        List<Runs.RunInfo> runs = Runs.list(folder);
        if (runs.isEmpty()) {
            out.println("No runs yet in " + folder);
            return OK;
        }
        printRuns(runs);
        return OK;
    }

    private int compare(List<String> args) throws UsageException, IOException, ModelException {
        Map<String, String> options = new java.util.HashMap<>();
        List<String> positional = parse(args, List.of(), List.of("-o", "--smoothing"), options);
        if (positional.size() < 2) {
            throw new UsageException("compare takes two run folders or more: atelier compare <run folder> <run folder>..."
                    + " [-o report.html] [--smoothing 0.6]");
        }
        List<Path> folders = new ArrayList<>();
        for (String given : positional) {
            Path folder = Path.of(given).toAbsolutePath().normalize();
            if (!Files.isRegularFile(folder.resolve(ProjectStore.RUN_FILE))) {
                throw new UsageException(folder + " is not a run folder (it has no " + ProjectStore.RUN_FILE + ")");
            }
            folders.add(folder);
        }
        double smoothing;
        try {
            smoothing = Double.parseDouble(options.getOrDefault("--smoothing", "0.6"));
        } catch (NumberFormatException e) {
            smoothing = -1;
        }
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw new UsageException("--smoothing takes a number from 0 (none) to below 1, such as 0.6");
        }
        Comparison comparison = Comparison.of(folders);
        List<List<String>> summary = new ArrayList<>();
        summary.add(Comparison.SUMMARY);
        comparison.runs().forEach(run -> summary.add(Comparison.summary(run)));
        printTable(summary);
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
            printTable(table);
        }
        out.println("Samples lined up: " + comparison.sampleLabels().size() + " (by step and prompt)");
        if (options.containsKey("-o")) {
            Path report = Path.of(options.get("-o")).toAbsolutePath().normalize();
            comparison.writeHtml(report, smoothing);
            out.println("Report: " + report);
        }
        return OK;
    }

    /** Rows in columns as wide as their widest cell. */
    private void printTable(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(i == row.size() - 1 ? cell : String.format(Locale.ROOT, "%-" + widths[i] + "s  ", cell));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private void printRuns(List<Runs.RunInfo> runs) {
        String format = "%-36s %-24s %-10s %-19s %9s  %s%n";
        out.printf(format, "RUN", "METHOD", "STATUS", "STARTED", "DURATION", "MESSAGE");
        for (Runs.RunInfo info : runs) {
            Run run = info.run();
            out.printf(format, run.getId(), run.getExperiment().getMethod(),
                    info.status().getLiteral().toLowerCase(Locale.ROOT),
                    run.getStarted() == null ? "-" : STARTED.format(run.getStarted().toInstant()),
                    info.duration() == null ? "-" : Durations.clock(info.duration()),
                    info.message() == null ? "" : info.message());
        }
    }

    // ---- show

    private int show(List<String> args) throws UsageException, ModelException, IOException {
        expectArguments("show", args, 1, 1);
        show(projectFolder(args.get(0)));
        return OK;
    }

    private void show(Path folder) throws ModelException, IOException {
        ResourceSet resources = ProjectStore.newResourceSet();
        TrainingProject project = ProjectStore.loadProject(resources, folder);
        out.println("Training project '" + project.getName() + "' in " + folder);
        if (project.getDescription() != null) {
            out.println("  " + project.getDescription());
        }
        out.println("Base models (" + project.getBaseModels().size() + ")");
        for (BaseModel model : project.getBaseModels()) {
            out.printf("  %-20s %s  [%s, %s]%n", model.getId(), model.getPath(), model.getArchitecture().getLiteral(),
                    model.getPredictionType().getLiteral().toLowerCase(Locale.ROOT));
        }
        out.println("Datasets (" + project.getDatasets().size() + ")");
        for (Dataset dataset : project.getDatasets()) {
            showDataset(folder, dataset);
        }
        List<Path> experiments = ProjectStore.experimentFiles(folder);
        out.println("Experiments (" + experiments.size() + ")");
        for (Path file : experiments) {
            try {
                Experiment experiment = ProjectStore.loadExperiment(resources, file);
                String method = methods.find(experiment.getMethod()).map(MethodDescriptor::label)
                        .orElse(experiment.getMethod() + " (not installed)");
                String datasets = experiment.getDatasets().stream().map(Dataset::getId).collect(Collectors.joining(", "));
                out.printf("  %-20s %s on %s%s%n", experiment.getName(), method,
                        experiment.getBaseModel() == null ? "no base model" : experiment.getBaseModel().getId(),
                        datasets.isEmpty() ? "" : " with " + datasets);
            } catch (ModelException e) {
                out.println("  " + file.getFileName() + ": cannot be read: " + e.getMessage());
            }
        }
        List<Runs.RunInfo> runs = Runs.list(folder);
        out.println("Runs (" + runs.size() + ")");
        if (!runs.isEmpty()) {
            printRuns(runs);
        }
    }

    private void showDataset(Path folder, Dataset dataset) {
        long perEpoch = 0;
        List<String> lines = new ArrayList<>();
        String captionExtension = dataset.getCaptionExtension() == null ? ".txt" : dataset.getCaptionExtension();
        for (Subset subset : dataset.getSubsets()) {
            Path images = folder.resolve(subset.getPath());
            List<Path> files = Files.isDirectory(images) ? ModelValidator.images(images) : List.of();
            long captioned = files.stream()
                    .filter(f -> Files.isRegularFile(ModelValidator.captionOf(f, captionExtension))).count();
            perEpoch += (long) files.size() * subset.getRepeats();
            lines.add(String.format(Locale.ROOT, "    %-30s %d images (%d captioned) x %d repeats, %s", subset.getPath(),
                    files.size(), captioned, subset.getRepeats(), subset.getRole().getLiteral().toLowerCase(Locale.ROOT)));
        }
        out.printf("  %-20s %s: %d folder%s, %d images per epoch, resolution %d%n", dataset.getId(), dataset.getName(),
                dataset.getSubsets().size(), dataset.getSubsets().size() == 1 ? "" : "s", perEpoch, dataset.getResolution());
        lines.forEach(out::println);
    }

    // ---- new, demo

    private int newProject(List<String> args) throws UsageException, IOException {
        Map<String, String> options = new java.util.HashMap<>();
        List<String> positional = parse(args, List.of("--demo"), List.of("--name"), options);
        if (positional.size() != 1) {
            throw new UsageException("new takes one folder: atelier new <folder> [--demo] [--name <name>]");
        }
        Path folder = Path.of(positional.get(0)).toAbsolutePath().normalize();
        if (options.containsKey("--demo")) {
            DemoProject.copyTo(folder);
        } else {
            ProjectStore.createProject(folder, options.getOrDefault("--name", folder.getFileName().toString()));
        }
        out.println("Created training project " + folder);
        return OK;
    }

    /** The default place of the demo project: beside the workbench's projects. */
    static Path defaultDemoFolder() {
        String workspace = System.getenv("ATELIER_WORKSPACE");
        Path root = workspace != null && !workspace.isBlank() ? Path.of(workspace)
                : Path.of(System.getProperty("user.home"), "atelier-workspace");
        return root.resolve("demo");
    }

    private int demo(List<String> args) throws UsageException, ModelException, IOException, InterruptedException {
        expectArguments("demo", args, 0, 1);
        Path folder = (args.isEmpty() ? defaultDemoFolder() : Path.of(args.get(0))).toAbsolutePath().normalize();
        if (ProjectStore.isProjectFolder(folder)) {
            out.println("Using the demo project in " + folder);
        } else {
            DemoProject.copyTo(folder);
            out.println("Created the demo project in " + folder);
        }
        out.println();
        show(folder);
        out.println();
        out.println("Validating...");
        int validation = validate(List.of(folder.toString()));
        if (validation != OK) {
            return validation;
        }
        List<Path> runnable = new ArrayList<>();
        for (Path file : ProjectStore.experimentFiles(folder)) {
            Experiment experiment = ProjectStore.loadExperiment(ProjectStore.newResourceSet(), file);
            if (methods.find(experiment.getMethod()).isPresent()) {
                runnable.add(file);
            }
        }
        if (runnable.isEmpty()) {
            out.println("The demo project has no experiment of an installed method to run yet.");
            return OK;
        }
        int result = OK;
        for (Path file : runnable) {
            out.println();
            out.println("Running " + folder.relativize(file));
            int exit = runOne(file);
            result = Math.max(result, exit);
        }
        return result;
    }

    // ---- doctor

    private int doctor(List<String> args) throws UsageException {
        expectArguments("doctor", args, 0, 0);
        out.println("Atelier " + version() + ", Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + "), " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB of Java heap at most");
        out.println("Starting the compute engine (the first start unpacks PyTorch into the cache folder)...");
        Map<String, String> report = Compute.report();
        report.forEach((key, value) -> out.printf("  %-22s %s%n", key + ":", value));
        if (report.containsKey("problem")) {
            err.println("atelier: the compute engine does not work here: " + report.get("problem"));
            return FAILED;
        }
        out.println("Everything needed is here.");
        return OK;
    }

    // ---- generate

    static final String GENERATE_USAGE = """
            Usage: atelier generate --model <checkpoint or diffusers folder> --prompt <text> -o <out.png>
                                    [--negative <text>] [--steps 20] [--cfg 7] [--sampler euler-a] [--seed S]
                                    [--size 512x512] [--clip-skip 1] [--init-image <image> --strength 0.6]
                                    [--tokenizer <folder>] [--latents-in <file>] [--latents-out <file>]
                                    [--attention-slice N] [--lora <file>[:strength][,<file>[:strength]...]]
                                    [--embedding <file>[,<file>...]]

            Generates an image from an SD 1.x, 2.x or SDXL model (a single-file checkpoint or a diffusers folder) on
            the CPU. Prompts take AUTOMATIC1111's
            emphasis syntax: (word), [word], (word:1.3), BREAK. Samplers: %s.
            A seed (0 to 2147483647) gives the same image again; without --seed one is drawn and printed.
            --init-image starts from an image (img2img) noised to --strength. --latents-in starts from the
            noise in a safetensors file (tensor 'latents', [1, 4, height/8, width/8]); --latents-out writes the
            final latents. --attention-slice computes attention N rows at a time, to use less memory.
            --lora merges LoRAs in kohya's layout into the model's weights (strength 1 when not given).
            --embedding adds textual-inversion embeddings (AUTOMATIC1111's .pt, kohya's or diffusers'
            safetensors): a prompt names each by its file name without the extension.
            A checkpoint holds no tokenizer: --tokenizer names a diffusers tokenizer/ folder (vocab.json and
            merges.txt), or set ATELIER_TOKENIZER once; a diffusers folder uses its own.
            The PNG carries the parameters as AUTOMATIC1111 writes them.
            """.formatted(java.util.Arrays.stream(Sampler.values()).map(Sampler::id)
            .collect(Collectors.joining(", ")));

    private int generate(List<String> args) throws UsageException, IOException {
        if (args.contains("--help")) {
            out.print(GENERATE_USAGE);
            return OK;
        }
        Map<String, String> o = new java.util.HashMap<>();
        List<String> positional = parse(args, List.of(), List.of("--model", "--prompt", "--negative", "--steps", "--cfg",
                "--sampler", "--seed", "--size", "--clip-skip", "--init-image", "--strength", "--tokenizer", "--latents-in",
                "--latents-out", "--attention-slice", "--lora", "--embedding", "-o"), o);
        if (!positional.isEmpty()) {
            throw new UsageException("generate takes its inputs as options (atelier generate --help), not '" + positional.get(0) + "'");
        }
        for (String required : List.of("--model", "--prompt", "-o")) {
            if (!o.containsKey(required)) {
                throw new UsageException("generate needs " + required + " (atelier generate --help)");
            }
        }
        Sampler sampler = Sampler.of(o.getOrDefault("--sampler", "euler-a"));
        if (sampler == null) {
            throw new UsageException("--sampler is one of " + java.util.Arrays.stream(Sampler.values()).map(Sampler::id)
                    .collect(Collectors.joining(", ")));
        }
        Path model = Path.of(o.get("--model")).toAbsolutePath().normalize();
        String tokenizerText = o.getOrDefault("--tokenizer", System.getenv("ATELIER_TOKENIZER"));
        boolean folder = Files.isDirectory(model) && Files.isRegularFile(model.resolve("tokenizer/vocab.json"));
        if ((tokenizerText == null || tokenizerText.isBlank()) && !folder) {
            throw new UsageException("generate needs CLIP's tokenizer, which a checkpoint does not hold: give a diffusers"
                    + " tokenizer/ folder (vocab.json, merges.txt) with --tokenizer, or set ATELIER_TOKENIZER");
        }
        Path tokenizer = o.containsKey("--tokenizer") || !folder ? Path.of(tokenizerText) : null;
        StableDiffusion.Settings settings;
        try {
            String[] size = o.getOrDefault("--size", "512x512").toLowerCase(Locale.ROOT).split("x");
            if (size.length != 2) {
                throw new UsageException("--size is WIDTHxHEIGHT, such as 512x768");
            }
            long seed = o.containsKey("--seed") ? Long.parseLong(o.get("--seed"))
                    : new java.security.SecureRandom().nextInt(Integer.MAX_VALUE);
            settings = new StableDiffusion.Settings(o.get("--prompt"), o.getOrDefault("--negative", ""),
                    Integer.parseInt(o.getOrDefault("--steps", "20")), Float.parseFloat(o.getOrDefault("--cfg", "7")), sampler,
                    seed, Integer.parseInt(size[0].trim()), Integer.parseInt(size[1].trim()),
                    Integer.parseInt(o.getOrDefault("--clip-skip", "1")), Float.parseFloat(o.getOrDefault("--strength", "0.75")),
                    Integer.parseInt(o.getOrDefault("--attention-slice", "0")));
        } catch (NumberFormatException e) {
            throw new UsageException("--steps, --cfg, --seed, --size, --clip-skip, --strength and --attention-slice take numbers");
        } catch (IllegalArgumentException e) {
            throw new UsageException("generate: " + e.getMessage());
        }
        Path output = Path.of(o.get("-o")).toAbsolutePath().normalize();
        java.awt.image.BufferedImage init = o.containsKey("--init-image") ? Png.read(Path.of(o.get("--init-image"))) : null;
        float[] latentsIn = o.containsKey("--latents-in") ? readLatents(Path.of(o.get("--latents-in")), settings) : null;
        List<LoraSource.Lora> loras = new ArrayList<>();
        if (o.containsKey("--lora")) {
            for (String item : o.get("--lora").split(",")) {
                int colon = item.lastIndexOf(':');
                try {
                    boolean strength = colon > 0 && item.substring(colon + 1).matches("[-+]?[0-9.]+");
                    loras.add(new LoraSource.Lora(Path.of(strength ? item.substring(0, colon) : item).toAbsolutePath().normalize(),
                            strength ? Float.parseFloat(item.substring(colon + 1)) : 1f));
                } catch (NumberFormatException e) {
                    throw new UsageException("--lora takes file:strength, such as style.safetensors:0.8");
                }
            }
        }
        checkMemory(model, settings);
        out.println("Loading " + model.getFileName() + " (seed " + settings.seed() + ")...");
        long start = System.nanoTime();
        try (StableDiffusion sd = StableDiffusion.load(model, tokenizer, loras)) {
            if (o.containsKey("--embedding")) {
                for (String item : o.get("--embedding").split(",")) {
                    Path embedding = Path.of(item.strip()).toAbsolutePath().normalize();
                    try {
                        sd.addEmbedding(Embeddings.name(embedding), Embeddings.read(embedding, sd.textEncoders().size(),
                                sd.manager()));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--embedding " + embedding + ": " + e.getMessage());
                    }
                }
            }
            ProgressLine progress = new ProgressLine(out);
            StableDiffusion.Result result;
            try {
                result = sd.generate(settings, init, latentsIn, (done, total) -> progress.progress(done, total, "steps"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("generate: " + e.getMessage());
            }
            progress.finish();
            String parameters = StableDiffusion.parameters(settings, model, init != null, loras);
            Png.write(output, result.image(), parameters);
            if (o.containsKey("--latents-out")) {
                Path latentsOut = Path.of(o.get("--latents-out")).toAbsolutePath().normalize();
                try (SafetensorsWriter writer = SafetensorsWriter.create(latentsOut, Map.of("format", "pt"),
                        List.of(new SafetensorsWriter.Spec("latents", DType.F32, result.latentShape())))) {
                    writer.writeFloats("latents", result.latents());
                }
            }
        } catch (org.atelier.runtime.ComputeException e) {
            err.println("atelier: " + e.getMessage());
            return FAILED;
        }
        out.printf(Locale.ROOT, "Wrote %s (%dx%d, seed %d) in %.1f s%n", output, settings.width(), settings.height(),
                settings.seed(), (System.nanoTime() - start) / 1e9);
        return OK;
    }

    /**
     * Says how much memory the generation will take, from the model's shapes; refuses, before loading anything,
     * one that does not fit in this machine's memory.
     */
    private void checkMemory(Path model, StableDiffusion.Settings settings) throws IOException, UsageException {
        long physical = org.atelier.common.ProcessMemory.physical();
        MemoryEstimate.Check check = MemoryEstimate.forGeneration(model, settings.width(), settings.height(),
                settings.attentionSlice(), physical);
        MemoryEstimate estimate = check.estimate();
        out.println("Memory: about " + MemoryEstimate.gigabytes(estimate.total()) + " (weights "
                + MemoryEstimate.gigabytes(estimate.weights()) + ")" + (physical > 0 ? " of " + MemoryEstimate.gigabytes(physical) : ""));
        if (check.refusal() != null) {
            throw new UsageException("generate: " + check.refusal().replace("attention slicing of 1 row", "--attention-slice 1"));
        }
    }

    /** The tensor 'latents' (or the file's only tensor) of a safetensors file, of the size the settings ask. */
    private static float[] readLatents(Path file, StableDiffusion.Settings settings) throws IOException, UsageException {
        try (SafetensorsReader reader = SafetensorsReader.open(file.toAbsolutePath().normalize())) {
            TensorInfo t = reader.tensor("latents");
            if (t == null && reader.tensors().size() == 1) {
                t = reader.tensors().get(0);
            }
            if (t == null) {
                throw new TensorFileException(file, "no tensor 'latents'");
            }
            long[] expected = { 1, 4, settings.height() / 8, settings.width() / 8 };
            if (!java.util.Arrays.equals(t.shape(), expected)) {
                throw new TensorFileException(file, "latents of shape " + t.shapeText() + ", but " + settings.width() + "x"
                        + settings.height() + " takes " + java.util.Arrays.toString(expected));
            }
            return reader.floats(t);
        }
    }

    // ---- inspect

    private int inspect(List<String> args) throws UsageException, IOException {
        Map<String, String> options = new java.util.HashMap<>();
        List<String> positional = parse(args, List.of("--json", "--tensors", "--no-hash"), List.of(), options);
        if (positional.size() != 1) {
            throw new UsageException("inspect takes one file or folder: atelier inspect <file> [--json] [--tensors] [--no-hash]");
        }
        Path path = Path.of(positional.get(0)).toAbsolutePath().normalize();
        ModelReport report = ModelReport.of(path, !options.containsKey("--no-hash"));
        boolean tensors = options.containsKey("--tensors");
        out.print(options.containsKey("--json") ? report.json(tensors) + "\n" : report.text(tensors));
        return OK;
    }

    // ---- add-dataset

    private int addDataset(List<String> args) throws UsageException, IOException, ModelException {
        Map<String, String> options = new java.util.HashMap<>();
        List<String> positional = parse(args, List.of(), List.of("--id", "--resolution"), options);
        if (positional.size() != 2) {
            throw new UsageException("add-dataset takes a project and an image folder: atelier add-dataset <project> <folder>"
                    + " [--id ID] [--resolution 512]");
        }
        Path folder = projectFolder(positional.get(0));
        Path images = Path.of(positional.get(1)).toAbsolutePath().normalize();
        if (!Files.isDirectory(images)) {
            throw new UsageException("add-dataset: " + images + " is not a folder");
        }
        int resolution;
        try {
            resolution = Integer.parseInt(options.getOrDefault("--resolution", "512"));
        } catch (NumberFormatException e) {
            throw new UsageException("--resolution takes a number of pixels, such as 512");
        }
        String id = options.getOrDefault("--id", Datasets.idFor(images));
        Datasets.Added added;
        try {
            added = Datasets.add(folder, images, id, resolution);
        } catch (org.atelier.datasets.DatasetException e) {
            err.println("atelier: " + e.getMessage());
            return INVALID;
        }
        DatasetScanner.Scan scan = added.scan();
        long folders = scan.items().stream().map(i -> i.image().getParent()).distinct().count();
        out.printf("Added dataset '%s' to %s: %d images in %d folder%s (%d per epoch with repeats)%n", id,
                ProjectStore.projectFile(folder), scan.items().size(), folders, folders == 1 ? "" : "s", added.imagesPerEpoch());
        scan.warnings().forEach(w -> out.println("Note: " + w));
        return OK;
    }

    // ---- dataset

    private int dataset(List<String> args) throws UsageException, IOException, ModelException {
        Map<String, String> options = new java.util.HashMap<>();
        List<String> positional = parse(args, List.of(), List.of("--tags", "--where"), options);
        if (positional.size() < 2) {
            throw new UsageException("dataset takes a project and a dataset id: atelier dataset <project> <id> [...]");
        }
        Path folder = projectFolder(positional.get(0));
        TrainingProject project = ProjectStore.loadProject(ProjectStore.newResourceSet(), folder);
        String id = positional.get(1);
        Dataset dataset = project.getDatasets().stream().filter(d -> id.equals(d.getId())).findFirst()
                .orElseThrow(() -> new ModelException(ProjectStore.projectFile(folder), "no dataset '" + id + "' (it has "
                        + project.getDatasets().stream().map(Dataset::getId).toList() + ")"));
        List<Item> items;
        List<String> warnings;
        try {
            DatasetScanner.Scan scan = DatasetScanner.scan(dataset, folder, false);
            items = scan.items();
            warnings = scan.warnings();
        } catch (org.atelier.datasets.DatasetException e) {
            err.println("atelier: " + e.getMessage());
            return INVALID;
        }
        List<String> edit = positional.subList(2, positional.size());
        if (edit.isEmpty()) {
            int top;
            try {
                top = Integer.parseInt(options.getOrDefault("--tags", "20"));
            } catch (NumberFormatException e) {
                throw new UsageException("--tags takes a number of tags, such as 20");
            }
            showDataset(dataset, items, warnings, top);
            return OK;
        }
        java.util.function.UnaryOperator<String> change = switch (edit.get(0)) {
        case "add-tag", "remove-tag" -> {
            if (edit.size() != 2) {
                throw new UsageException(edit.get(0) + " takes one tag");
            }
            String tag = edit.get(1);
            yield edit.get(0).equals("add-tag") ? c -> CaptionTags.add(c, tag)
                    : c -> CaptionTags.remove(c, tag);
        }
        case "replace-tag" -> {
            if (edit.size() != 3) {
                throw new UsageException("replace-tag takes the tag and the tag that replaces it");
            }
            yield c -> CaptionTags.replace(c, edit.get(1), edit.get(2));
        }
        default -> throw new UsageException("dataset: unknown edit '" + edit.get(0) + "' (add-tag, remove-tag, replace-tag)");
        };
        if (edit.stream().skip(1).anyMatch(t -> t.contains(","))) {
            throw new UsageException("a tag has no commas: " + edit.subList(1, edit.size()));
        }
        String where = options.get("--where");
        int changed = 0;
        for (Item item : items) {
            String caption = item.captioned() ? item.caption() : "";
            if (where != null && !CaptionTags.tags(caption).contains(where.strip())) {
                continue;
            }
            String edited = change.apply(caption);
            if (!edited.equals(caption)) {
                CaptionFiles.write(item.image(), dataset.getCaptionExtension(), edited);
                changed++;
            }
        }
        out.printf("Changed %d caption%s of %d images%n", changed, changed == 1 ? "" : "s", items.size());
        return OK;
    }

    private void showDataset(Dataset dataset, List<Item> items,
            List<String> warnings, int top) {
        DatasetStats stats = DatasetStats.of(dataset, items);
        out.printf("Dataset '%s': %d images (%s), %d an epoch with repeats, at %dx%d%n", dataset.getId(), stats.images(),
                stats.imagesByRole().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getValue() + " " + e.getKey().getLiteral().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")),
                stats.imagesPerEpoch(), dataset.getResolution(), dataset.getResolution());
        Map<Path, long[]> folders = new java.util.TreeMap<>();
        for (Item item : items) {
            long[] count = folders.computeIfAbsent(item.image().getParent(), f -> new long[2]);
            count[0]++;
            count[1] = item.repeats();
        }
        out.println("Folders:");
        folders.forEach((f, c) -> out.printf("  %-50s %6d images  x%d%n", f, c[0], c[1]));
        out.println("Buckets:");
        for (DatasetStats.BucketCount bucket : stats.buckets()) {
            out.printf("  %-12s %6d images  %7d an epoch%n", bucket.size(), bucket.images(), bucket.samples());
        }
        List<CaptionTags.Frequency> tags = CaptionTags
                .frequencies(items.stream().filter(Item::captioned).map(Item::caption).toList());
        out.printf("Tags (%d different%s):%n", tags.size(), tags.size() > top ? ", the " + top + " most frequent" : "");
        tags.stream().limit(top).forEach(t -> out.printf("  %6d  %s%n", t.count(), t.tag()));
        List<String> all = new ArrayList<>(warnings);
        all.addAll(stats.warnings());
        all.forEach(w -> out.println("Warning: " + w));
    }

    // ---- add-model

    private int addModel(List<String> args) throws UsageException, IOException, ModelException {
        Map<String, String> options = new java.util.HashMap<>();
        List<String> positional = parse(args, List.of("--no-hash"), List.of("--id"), options);
        if (positional.size() != 2) {
            throw new UsageException("add-model takes a project and a model: atelier add-model <project> <file> [--id ID]");
        }
        Path folder = projectFolder(positional.get(0));
        Path file = Path.of(positional.get(1)).toAbsolutePath().normalize();
        ResourceSet resources = ProjectStore.newResourceSet();
        TrainingProject project = ProjectStore.loadProject(resources, folder);
        String id = options.getOrDefault("--id", BaseModels.newId(project, file));
        if (BaseModels.exists(project, id)) {
            throw new UsageException("the project has a base model '" + id + "' already (--id names another)");
        }
        BaseModel model = BaseModels.describe(file, folder, id, !options.containsKey("--no-hash"));
        project.getBaseModels().add(model);
        ProjectStore.save(project.eResource());
        out.printf("Added base model '%s' (%s, %s) to %s%s%n", model.getId(), model.getArchitecture().getLiteral(),
                model.getPredictionType().getLiteral().toLowerCase(Locale.ROOT), ProjectStore.projectFile(folder),
                model.getSha256() == null ? "" : ", sha256 " + model.getSha256().substring(0, 10));
        return OK;
    }

    // ---- convert

    private int convert(List<String> args) throws UsageException, IOException {
        Map<String, String> options = new java.util.HashMap<>();
        List<String> positional = parse(args, List.of("--overwrite"), List.of("--dtype", "--tokenizer"), options);
        if (positional.size() != 2) {
            throw new UsageException("convert takes an input and an output: atelier convert <input> <output> [--dtype fp16]");
        }
        Path input = Path.of(positional.get(0)).toAbsolutePath().normalize();
        Path output = Path.of(positional.get(1)).toAbsolutePath().normalize();
        DType dtype = null;
        if (options.containsKey("--dtype")) {
            dtype = DType.ofLabel(options.get("--dtype"));
            if (dtype == null || !dtype.isFloatingPoint()) {
                throw new UsageException("--dtype takes fp16, bf16 or fp32, not '" + options.get("--dtype") + "'");
            }
        }
        Path tokenizer = options.containsKey("--tokenizer") ? Path.of(options.get("--tokenizer")) : null;
        if (tokenizer != null && !Files.isRegularFile(tokenizer.resolve("vocab.json"))) {
            throw new UsageException("--tokenizer " + tokenizer + ": no vocab.json there");
        }
        if (Files.exists(output) && !options.containsKey("--overwrite")) {
            throw new UsageException(output + " exists already (--overwrite replaces it)");
        }
        boolean toFile = output.getFileName().toString().matches(".*\\.(safetensors|ckpt|pt)$");
        ProgressLine progress = new ProgressLine(out);
        SdConverter.Progress report = (done, total, name) -> {
            if (done == total || done % 25 == 0) {
                progress.progress(done, total, "tensors");
            }
        };
        long start = System.nanoTime();
        SdConverter converter;
        try (TensorSource source = TensorFiles.open(input)) {
            if (source instanceof DiffusersFolder folder) {
                if (!toFile) {
                    throw new UsageException("a diffusers folder converts to a single file: name the output *.safetensors or *.ckpt");
                }
                converter = SdConverter.fromDiffusers(folder, output, dtype, report);
            } else if (toFile) {
                converter = SdConverter.toSingleFile(source, output, dtype, report);
            } else {
                converter = SdConverter.toDiffusers(source, output, dtype, tokenizer, report);
            }
        }
        progress.finish();
        if (!converter.skipped().isEmpty()) {
            out.println("Left out (no place in the target layout): " + converter.skipped().size() + " tensors, "
                    + String.join(", ", converter.skipped().subList(0, Math.min(5, converter.skipped().size())))
                    + (converter.skipped().size() > 5 ? ", ..." : ""));
        }
        if (!toFile && tokenizer == null) {
            out.println("Note: a checkpoint holds no tokenizer; copy one into " + output.resolve("tokenizer")
                    + " (or pass --tokenizer <folder>) before loading the folder in diffusers.");
        }
        out.printf(Locale.ROOT, "Wrote %s in %.1f s%n", output, (System.nanoTime() - start) / 1e9);
        return OK;
    }

    // ---- merge

    static final String MERGE_USAGE = """
            Usage: atelier merge <A> <B> [C] --method <method> [--alpha M] [--beta N] -o <out.safetensors|out.ckpt>
                                 [--blocks PRESET|w1,w2,...] [--dtype fp16|bf16|fp32] [--discard REGEX]
                                 [--vae VAE] [--name NAME] [--seed S]

            Methods (--alpha is the multiplier M, 0.5 when not given; --beta is N, 0 when not given):
            %s
            --blocks gives M per UNet block: a preset (%s)
            or 25 weights for SD 1.x/2.x (IN00-IN11, M00, OUT00-OUT11; --alpha is then the weight of everything
            else, BASE) or 20 for SDXL (BASE, IN00-IN08, MID, OUT00-OUT08). The time embedding belongs to BASE.

            Keys as AUTOMATIC1111 merges them: only keys containing 'model' and present in B are merged,
            A's other keys are copied and B's own dropped, a key missing from C merges with a zero
            difference, an inpainting or instruct-pix2pix A merges its first 4 input channels with a plain B.
            --discard drops A's keys matching the regular expression; --vae bakes a VAE file into the result.
            The output carries sd_merge_recipe and sd_merge_models as AUTOMATIC1111 writes them, and our whole
            recipe (atelier_merge_recipe). An output named .ckpt is written as a PyTorch checkpoint.
            """.formatted(methodTable(), String.join(", ", Blocks.PRESETS));

    private static String methodTable() {
        StringBuilder table = new StringBuilder();
        for (MergeMethod m : MergeMethod.values()) {
            String models = m.models() == 1 ? "A" : m.models() == 2 ? "A, B" : "A, B, C";
            table.append(String.format(Locale.ROOT, "  %-18s %-8s %s%n", m.id(), models, m.formula()));
        }
        return table.toString();
    }

    private int merge(List<String> args) throws UsageException, IOException {
        if (args.contains("--help")) {
            out.print(MERGE_USAGE);
            return OK;
        }
        Map<String, String> options = new java.util.HashMap<>();
        // --report-memory: for the merge benchmark, which runs each merge in a process of its own
        List<String> positional = parse(args, List.of("--report-memory"), List.of("--method", "--alpha", "--beta", "--blocks",
                "-o", "--dtype", "--discard", "--name", "--seed", "--vae"), options);
        boolean reportMemory = options.containsKey("--report-memory");
        MergeMethod method = MergeMethod.of(options.getOrDefault("--method", ""));
        if (method == null) {
            throw new UsageException("merge: --method is one of " + java.util.Arrays.stream(MergeMethod.values())
                    .map(MergeMethod::id).collect(Collectors.joining(", ")) + " (atelier merge --help)");
        }
        if (positional.size() != method.models()) {
            throw new UsageException("merge: " + method.id() + " takes " + method.models() + " model"
                    + (method.models() == 1 ? "" : "s") + ", not " + positional.size());
        }
        if (!options.containsKey("-o")) {
            throw new UsageException("merge: name the output with -o <file.safetensors>");
        }
        double alpha;
        double beta;
        long seed;
        try {
            seed = Long.parseLong(options.getOrDefault("--seed", "0"));
            alpha = Double.parseDouble(options.getOrDefault("--alpha", "0.5"));
            beta = Double.parseDouble(options.getOrDefault("--beta", "0"));
        } catch (NumberFormatException e) {
            throw new UsageException("merge: --alpha, --beta and --seed take numbers");
        }
        DType dtype = null;
        if (options.containsKey("--dtype")) {
            dtype = DType.ofLabel(options.get("--dtype"));
            if (dtype == null || !dtype.isFloatingPoint()) {
                throw new UsageException("--dtype takes fp16, bf16 or fp32, not '" + options.get("--dtype") + "'");
            }
        }
        if (options.containsKey("--discard")) {
            try {
                java.util.regex.Pattern.compile(options.get("--discard"));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new UsageException("merge: --discard is not a regular expression: " + e.getDescription());
            }
        }
        Path output = Path.of(options.get("-o")).toAbsolutePath().normalize();
        List<Path> models = positional.stream().map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
        double[] blocks = null;
        if (options.containsKey("--blocks")) {
            try {
                blocks = Blocks.parse(options.get("--blocks"), models.get(0), alpha);
            } catch (IllegalArgumentException e) {
                throw new UsageException("merge: " + e.getMessage());
            }
        }
        Path vae = options.containsKey("--vae") ? Path.of(options.get("--vae")).toAbsolutePath().normalize() : null;
        Merger.Spec spec = new Merger.Spec(method, models.get(0), models.size() > 1 ? models.get(1) : null,
                models.size() > 2 ? models.get(2) : null, alpha, beta, blocks, dtype, options.get("--discard"),
                options.getOrDefault("--name", output.getFileName().toString().replaceFirst("\\.(safetensors|ckpt|pt)$", "")),
                seed, vae);
        ProgressLine progress = new ProgressLine(out);
        long start = System.nanoTime();
        Merger.Result result;
        try {
            result = Merger.merge(spec, output, (done, total, name) -> {
                if (done == total || done % 25 == 0) {
                    progress.progress(done, total, "tensors");
                }
            });
        } catch (IllegalArgumentException e) {
            throw new UsageException("merge: " + e.getMessage());
        }
        progress.finish();
        out.printf(Locale.ROOT, "Wrote %s in %.1f s: %d tensors merged, %d copied from A, %d merged in their first channels,"
                + " %d from the VAE, %d discarded%n", output, (System.nanoTime() - start) / 1e9, result.merged(),
                result.copied(), result.partial(), result.baked(), result.discarded());
        if (reportMemory) {
            out.printf(Locale.ROOT, "merge time: %.3f s%n", (System.nanoTime() - start) / 1e9);
            out.println("peak resident memory: " + ProcessMemory.peakResident() / 1024 + " kB");
        }
        return OK;
    }

    // ---- fuzz

    private int fuzz(List<String> args) throws UsageException, IOException {
        Map<String, String> options = new java.util.HashMap<>();
        List<String> positional = parse(args, List.of(), List.of("--seconds", "--seed"), options);
        if (!positional.isEmpty()) {
            throw new UsageException("fuzz takes no file: atelier fuzz [--seconds N] [--seed S]");
        }
        long seconds;
        long seed;
        try {
            seconds = Long.parseLong(options.getOrDefault("--seconds", "60"));
            seed = Long.parseLong(options.getOrDefault("--seed", String.valueOf(System.nanoTime())));
        } catch (NumberFormatException e) {
            throw new UsageException("--seconds and --seed take whole numbers");
        }
        Path work = Files.createTempDirectory("atelier-fuzz");
        out.println("Fuzzing the safetensors and torch readers for " + seconds + " s (seed " + seed + ") in " + work);
        Fuzzer.Result result = Fuzzer.run(Fuzzer.seeds(work.resolve("seeds")), Long.MAX_VALUE,
                System.nanoTime() + seconds * 1_000_000_000L, seed, work.resolve("findings"));
        out.println(result.iterations() + " damaged files read, " + result.findings().size() + " failures");
        for (Fuzzer.Finding finding : result.findings()) {
            err.println("atelier: " + finding.input() + ": " + finding.failure());
        }
        return result.findings().isEmpty() ? OK : FAILED;
    }

    // ---- benchmark

    private int benchmark(List<String> args) throws UsageException, IOException {
        Map<String, String> options = new java.util.HashMap<>();
        List<String> positional = parse(args, List.of("--quick"), List.of("--dir", "--rounds"), options);
        String what = positional.size() == 1 ? positional.get(0) : "";
        if (!List.of("tensors", "merge", "unet", "training").contains(what)) {
            throw new UsageException("benchmark takes what to measure: atelier benchmark tensors|merge|unet|training"
                    + " [--dir D] [--rounds N] [--quick]");
        }
        Path dir = Path.of(options.getOrDefault("--dir", System.getProperty("java.io.tmpdir")));
        int rounds;
        try {
            rounds = Integer.parseInt(options.getOrDefault("--rounds", "3"));
        } catch (NumberFormatException e) {
            throw new UsageException("--rounds takes a whole number");
        }
        if (what.equals("unet")) {
            try {
                new org.atelier.diffusion.UNetBenchmark(dir, out, rounds).run();
            } catch (org.atelier.runtime.ComputeException e) {
                err.println("atelier: " + e.getMessage());
                return FAILED;
            }
            return OK;
        }
        if (what.equals("training")) {
            try {
                new org.atelier.training.TrainingBenchmark(dir, out, rounds).run();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                err.println("atelier: " + e.getMessage());
                return FAILED;
            }
            return OK;
        }
        if (what.equals("merge")) {
            List<String> self = selfCommand(args);
            new MergeBenchmark(dir, out, rounds, mergeArgs -> mergeInOwnProcess(self, mergeArgs))
                    .run(options.containsKey("--quick"));
            return OK;
        }
        TensorBenchmark benchmark = new TensorBenchmark(dir, out, rounds);
        benchmark.run(DType.F16);
        benchmark.run(DType.F32);
        return OK;
    }

    /**
     * The command that started this process, without the arguments given to this command: what runs another
     * command of this installation with the same JVM and settings.
     */
    private List<String> selfCommand(List<String> args) throws UsageException {
        ProcessHandle.Info info = ProcessHandle.current().info();
        List<String> arguments = info.arguments().map(List::of).orElse(List.of());
        int ours = args.size() + 1; // "benchmark" and its arguments
        if (info.command().isEmpty() || arguments.size() < ours
                || !arguments.subList(arguments.size() - ours, arguments.size()).equals(
                        java.util.stream.Stream.concat(java.util.stream.Stream.of("benchmark"), args.stream()).toList())) {
            throw new UsageException("benchmark merge: cannot tell how this process was started, to start merges alike");
        }
        List<String> command = new ArrayList<>();
        command.add(info.command().get());
        command.addAll(arguments.subList(0, arguments.size() - ours));
        return command;
    }

    private static MergeBenchmark.Measurement mergeInOwnProcess(List<String> self, List<String> mergeArgs) throws IOException {
        List<String> command = new ArrayList<>(self);
        command.add("merge");
        command.addAll(mergeArgs);
        command.add("--report-memory");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("the merge failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        java.util.regex.Matcher time = java.util.regex.Pattern.compile("merge time: ([0-9.]+) s").matcher(output);
        java.util.regex.Matcher memory = java.util.regex.Pattern.compile("peak resident memory: (-?[0-9]+) kB").matcher(output);
        if (!time.find() || !memory.find()) {
            throw new IOException("the merge did not report its time and memory: " + output);
        }
        return new MergeBenchmark.Measurement(Double.parseDouble(time.group(1)), Long.parseLong(memory.group(1)) * 1024);
    }

    // ---- arguments

    private static Path projectFolder(String arg) throws ModelException {
        Path path = Path.of(arg).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new ModelException(path, "no such file or folder");
        }
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        if (!Files.isDirectory(path) && !path.getFileName().toString().equals(ProjectStore.PROJECT_FILE)
                || !ProjectStore.isProjectFolder(folder)) {
            throw new ModelException(path, "not a training project (no " + ProjectStore.PROJECT_FILE + " there)");
        }
        return folder;
    }

    private static void expectArguments(String command, List<String> args, int min, int max) throws UsageException {
        for (String arg : args) {
            if (arg.startsWith("--")) {
                throw new UsageException(command + ": unknown option '" + arg + "'");
            }
        }
        if (args.size() < min || args.size() > max) {
            throw new UsageException(command + " takes " + (min == max ? String.valueOf(min) : min + " to " + max)
                    + " argument" + (max == 1 ? "" : "s") + ", not " + args.size());
        }
    }

    /** Splits options (flags and options with a value) from positional arguments. */
    private static List<String> parse(List<String> args, List<String> flags, List<String> valued,
            Map<String, String> options) throws UsageException {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flags.contains(arg)) {
                options.put(arg, "true");
            } else if (valued.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                options.put(arg, args.get(++i));
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option '" + arg + "'");
            } else {
                positional.add(arg);
            }
        }
        return positional;
    }
}
