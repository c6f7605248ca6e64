package org.atelier.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.core.project.BaseModels;
import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * What the training methods share in the demo project: a small SD 1.x model of random weights ({@code demo-base})
 * and a tokenizer of CLIP's byte alphabet for it ({@code tokenizer/}), made once for all methods; and the making of
 * a method's experiment on the demo's shapes dataset, sampling two prompts as it trains.
 */
public final class TrainingDemo {

    public static final String BASE = "demo-base";

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
     * Adds an experiment of {@code method} on the demo's dataset {@code datasetId}, sampling {@code prompts} as it
     * trains; otherwise as {@link #addExperiment(Path, String, Class, String, String, String, Consumer)}.
     */
    public static <C extends MethodConfig> void addExperiment(Path projectFolder, String method, Class<C> configClass,
            String name, String description, String datasetId, List<String> prompts, Consumer<? super C> configure)
            throws IOException {
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
            SyntheticCheckpoints.writeInitialised(file, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 7);
            base = BaseModels.describe(file, projectFolder, BASE, false);
            base.setName(BASE + " (a small SD 1.x model of random weights, to train on)");
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
        SamplingSpec sampling = AtelierFactory.eINSTANCE.createSamplingSpec();
        sampling.setEverySteps(20);
        sampling.setSteps(8);
        sampling.setWidth(64);
        sampling.setHeight(64);
        for (String text : prompts) {
            SamplePrompt sample = AtelierFactory.eINSTANCE.createSamplePrompt();
            sample.setPrompt(text);
            sample.setSeed(1);
            sampling.getPrompts().add(sample);
        }
        experiment.setSampling(sampling);
        Path file = projectFolder.resolve(ProjectStore.EXPERIMENTS_FOLDER).resolve(name + "." + ProjectStore.EXPERIMENT_EXTENSION);
        ProjectStore.save(ProjectStore.create(resources, file, experiment));
    }
}
