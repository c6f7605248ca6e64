package org.atelier.training;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.model.SamplePrompt;
import org.atelier.core.model.SamplingSpec;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.model.TrainsInSteps;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.core.project.BaseModels;
import org.atelier.tensors.DType;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorSource;
import org.atelier.tensors.TensorSwap;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What the training methods share in the demo project: a small SD 1.x model trained on flat shapes ({@code demo-base},
 * kept in this bundle's {@code demo/}, made by {@code atelier demo-model}) and a tokenizer of CLIP's byte alphabet for
 * it ({@code tokenizer/}), added once for all methods; and the making of a method's experiment on the demo's shapes
 * dataset, sampling two prompts as it trains.
 */
public final class TrainingDemo {

    public static final String BASE = "demo-base";

    /** The demo model in this bundle: the tiny SD 1.x layout, trained by {@code atelier demo-model}. */
    static final String MODEL_ENTRY = "demo/" + BASE + ".safetensors";

    private TrainingDemo() {
    }

    /**
     * Adds an experiment of {@code method} named {@code name} to the demo project, its configuration (a
     * {@code configClass}) set by {@code configure}; the base model and tokenizer are made first when missing.
     */
    public static <C extends MethodConfig> void addExperiment(Path projectFolder, String method, Class<C> configClass,
            String name, String description, String prompt, Consumer<? super C> configure) throws IOException {
        addExperiment(projectFolder, method, configClass, name, description, "shapes", List.of(prompt, "a blue circle"), configure);
    }

    /**
     * Writes the demo model into {@code file}, in fp16 (the bundle keeps it in fewer bytes: see the README).
     *
     * @throws IOException when this bundle lacks it
     */
    public static void writeBaseModel(Path file) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(TrainingDemo.class);
        URL entry = bundle == null ? null : bundle.getEntry(MODEL_ENTRY);
        if (entry == null) {
            throw new IOException("the demo model is missing from bundle org.atelier.training (" + MODEL_ENTRY + ")");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path bundled = Files.createTempFile(file.toAbsolutePath().getParent(), BASE, ".part");
        try {
            try (InputStream in = entry.openStream()) {
                Files.copy(in, bundled, StandardCopyOption.REPLACE_EXISTING);
            }
            try (TensorSource source = TensorFiles.open(bundled)) {
                TensorSwap.write(source, Map.of(), DType.F16, source.metadata(), file, (done, total) -> {
                });
            }
        } finally {
            Files.deleteIfExists(bundled);
        }
    }

    /**
     * Adds an experiment of {@code method} on the demo's dataset {@code datasetId}, sampling {@code prompts} as it
     * trains; otherwise as {@link #addExperiment(Path, String, Class, String, String, String, Consumer)}.
     */
    public static <C extends MethodConfig> void addExperiment(Path projectFolder, String method, Class<C> configClass,
            String name, String description, String datasetId, List<String> prompts, Consumer<? super C> configure)
            throws IOException {
        addExperiment(projectFolder, method, configClass, name, description, datasetId, prompts, configure, sampling -> {
        });
    }

    /**
     * As {@link #addExperiment(Path, String, Class, String, String, String, List, Consumer)}, its sampling then set by
     * {@code sample} (Dream Artist's negative prompts and guidance).
     */
    public static <C extends MethodConfig> void addExperiment(Path projectFolder, String method, Class<C> configClass,
            String name, String description, String datasetId, List<String> prompts, Consumer<? super C> configure,
            Consumer<SamplingSpec> sample) throws IOException {
        ResourceSet resources = ProjectStore.newResourceSet();
        TrainingProject project;
        try {
            project = ProjectStore.loadProject(resources, projectFolder);
        } catch (ModelException e) {
            throw new IOException(e.getMessage(), e);
        }
        BaseModel base = project.getBaseModels().stream().filter(m -> BASE.equals(m.getId())).findFirst().orElse(null);
        if (base == null) {
            Path file = projectFolder.resolve("models").resolve(BASE + ".safetensors");
            writeBaseModel(file);
            base = BaseModels.describe(file, projectFolder, BASE, false);
            base.setName(BASE + " (a small SD 1.x model trained on flat shapes)");
            project.getBaseModels().add(base);
            ProjectStore.save(project.eResource());
        }
        if (!Files.isRegularFile(projectFolder.resolve("tokenizer").resolve("vocab.json"))) {
            ClipTokenizer.writeByteLevel(projectFolder.resolve("tokenizer"));
        }
        Dataset shapes = project.getDatasets().stream().filter(d -> datasetId.equals(d.getId())).findFirst().orElse(null);
        Experiment experiment = AtelierFactory.eINSTANCE.createExperiment();
        experiment.setName(name);
        experiment.setDescription(description);
        experiment.setMethod(method);
        experiment.setBaseModel(base);
        if (shapes != null) {
            experiment.getDatasets().add(shapes);
        }
        MethodConfig config = MethodRegistry.getDefault().find(method).orElseThrow().newConfig();
        if (!configClass.isInstance(config)) {
            throw new IllegalStateException(method + "'s configuration is a " + config.eClass().getName() + ", not a "
                    + configClass.getSimpleName());
        }
        configure.accept(configClass.cast(config));
        experiment.setConfig(config);
        // before the first step, at a third, two thirds and the end: what the base drew, then the method learning
        int every = config instanceof TrainsInSteps trains && trains.getSteps() >= 3 ? trains.getSteps() / 3 : 20;
        experiment.setSampling(sampling(prompts, every, 20));
        sample.accept(experiment.getSampling());
        Path file = projectFolder.resolve(ProjectStore.EXPERIMENTS_FOLDER).resolve(name + "." + ProjectStore.EXPERIMENT_EXTENSION);
        ProjectStore.save(ProjectStore.create(resources, file, experiment));
    }

    /**
     * Samples of {@code prompts} at seed 1, before the first step (what the base model drew) and every
     * {@code everySteps} steps, each in {@code steps} sampler steps at the demo's size ({@link DemoShapes#SIZE}).
     */
    public static SamplingSpec sampling(List<String> prompts, int everySteps, int steps) {
        SamplingSpec sampling = AtelierFactory.eINSTANCE.createSamplingSpec();
        sampling.setEverySteps(everySteps);
        sampling.setSampleAtFirst(true);
        sampling.setSteps(steps);
        sampling.setWidth(DemoShapes.SIZE);
        sampling.setHeight(DemoShapes.SIZE);
        for (String text : prompts) {
            SamplePrompt sample = AtelierFactory.eINSTANCE.createSamplePrompt();
            sample.setPrompt(text);
            sample.setSeed(1);
            sampling.getPrompts().add(sample);
        }
        return sampling;
    }
}
