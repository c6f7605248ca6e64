package org.atelier.training;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.model.Subset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ProjectStore;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.methods.lora.model.LoraConfig;
import org.atelier.methods.ti.model.TextualInversionConfig;
import org.atelier.core.project.BaseModels;
import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.atelier.core.testing.TestImages;

/** Training projects for the tests: a tiny SD 1.x model, a byte-level tokenizer, and images of flat shapes. */
final class Projects {

    private Projects() {
    }

    /** An image of a coloured disc or square on white, {@code w x h}. */
    static void image(Path file, int w, int h, Color color, boolean disc) throws Exception {
        TestImages.shape(file, w, h, color, disc);
    }

    /** {@link #create} of a LoRA experiment on a tiny SD 1.x model. */
    static Path lora(Path folder, String name, Consumer<LoraConfig> configure) throws Exception {
        return lora(folder, SdLayout.tinySd1(), name, configure);
    }

    static Path lora(Path folder, SdLayout.Config layout, String name, Consumer<LoraConfig> configure) throws Exception {
        return create(folder, layout, "org.atelier.methods.lora", LoraConfig.class, name, configure);
    }

    /** {@link #create} of a textual-inversion experiment on a tiny SD 1.x model. */
    static Path textualInversion(Path folder, String name, Consumer<TextualInversionConfig> configure) throws Exception {
        return textualInversion(folder, SdLayout.tinySd1(), name, configure);
    }

    static Path textualInversion(Path folder, SdLayout.Config layout, String name, Consumer<TextualInversionConfig> configure)
            throws Exception {
        return create(folder, layout, "org.atelier.methods.ti", TextualInversionConfig.class, name, configure);
    }

    /**
     * A project in {@code folder}: base model {@code tiny} of {@code layout}, tokenizer, dataset {@code shapes} of four
     * 64x64 images in {@code images/5_shape/} (captioned), and an experiment of {@code method} named {@code name}, its
     * configuration (a {@code configClass}) set by {@code configure}. Returns the experiment file.
     */
    static <C extends MethodConfig> Path create(Path folder, SdLayout.Config layout, String method, Class<C> configClass,
            String name, Consumer<C> configure) throws Exception {
        Path model = folder.resolve("models/tiny.safetensors");
        if (!Files.exists(model)) {
            SyntheticCheckpoints.writeInitialised(model, SdLayout.checkpoint(layout), DType.F16, 3);
            ClipTokenizer.writeByteLevel(folder.resolve("tokenizer"));
            Color[] colors = { Color.RED, Color.BLUE, Color.GREEN, Color.ORANGE };
            String[] names = { "red", "blue", "green", "orange" };
            for (int i = 0; i < 4; i++) {
                Path image = folder.resolve("images/5_shape/" + names[i] + ".png");
                image(image, 64, 64, colors[i], i % 2 == 0);
                Files.writeString(image.resolveSibling(names[i] + ".txt"), "a " + names[i] + (i % 2 == 0 ? " disc" : " square")
                        + ", flat, plain background");
            }
            ProjectStore.createProject(folder, "training");
            ResourceSet resources = ProjectStore.newResourceSet();
            TrainingProject project = ProjectStore.loadProject(resources, folder);
            project.getBaseModels().add(BaseModels.describe(model, folder, "tiny", false));
            Dataset dataset = AtelierFactory.eINSTANCE.createDataset();
            dataset.setId("shapes");
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
