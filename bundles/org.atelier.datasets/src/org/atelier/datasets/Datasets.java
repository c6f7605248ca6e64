package org.atelier.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Subset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;

/** Adding a dataset to a training project from a folder of images, as {@code atelier add-dataset} and the workbench do. */
public final class Datasets {

    /** The dataset added, and what reading its images found. */
    public record Added(Dataset dataset, DatasetScanner.Scan scan) {
        /** The images an epoch shows, repeats counted. */
        public int imagesPerEpoch() {
            return DatasetStats.of(dataset, scan.items()).imagesPerEpoch();
        }
    }

    private Datasets() {
    }

    /** The id a dataset of {@code folder} gets when none is given: the folder's name, in letters, digits, - and _. */
    public static String idFor(Path folder) {
        return folder.toAbsolutePath().normalize().getFileName().toString().replaceAll("[^A-Za-z0-9_-]+", "-");
    }

    /**
     * Adds a dataset of the images in {@code images} (a folder of captioned images, or of kohya's
     * {@code <repeats>_<name>} folders) to the project in {@code projectFolder}, and saves project.atelier.
     *
     * @throws DatasetException when the folder holds no images to train on, or the id is taken
     */
    public static Added add(Path projectFolder, Path images, String id, int resolution)
            throws IOException, ModelException {
        Path folder = images.toAbsolutePath().normalize();
        Path home = projectFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new DatasetException(folder + " is not a folder");
        }
        TrainingProject project = ProjectStore.loadProject(ProjectStore.newResourceSet(), home);
        if (project.getDatasets().stream().anyMatch(d -> id.equals(d.getId()))) {
            throw new DatasetException("the project has a dataset '" + id + "' already");
        }
        Dataset dataset = AtelierFactory.eINSTANCE.createDataset();
        dataset.setId(id);
        dataset.setResolution(resolution);
        dataset.setCaptions(AtelierFactory.eINSTANCE.createCaptionProcessing());
        dataset.setBuckets(AtelierFactory.eINSTANCE.createBucketSpec());
        Subset subset = AtelierFactory.eINSTANCE.createSubset();
        subset.setPath(folder.startsWith(home) ? home.relativize(folder).toString().replace('\\', '/') : folder.toString());
        dataset.getSubsets().add(subset);
        DatasetScanner.Scan scan = DatasetScanner.scan(dataset, home, false);
        project.getDatasets().add(dataset);
        ProjectStore.save(project.eResource());
        return new Added(dataset, scan);
    }
}
