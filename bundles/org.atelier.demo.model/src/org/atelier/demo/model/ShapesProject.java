package org.atelier.demo.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.atelier.common.AtomicFiles;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.Subset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.BaseModels;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.methods.finetune.model.FineTuneConfig;
import org.atelier.training.TrainingDemo;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The training project the demo model's UNet and text encoder are trained in, as any fine-tuning experiment: the
 * pictures of a {@link ShapeSet} as a dataset of captioned PNGs, the model whose VAE has been trained as its base
 * model, the byte-level tokenizer, and one fine-tuning experiment. Training it through the project's own loop gives
 * the demo model's making a run folder like any other: metrics, samples as it trains, the log.
 */
final class ShapesProject {

    static final String DATASET = "shapes";
    static final String BASE = "shapes-vae";
    static final String EXPERIMENT = "demo-model";

    private ShapesProject() {
    }

    /**
     * Makes the project in {@code folder} (which must not hold one): the pictures, {@code base} moved into its
     * {@code models/}, {@code tokenizer} copied, and the experiment, configured by {@code config}, sampling
     * {@code prompts} every {@code sampleEvery} steps. Returns the experiment's file.
     */
    static Path create(Path folder, List<ShapeSet.Picture> pictures, Path base, Path tokenizer, FineTuneConfig config,
            double captionDropout, long seed, List<String> prompts, int sampleEvery) throws IOException {
        ProjectStore.createProject(folder, "Demo model");
        Path images = folder.resolve("datasets").resolve(DATASET);
        Files.createDirectories(images);
        for (int i = 0; i < pictures.size(); i++) {
            ShapeSet.Picture picture = pictures.get(i);
            String name = String.format(Locale.ROOT, "%04d-%s-%s", i, picture.colour().word(), picture.kind().word());
            ImageIO.write(picture.image(), "png", images.resolve(name + ".png").toFile());
            AtomicFiles.writeString(images.resolve(name + ".txt"), picture.caption());
        }
        Path model = folder.resolve("models").resolve(BASE + ".safetensors");
        Files.createDirectories(model.getParent());
        Files.move(base, model);
        Path ownTokenizer = Files.createDirectories(folder.resolve("tokenizer"));
        for (String file : List.of("vocab.json", "merges.txt")) {
            Files.copy(tokenizer.resolve(file), ownTokenizer.resolve(file));
        }
        ResourceSet resources = ProjectStore.newResourceSet();
        TrainingProject project;
        try {
            project = ProjectStore.loadProject(resources, folder);
        } catch (ModelException e) {
            throw new IOException(e.getMessage(), e);
        }
        BaseModel baseModel = BaseModels.describe(model, folder, BASE, false);
        project.getBaseModels().add(baseModel);
        Dataset dataset = AtelierFactory.eINSTANCE.createDataset();
        dataset.setId(DATASET);
        dataset.setResolution(ShapeSet.SIZE);
        dataset.setCaptions(AtelierFactory.eINSTANCE.createCaptionProcessing());
        dataset.getCaptions().setDropoutRate(captionDropout);
        dataset.setBuckets(AtelierFactory.eINSTANCE.createBucketSpec());
        dataset.getBuckets().setMinResolution(ShapeSet.SIZE);
        dataset.getBuckets().setMaxResolution(ShapeSet.SIZE);
        Subset subset = AtelierFactory.eINSTANCE.createSubset();
        subset.setPath("datasets/" + DATASET);
        dataset.getSubsets().add(subset);
        project.getDatasets().add(dataset);
        ProjectStore.save(project.eResource());

        Experiment experiment = AtelierFactory.eINSTANCE.createExperiment();
        experiment.setName(EXPERIMENT);
        experiment.setDescription("The demo model's UNet and text encoder, trained on flat shapes from the start");
        experiment.setMethod("org.atelier.methods.finetune");
        experiment.setBaseModel(baseModel);
        experiment.getDatasets().add(dataset);
        experiment.setSeed(seed);
        experiment.setConfig(config);
        experiment.setSampling(TrainingDemo.sampling(prompts, sampleEvery, 20));
        Path file = folder.resolve(ProjectStore.EXPERIMENTS_FOLDER).resolve(EXPERIMENT + "." + ProjectStore.EXPERIMENT_EXTENSION);
        ProjectStore.save(ProjectStore.create(resources, file, experiment));
        return file;
    }
}
