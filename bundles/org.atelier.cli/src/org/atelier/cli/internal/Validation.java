package org.atelier.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.common.Exits;
import org.atelier.core.methods.IExperimentPreview;
import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.validation.ModelValidator;
import org.atelier.core.validation.Problem;
import org.eclipse.core.runtime.CoreException;

/**
 * Checks a project with its experiments, or one experiment file: the problems by file, field and reason, and for a
 * valid experiment what its run will do, as its method works it out.
 */
final class Validation {

    private Validation() {
    }

    static int validate(PrintWriter out, PrintWriter err, Path given) throws ModelException, IOException {
        Path target = given.toAbsolutePath().normalize();
        MethodRegistry methods = MethodRegistry.getDefault();
        ModelValidator validator = new ModelValidator(methods);
        List<Problem> problems = new ArrayList<>();
        int checked;
        if (target.getFileName() != null && target.getFileName().toString().endsWith("." + ProjectStore.EXPERIMENT_EXTENSION)) {
            problems.addAll(validateExperiment(validator, target));
            checked = 1;
        } else {
            Path folder = Files.isDirectory(target) ? target : target.getParent();
            if (!ProjectStore.isProjectFolder(folder)) {
                throw new ModelException(target, "not a training project (no " + ProjectStore.PROJECT_FILE
                        + ") and not an experiment file (." + ProjectStore.EXPERIMENT_EXTENSION + ")");
            }
            TrainingProject project = ProjectStore.loadProject(ProjectStore.newResourceSet(), folder);
            problems.addAll(validator.validateProject(project, folder));
            List<Path> experiments = ProjectStore.experimentFiles(folder);
            for (Path experiment : experiments) {
                try {
                    problems.addAll(validateExperiment(validator, experiment));
                } catch (ModelException e) {
                    problems.add(new Problem(Problem.Severity.ERROR, experiment, null, null, e.getMessage()
                            .substring(experiment.toString().length() + 2)));
                }
            }
            checked = 1 + experiments.size();
        }
        // A project's problems about its base models and datasets come again with each experiment using them.
        List<String> lines = problems.stream().map(Problem::toString).distinct().toList();
        long errors = lines.stream().filter(l -> l.contains(": error: ")).count();
        long warnings = lines.size() - errors;
        for (String line : lines) {
            (line.contains(": error: ") ? err : out).println(line);
        }
        out.printf("%s: %d file%s checked, %d error%s, %d warning%s%n", target, checked, checked == 1 ? "" : "s",
                errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        if (errors == 0 && checked == 1 && Files.isRegularFile(target)) {
            return preview(out, err, target);
        }
        return errors > 0 ? Exits.INVALID : Exits.OK;
    }

    /** What a valid experiment will do, as its method works it out before anything loads. */
    private static int preview(PrintWriter out, PrintWriter err, Path experimentFile) throws ModelException, IOException {
        Experiment experiment = ProjectStore.loadExperimentResolved(ProjectStore.newResourceSet(), experimentFile);
        MethodDescriptor method = MethodRegistry.getDefault().find(experiment.getMethod()).orElse(null);
        try {
            IExperimentPreview previewer = method == null ? null : method.createPreview();
            if (previewer != null) {
                IExperimentPreview.Preview preview = previewer.preview(experiment, ProjectStore.projectFolderOf(experimentFile));
                preview.lines().forEach(out::println);
            }
        } catch (CoreException | RuntimeException e) {
            err.println("atelier: " + experimentFile + ": " + e.getMessage());
            return Exits.INVALID;
        }
        return Exits.OK;
    }

    private static List<Problem> validateExperiment(ModelValidator validator, Path file) throws ModelException {
        Experiment experiment = ProjectStore.loadExperimentResolved(ProjectStore.newResourceSet(), file);
        return validator.validateExperiment(experiment, file.toAbsolutePath().normalize(), ProjectStore.projectFolderOf(file));
    }
}
