package org.atelier.training;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.atelier.core.methods.IExperimentPreview;
import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.model.Subset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.runs.Metrics;
import org.atelier.common.ProcessMemory;
import org.atelier.diffusion.StepTime;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.runtime.Compute;
import org.atelier.core.project.BaseModels;
import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.atelier.training.model.OptimizerKind;
import org.atelier.training.model.TrainingConfig;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The training baseline: an SD 1.5 checkpoint of the real layout (initialised weights, fp16 on disk, float32 in
 * memory), four 512x512 images, batch 1, on this machine's CPU: seconds per step and the process's peak resident
 * memory of each installed training method (or those asked for) at its defaults (with the values its ecore marks {@code benchmark}: prior preservation off, whose class images are generation), each the mean of the steps after the
 * first (which warms up), the peak both of those steps and of the whole run (which encodes the latents too); and the latent cache's throughput (VAE encodings per second). The methods come from the
 * registry: a method that trains is measured here without this bundle knowing it. Each method is measured with
 * gradient checkpointing off, on, or both, and with a fused back pass off, on or both (a row each; a fused back pass
 * with gradient checkpointing, which it needs), beside the estimates made before the model loads.
 */
public final class TrainingBenchmark {

    /** One line of results. */
    public record Figure(String what, double secondsPerStep, double estimatedSeconds, long stepsPeakBytes, long estimatedBytes,
            long runPeakBytes, double imagesPerSecond) {
    }

    /** Which rows a method gets for a setting (gradient checkpointing, a fused back pass): without it, with it, or both. */
    public enum Rows {
        OFF(false), ON(true), BOTH(false, true);

        private final boolean[] settings;

        Rows(boolean... settings) {
            this.settings = settings;
        }
    }

    /** The settings of one row. */
    private record Row(boolean checkpointing, boolean fused) {
    }

    private final Path dir;
    private final PrintWriter out;
    private final int steps;
    private final List<MethodDescriptor> methods;
    private final List<OptimizerKind> optimizers;
    private final List<Row> rows;

    /**
     * @param methods       the training methods to measure, in this order
     * @param optimizers    each method measured with each of these, in turn; empty: with the method's default
     * @param checkpointing whether each method trains with gradient checkpointing, without, or both ways
     * @param fused         whether each method trains with a fused back pass, without, or both ways; with it, gradient
     *                      checkpointing is on whatever {@code checkpointing} says (the rows that would be the same
     *                      measured once)
     */
    public TrainingBenchmark(Path dir, PrintWriter out, int steps, List<MethodDescriptor> methods, List<OptimizerKind> optimizers,
            Rows checkpointing, Rows fused) {
        this.dir = dir;
        this.out = out;
        this.steps = Math.max(2, steps);
        this.methods = List.copyOf(methods);
        this.optimizers = optimizers.isEmpty() ? java.util.Collections.singletonList(null) : List.copyOf(optimizers);
        java.util.Set<Row> rows = new java.util.LinkedHashSet<>();
        for (boolean c : checkpointing.settings) {
            for (boolean f : fused.settings) {
                rows.add(new Row(c || f, f));
            }
        }
        this.rows = List.copyOf(rows);
    }

