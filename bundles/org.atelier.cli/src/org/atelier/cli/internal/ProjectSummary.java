package org.atelier.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.Subset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.runs.Runs;
import org.atelier.core.validation.ModelValidator;
import org.atelier.datasets.DatasetScanner;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * A project at a glance: its base models, datasets (images an epoch shows, from the file listings alone), experiments
 * and runs.
 */
final class ProjectSummary {

    private ProjectSummary() {
    }

    static void print(PrintWriter out, Path folder) throws ModelException, IOException {
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
            printDataset(out, folder, dataset);
        }
        List<Path> experiments = ProjectStore.experimentFiles(folder);
        out.println("Experiments (" + experiments.size() + ")");
        MethodRegistry methods = MethodRegistry.getDefault();
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
            RunTable.print(out, runs);
        }
    }

    private static void printDataset(PrintWriter out, Path folder, Dataset dataset) {
        long perEpoch = 0;
        int folders = 0;
        List<String> lines = new ArrayList<>();
        String captionExtension = dataset.getCaptionExtension() == null ? ".txt" : dataset.getCaptionExtension();
        for (Subset subset : dataset.getSubsets()) {
            String role = subset.getRole().getLiteral().toLowerCase(Locale.ROOT);
            List<DatasetScanner.Folder> images;
            try {
                images = DatasetScanner.folders(subset, folder);
            } catch (IOException e) {
                images = List.of();
            }
            if (images.isEmpty()) {
                lines.add(String.format(Locale.ROOT, "    %-30s no images, %s", subset.getPath(), role));
            }
            for (DatasetScanner.Folder f : images) {
                folders++;
                List<Path> files = ModelValidator.imagesDirectlyIn(f.path());
                long captioned = files.stream()
                        .filter(file -> Files.isRegularFile(ModelValidator.captionOf(file, captionExtension))).count();
                perEpoch += (long) files.size() * f.repeats();
                lines.add(String.format(Locale.ROOT, "    %-30s %d images (%d captioned) x %d repeats, %s",
                        f.path().equals(folder.resolve(subset.getPath()).normalize()) ? subset.getPath()
                                : subset.getPath() + "/" + f.path().getFileName(), files.size(),
                        captioned, f.repeats(), role));
            }
        }
        String name = dataset.getName() == null || dataset.getName().isBlank() ? "" : dataset.getName() + ": ";
        out.printf("  %-20s %s%d folder%s, %d images per epoch, resolution %d%n", dataset.getId(), name,
                folders, folders == 1 ? "" : "s", perEpoch, dataset.getResolution());
        lines.forEach(out::println);
    }
}
