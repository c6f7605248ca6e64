package org.atelier.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.core.project.ProjectStore;
import org.atelier.datasets.DatasetScanner;
import org.atelier.datasets.Datasets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add-dataset", description = { "Adds a dataset to a project: a folder of captioned images, or of kohya's "
        + "<repeats>_<name> folders.", "Says how many images and folders it found, how many an epoch shows, and what it left out." })
public final class AddDatasetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<project>", description = "the project folder")
    String project;

    @Parameters(index = "1", paramLabel = "<image folder>")
    Path images;

    @Option(names = "--id", paramLabel = "ID", description = "its id in the project (default: from the folder's name)")
    String id;

    @Option(names = "--resolution", defaultValue = "512", description = "the training resolution in pixels (default: ${DEFAULT-VALUE})")
    int resolution;

    @Override
    public Integer call() throws Exception {
        Path folder = Projects.folder(project);
        Path source = images.toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new ParameterException(spec.commandLine(), source + " is not a folder");
        }
        String datasetId = id != null ? id : Datasets.idFor(source);
        Datasets.Added added = Datasets.add(folder, source, datasetId, resolution);
        DatasetScanner.Scan scan = added.scan();
        long folders = scan.items().stream().map(i -> i.image().getParent()).distinct().count();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Added dataset '%s' to %s: %d images in %d folder%s (%d per epoch with repeats)%n", datasetId,
                ProjectStore.projectFile(folder), scan.items().size(), folders, folders == 1 ? "" : "s", added.imagesPerEpoch());
        scan.warnings().forEach(w -> out.println("Note: " + w));
        return Exits.OK;
    }
}
