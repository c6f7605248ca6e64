package org.atelier.cli.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.BaseModels;
import org.atelier.core.project.ProjectStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add-model", description = "Adds a base model to a project, described by what the file is (family, "
        + "prediction type, sha256).")
public final class AddModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<project>", description = "the project folder")
    String project;

    @Parameters(index = "1", paramLabel = "<checkpoint or diffusers folder>")
    Path model;

    @Option(names = "--id", paramLabel = "ID", description = "its id in the project (default: from the file's name)")
    String id;

    @Option(names = "--no-hash", description = "do not compute its sha256 (it reads the whole file)")
    boolean noHash;

    @Override
    public Integer call() throws Exception {
        Path folder = Projects.folder(project);
        Path file = model.toAbsolutePath().normalize();
        TrainingProject loaded = ProjectStore.loadProject(ProjectStore.newResourceSet(), folder);
        String modelId = id != null ? id : BaseModels.newId(loaded, file);
        if (BaseModels.exists(loaded, modelId)) {
            throw new ParameterException(spec.commandLine(), "the project has a base model '" + modelId + "' already (--id names another)");
        }
        BaseModel added = BaseModels.describe(file, folder, modelId, !noHash);
        loaded.getBaseModels().add(added);
        ProjectStore.save(loaded.eResource());
        spec.commandLine().getOut().printf("Added base model '%s' (%s, %s) to %s%s%n", added.getId(), added.getArchitecture().getLiteral(),
                added.getPredictionType().getLiteral().toLowerCase(Locale.ROOT), ProjectStore.projectFile(folder),
                added.getSha256() == null ? "" : ", sha256 " + added.getSha256().substring(0, 10));
        return Exits.OK;
    }
}
