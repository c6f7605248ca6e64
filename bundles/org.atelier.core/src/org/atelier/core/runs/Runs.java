package org.atelier.core.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.Run;
import org.atelier.core.model.RunStatus;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Run folders: making the snapshot of a launch, and reading runs back with their true status. */
public final class Runs {

    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Runs() {
    }

    /** What a run folder says, with the status corrected for a process that died without saying so. */
    public record RunInfo(Path folder, Run run, RunStatus status, String message) {

        /** Wall time from start to finish (or to now while running); null when it never started. */
        public java.time.Duration duration() {
            if (run.getStarted() == null) {
                return null;
            }
            Date end = run.getFinished() != null ? run.getFinished() : new Date();
            return java.time.Duration.ofMillis(end.getTime() - run.getStarted().getTime());
        }
    }

    /**
     * A run of {@code experiment}: a self-contained copy of the experiment with the base model and datasets it
     * refers to, so the run folder alone says what ran.
     */
    public static Run snapshot(Experiment experiment, Path projectFolder) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Experiment experimentCopy = (Experiment) copier.copy(experiment);
        BaseModel baseModel = experiment.getBaseModel() == null ? null : (BaseModel) copier.copy(experiment.getBaseModel());
        List<Dataset> datasets = new ArrayList<>(copier.copyAll(experiment.getDatasets()));
        // The configuration may refer to more of the project (a merge's models B and C): copy those too.
        List<BaseModel> models = new ArrayList<>();
        for (java.util.Iterator<EObject> it = experiment.eAllContents(); it.hasNext();) {
            for (EObject target : it.next().eCrossReferences()) {
                if (target instanceof BaseModel model && !copier.containsKey(model)) {
                    models.add((BaseModel) copier.copy(model));
                } else if (target instanceof Dataset dataset && !copier.containsKey(dataset)) {
                    datasets.add((Dataset) copier.copy(dataset));
                }
            }
        }
        copier.copyReferences();
        Run run = AtelierFactory.eINSTANCE.createRun();
        run.setExperiment(experimentCopy);
        run.setBaseModel(baseModel);
        run.getDatasets().addAll(datasets);
        run.getModels().addAll(models);
        run.setProjectFolder(projectFolder.toAbsolutePath().normalize().toString());
        run.setCreated(new Date());
        run.setStatus(RunStatus.QUEUED);
        return run;
    }

    /** Makes a new, empty run folder {@code runs/<yyyyMMdd-HHmmss>-<experiment>} and returns it. */
    public static Path newRunFolder(Path projectFolder, String experimentName) throws IOException {
        String base = LocalDateTime.now().format(FOLDER_TIME) + "-" + safeName(experimentName);
        Path runs = projectFolder.resolve(ProjectStore.RUNS_FOLDER);
        Files.createDirectories(runs);
        for (int i = 1;; i++) {
            Path folder = runs.resolve(i == 1 ? base : base + "-" + i);
            try {
                return Files.createDirectory(folder);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // launched twice in one second: take the next suffix
            }
        }
    }

    static String safeName(String name) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return safe.isEmpty() ? "experiment" : safe;
    }

    /** The runs of a project, oldest first; folders whose run.xmi cannot be read are skipped. */
    public static List<RunInfo> list(Path projectFolder) throws IOException {
        List<RunInfo> runs = new ArrayList<>();
        for (Path folder : ProjectStore.runFolders(projectFolder)) {
            try {
                runs.add(read(folder));
            } catch (ModelException e) {
                // a run folder being created right now, or damaged by hand: not a run we can show
            }
        }
        return runs;
    }

    public static RunInfo read(Path runFolder) throws ModelException {
        Run run = ProjectStore.loadRun(ProjectStore.newResourceSet(), runFolder);
        if (run.getStatus() == RunStatus.RUNNING && !isProcessAlive(run)) {
            return new RunInfo(runFolder, run, RunStatus.FAILED,
                    "its process (pid " + run.getPid() + ") ended without recording how the run ended");
        }
        return new RunInfo(runFolder, run, run.getStatus(), run.getMessage());
    }

    /** True while the process that runs {@code run} is alive (and is that process, not a reused pid). */
    static boolean isProcessAlive(Run run) {
        if (run.getPid() <= 0) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(run.getPid());
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Instant> processStart = process.get().info().startInstant();
        return processStart.isEmpty() || run.getStarted() == null
                || !processStart.get().isAfter(run.getStarted().toInstant().plusSeconds(5));
    }
}
