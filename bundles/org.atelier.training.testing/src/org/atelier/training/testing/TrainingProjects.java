package org.atelier.training.testing;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.model.Subset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.BaseModels;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.testing.TestImages;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Training projects for the tests of any training method: a tiny model of a real layout (initialised as networks
 * are before training), a tokenizer of CLIP's byte alphabet, a dataset of four captioned 64x64 images of flat shapes,
 * and an experiment of the method.
 */
public final class TrainingProjects {

    /** The base model's id. */
    public static final String MODEL = "tiny";
    /** The dataset's id. */
    public static final String DATASET = "shapes";

    private TrainingProjects() {
    }

    /**
     * A project in {@code folder}, made once (base model {@value #MODEL} of {@code layout}, tokenizer, dataset
     * {@value #DATASET} of four 64x64 images in {@code images/5_shape/}), and in it an experiment of {@code method}
     * named {@code name}, its configuration (a {@code configClass}) set by {@code configure}. Returns the experiment file.
     */
    public static <C extends MethodConfig> Path create(Path folder, SdLayout.Config layout, String method, Class<C> configClass,
            String name, Consumer<? super C> configure) throws Exception {
        Path model = folder.resolve("models/" + MODEL + ".safetensors");
        if (!Files.exists(model)) {
            SyntheticCheckpoints.writeInitialised(model, SdLayout.checkpoint(layout), DType.F16, 3);
            ClipTokenizer.writeByteLevel(folder.resolve("tokenizer"));
            Color[] colors = { Color.RED, Color.BLUE, Color.GREEN, Color.ORANGE };
            String[] names = { "red", "blue", "green", "orange" };
            for (int i = 0; i < 4; i++) {
                Path image = folder.resolve("images/5_shape/" + names[i] + ".png");
                TestImages.shape(image, 64, 64, colors[i], i % 2 == 0);
                Files.writeString(image.resolveSibling(names[i] + ".txt"), "a " + names[i] + (i % 2 == 0 ? " disc" : " square")
                        + ", flat, plain background");
            }
            ProjectStore.createProject(folder, "training");
            ResourceSet resources = ProjectStore.newResourceSet();
            TrainingProject project = ProjectStore.loadProject(resources, folder);
            project.getBaseModels().add(BaseModels.describe(model, folder, MODEL, false));
            Dataset dataset = AtelierFactory.eINSTANCE.createDataset();
            dataset.setId(DATASET);
            dataset.setResolution(64);
            dataset.setCaptions(AtelierFactory.eINSTANCE.createCaptionProcessing());
            dataset.setBuckets(AtelierFactory.eINSTANCE.createBucketSpec());
            dataset.getBuckets().setMinResolution(64);
            dataset.getBuckets().setMaxResolution(128);
            Subset subset = AtelierFactory.eINSTANCE.createSubset();
            subset.setPath("images");
            dataset.getSubsets().add(subset);
            project.getDatasets().add(dataset);
            ProjectStore.save(project.eResource());
        }
        ResourceSet resources = ProjectStore.newResourceSet();
        TrainingProject project = ProjectStore.loadProject(resources, folder);
        Experiment experiment = AtelierFactory.eINSTANCE.createExperiment();
        experiment.setName(name);
        experiment.setMethod(method);
        experiment.setBaseModel(project.getBaseModels().get(0));
        experiment.getDatasets().add(project.getDatasets().get(0));
        experiment.setSeed(5);
        C config = configClass.cast(MethodRegistry.getDefault().find(method).orElseThrow().newConfig());
        configure.accept(config);
        experiment.setConfig(config);
        experiment.setSampling(AtelierFactory.eINSTANCE.createSamplingSpec());
        Path file = folder.resolve("experiments/" + name + ".experiment");
        ProjectStore.save(ProjectStore.create(resources, file, experiment));
        return file;
    }
}