    /** The installed methods that train, by id; those named, in the order named, when ids are given. */
    public static List<MethodDescriptor> trainingMethods(MethodRegistry registry, List<String> ids) {
        List<MethodDescriptor> training = registry.all().stream().filter(MethodDescriptor::trains)
                .sorted(java.util.Comparator.comparing(MethodDescriptor::id)).toList();
        if (ids.isEmpty()) {
            return training;
        }
        List<MethodDescriptor> chosen = new ArrayList<>();
        for (String id : ids) {
            chosen.add(training.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "no installed training method '" + id + "' (there are: " + String.join(", ", training.stream().map(MethodDescriptor::id).toList()) + ")")));
        }
        return chosen;
    }

    public List<Figure> run() throws Exception {
        Path project = Files.createTempDirectory(dir, "atelier-benchmark-training");
        List<Figure> figures = new ArrayList<>();
        try {
            out.println("Writing an SD 1.5 checkpoint (fp16) and four 512x512 images to " + project + "...");
            create(project);
            // This bundle sees no method's own configuration class: each method trains at its defaults.
            for (MethodDescriptor method : methods) {
                for (OptimizerKind optimizer : optimizers) {
                    for (Row row : rows) {
                        try {
                            figures.add(measure(project, method, optimizer, row));
                        } catch (TrainingException e) {
                            // what the estimate says will not fit, or a setting the method cannot train with
                            out.println("  refused: " + e.getMessage());
                        }
                    }
                }
            }
        } finally {
            try (var files = Files.walk(project)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%-60s %16s %10s %14s %14s %14s %22s%n", "measure", "seconds per step", "estimate",
                "steps' peak", "estimate", "run's peak", "latent cache");
        for (Figure f : figures) {
            out.printf(Locale.ROOT, "%-60s %16.1f %10.1f %11d MB %11d MB %11d MB %22s%n", f.what(), f.secondsPerStep(),
                    f.estimatedSeconds(), f.stepsPeakBytes() >> 20, f.estimatedBytes() >> 20, f.runPeakBytes() >> 20,
                    f.imagesPerSecond() > 0 ? String.format(Locale.ROOT, "%.2f images/s", f.imagesPerSecond()) : "(cached)");
        }
        return figures;
    }

    private Figure measure(Path project, MethodDescriptor method, OptimizerKind optimizer, Row row) throws Exception {
        boolean checkpointed = row.checkpointing();
        String name = method.id().substring(method.id().lastIndexOf('.') + 1) + (optimizer == null ? "" : "-" + optimizer)
                + (checkpointed ? "-checkpointing" : "") + (row.fused() ? "-fused" : "");
        Path experiment = experiment(project, method, name, optimizer, row);
        Path run = project.resolve("runs").resolve(name);
        LocalRunContext context = new LocalRunContext(experiment, run, out);
        String what = method.label() + (optimizer == null ? " (its defaults)" : ", " + optimizer)
                + (checkpointed ? ", gradient checkpointing" : "") + (row.fused() ? ", fused back pass" : "");
        out.println(what + ", " + steps + " steps:");
        ProcessMemory.resetPeak();
        // the steps after the first measured apart: the run's peak may be the latents' encoding
        long[] before = { -1 };
        context.setStepHook(step -> {
            if (step == 1) {
                before[0] = ProcessMemory.peakResident();
                ProcessMemory.resetPeak();
            }
        });
        IMethodRunner runner = method.createRunner();
        runner.run(context);
        long peak = ProcessMemory.peakResident();
        long runPeak = Math.max(before[0], peak);
        List<Metrics.Row> rows = Metrics.read(run);
        double seconds = rows.stream().filter(r -> r.step() > 1).mapToDouble(r -> r.values().get("seconds")).average().orElse(0);
        double throughput = 0;
        for (String line : context.log()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([0-9.]+) images/s\\)").matcher(line);
            if (m.find()) {
                throughput = Double.parseDouble(m.group(1));
            }
        }
        Path model = project.resolve("models/sd15.safetensors");
        double estimate = StepTime.training(model, 512, 512, 1, 1, checkpointed, Compute.throughput(Compute.device()));
        IExperimentPreview preview = method.createPreview();
        TrainedTensors trained = preview instanceof TrainingPreview training ? training.trained() : TrainedTensors.NONE;
        long bytes = TrainingMemory.of(model, 512, 512, 1, (TrainingConfig) context.config(), trained, 0).total();
        out.printf(Locale.ROOT, "  %.1f s per step (estimated before: %.1f s), peak resident %d MB in the steps after the first"
                + " (estimated before: %d MB), %d MB in the whole run%n", seconds, estimate, peak >> 20, bytes >> 20, runPeak >> 20);
        return new Figure(what, seconds, estimate, peak, bytes, runPeak, throughput);
    }

    private void create(Path project) throws Exception {
        Path model = project.resolve("models/sd15.safetensors");
        SyntheticCheckpoints.writeInitialised(model, SdLayout.checkpoint(SdLayout.sd1()), DType.F16, 1);
        ClipTokenizer.writeByteLevel(project.resolve("tokenizer"));
        Color[] colors = { Color.RED, Color.BLUE, Color.GREEN, Color.ORANGE };
        for (int i = 0; i < colors.length; i++) {
            BufferedImage image = new BufferedImage(512, 512, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 512, 512);
            g.setColor(colors[i]);
            g.fillOval(128, 128, 256, 256);
            g.dispose();
            Path file = project.resolve("images/1_shape/" + i + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
            Files.writeString(file.resolveSibling(i + ".txt"), "a shape, flat colour, plain background");
        }
        ProjectStore.createProject(project, "benchmark");
        ResourceSet resources = ProjectStore.newResourceSet();
        TrainingProject p = ProjectStore.loadProject(resources, project);
        p.getBaseModels().add(BaseModels.describe(model, project, "sd15", false));
        Dataset dataset = AtelierFactory.eINSTANCE.createDataset();
        dataset.setId("shapes");
        dataset.setCaptions(AtelierFactory.eINSTANCE.createCaptionProcessing());
        dataset.setBuckets(AtelierFactory.eINSTANCE.createBucketSpec());
        Subset subset = AtelierFactory.eINSTANCE.createSubset();
        subset.setPath("images");
        dataset.getSubsets().add(subset);
        p.getDatasets().add(dataset);
        ProjectStore.save(p.eResource());
    }

    private Path experiment(Path project, MethodDescriptor method, String name, OptimizerKind optimizer, Row row)
            throws Exception {
        ResourceSet resources = ProjectStore.newResourceSet();
        TrainingProject p = ProjectStore.loadProject(resources, project);
        Experiment experiment = AtelierFactory.eINSTANCE.createExperiment();
        experiment.setName(name);
        experiment.setMethod(method.id());
        experiment.setBaseModel(p.getBaseModels().get(0));
        experiment.getDatasets().add(p.getDatasets().get(0));
        MethodConfig config = method.newConfig();
        if (!(config instanceof TrainingConfig training)) {
            throw new IllegalStateException(method + " does not train: its configuration is a " + config.eClass().getName());
        }
        training.setSteps(steps);
        training.setBatchSize(1);
        if (optimizer != null) {
            training.setOptimizer(optimizer);
        }
        training.setCheckpointEverySteps(1000);
        // what a method's ecore marks for the benchmark: prior preservation off, whose class images are generation
        for (org.eclipse.emf.ecore.EAttribute attribute : config.eClass().getEAllAttributes()) {
            String value = org.atelier.core.validation.UiAnnotations.get(attribute, "benchmark");
            if (value != null) {
                config.eSet(attribute, org.eclipse.emf.ecore.util.EcoreUtil.createFromString(attribute.getEAttributeType(), value));
            }
        }
        training.setGradientCheckpointing(row.checkpointing());
        training.setFusedBackPass(row.fused());
        experiment.setConfig(config);
        Path file = project.resolve("experiments/" + experiment.getName() + ".experiment");
        ProjectStore.save(ProjectStore.create(resources, file, experiment));
        return file;
    }
}
