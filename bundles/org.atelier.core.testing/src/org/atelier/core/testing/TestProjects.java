package org.atelier.core.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.model.Subset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ProjectStore;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Builds real training projects on disk for tests: a base model file, a dataset folder with images and
 * captions, and an experiment of the probe method.
 */
public final class TestProjects {

    public static final String PROBE = "org.atelier.test.probe";
    public static final String EXPERIMENT = "probe";

    private TestProjects() {
    }

    /** A project in {@code folder} with base model {@code tiny}, dataset {@code cats} (2 captioned images). */
    public static TrainingProject create(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("models"));
        Files.write(folder.resolve("models/tiny.safetensors"), new byte[] { 8, 0, 0, 0, 0, 0, 0, 0, '{', '}', ' ', ' ', ' ', ' ', ' ', ' ' });
        Path images = folder.resolve("datasets/cats/10_cat");
        Files.createDirectories(images);
        for (int i = 0; i < 2; i++) {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
            image.setRGB(i, i, 0xff8800);
            ImageIO.write(image, "png", images.resolve("cat" + i + ".png").toFile());
            Files.writeString(images.resolve("cat" + i + ".txt"), "a photo of a cat, number " + i);
        }
        TrainingProject project = AtelierFactory.eINSTANCE.createTrainingProject();
        project.setName(folder.getFileName().toString());
        BaseModel model = AtelierFactory.eINSTANCE.createBaseModel();
        model.setId("tiny");
        model.setName("Tiny test model");
        model.setPath("models/tiny.safetensors");
        project.getBaseModels().add(model);
        Dataset dataset = AtelierFactory.eINSTANCE.createDataset();
        dataset.setId("cats");
        dataset.setName("Cats");
        dataset.setCaptions(AtelierFactory.eINSTANCE.createCaptionProcessing());
        dataset.setBuckets(AtelierFactory.eINSTANCE.createBucketSpec());
        Subset subset = AtelierFactory.eINSTANCE.createSubset();
        subset.setPath("datasets/cats/10_cat");
        subset.setRepeats(10);
        dataset.getSubsets().add(subset);
        project.getDatasets().add(dataset);
        ResourceSet resources = ProjectStore.newResourceSet();
        ProjectStore.save(ProjectStore.create(resources, ProjectStore.projectFile(folder), project));
        Files.createDirectories(folder.resolve(ProjectStore.EXPERIMENTS_FOLDER));
        return project;
    }

    /** Writes {@code experiments/<name>.experiment}: the probe method on the project's model and dataset. */
    public static Path probeExperiment(Path folder, String name, String mode) throws IOException {
        ResourceSet resources = ProjectStore.newResourceSet();
        TrainingProject project;
        try {
            project = ProjectStore.loadProject(resources, folder);
        } catch (org.atelier.core.project.ModelException e) {
            throw new IOException(e);
        }
        Experiment experiment = AtelierFactory.eINSTANCE.createExperiment();
        experiment.setName(name);
        experiment.setMethod(PROBE);
        experiment.setBaseModel(project.getBaseModels().get(0));
        experiment.getDatasets().add(project.getDatasets().get(0));
        MethodConfig config = MethodRegistry.getDefault().find(PROBE).orElseThrow().newConfig();
        EStructuralFeature modeFeature = config.eClass().getEStructuralFeature("mode");
        config.eSet(modeFeature, ((EEnum) modeFeature.getEType()).getEEnumLiteral(mode));
        experiment.setConfig(config);
        experiment.setSampling(AtelierFactory.eINSTANCE.createSamplingSpec());
        Path file = folder.resolve(ProjectStore.EXPERIMENTS_FOLDER).resolve(name + "." + ProjectStore.EXPERIMENT_EXTENSION);
        ProjectStore.save(ProjectStore.create(resources, file, experiment));
        return file;
    }
}
