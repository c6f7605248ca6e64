package org.atelier.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.Run;
import org.atelier.core.model.TrainingProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.atelier.common.AtomicFiles;

/**
 * Reads and writes the files of a training project:
 *
 * <pre>
 * &lt;project&gt;/project.atelier                 TrainingProject (base models, datasets)
 * &lt;project&gt;/experiments/&lt;name&gt;.experiment   Experiment, referring to the project's base models and datasets by id
 * &lt;project&gt;/runs/&lt;id&gt;/run.xmi              Run, a self-contained snapshot
 * </pre>
 *
 * Every file is XMI; every write goes to a temporary name first.
 */
public final class ProjectStore {

    public static final String PROJECT_FILE = "project.atelier";
    public static final String EXPERIMENTS_FOLDER = "experiments";
    public static final String EXPERIMENT_EXTENSION = "experiment";
    public static final String RUNS_FOLDER = "runs";
    public static final String RUN_FILE = "run.xmi";

    private ProjectStore() {
    }

    /** A resource set that reads and writes our files; one per editing session or command. */
    public static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        XMIResourceFactoryImpl xmi = new XMIResourceFactoryImpl();
        Map<String, Object> factories = resources.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("atelier", xmi);
        factories.put(EXPERIMENT_EXTENSION, xmi);
        factories.put("xmi", xmi);
        resources.getPackageRegistry().put(AtelierPackage.eNS_URI, AtelierPackage.eINSTANCE);
        resources.getLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return resources;
    }

    public static Path projectFile(Path projectFolder) {
        return projectFolder.resolve(PROJECT_FILE);
    }

    /** The project folder of an experiment file: the parent of its {@code experiments/} folder. */
    public static Path projectFolderOf(Path experimentFile) {
        Path parent = experimentFile.toAbsolutePath().normalize().getParent();
        if (parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals(EXPERIMENTS_FOLDER)) {
            return parent.getParent();
        }
        return parent;
    }

    public static boolean isProjectFolder(Path folder) {
        return Files.isRegularFile(projectFile(folder));
    }

    public static TrainingProject loadProject(ResourceSet resources, Path projectFolder) throws ModelException {
        return load(resources, projectFile(projectFolder), TrainingProject.class);
    }

    public static Experiment loadExperiment(ResourceSet resources, Path experimentFile) throws ModelException {
        return load(resources, experimentFile, Experiment.class);
    }

    /**
     * Loads an experiment together with what it refers to (the project's base models and datasets), ready to
     * validate or to run.
     */
    public static Experiment loadExperimentResolved(ResourceSet resources, Path experimentFile) throws ModelException {
        Experiment experiment = loadExperiment(resources, experimentFile);
        org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resources);
        return experiment;
    }

    public static Run loadRun(ResourceSet resources, Path runFolder) throws ModelException {
        return load(resources, runFolder.resolve(RUN_FILE), Run.class);
    }

    /** Loads the single root object of a file and checks its type. */
    public static <T extends EObject> T load(ResourceSet resources, Path file, Class<T> type) throws ModelException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new ModelException(absolute, "no such file");
        }
        URI uri = URI.createFileURI(absolute.toString());
        Resource resource;
        try {
            resource = resources.getResource(uri, true);
        } catch (RuntimeException e) {
            Resource broken = resources.getResource(uri, false);
            String reason = broken != null && !broken.getErrors().isEmpty()
                    ? describe(broken.getErrors().get(0))
                    : rootMessage(e);
            if (broken != null) {
                resources.getResources().remove(broken);
            }
            throw new ModelException(absolute, reason, e);
        }
        if (resource.getContents().isEmpty()) {
            throw new ModelException(absolute, "the file holds no model object");
        }
        EObject root = resource.getContents().get(0);
        if (!type.isInstance(root)) {
            throw new ModelException(absolute,
                    "expected a " + type.getSimpleName() + " but the file holds a " + root.eClass().getName());
        }
        return type.cast(root);
    }

    private static String describe(Resource.Diagnostic d) {
        return "line " + d.getLine() + ", column " + d.getColumn() + ": " + d.getMessage();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    /** Creates a resource for a new root object at {@code file} (not yet saved). */
    public static Resource create(ResourceSet resources, Path file, EObject root) {
        Resource resource = resources.createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
        resource.getContents().add(root);
        return resource;
    }

    /** Saves a resource to its file under a temporary name first. */
    public static void save(Resource resource) throws IOException {
        Path file = Path.of(resource.getURI().toFileString());
        Map<Object, Object> options = saveOptions();
        AtomicFiles.write(file, out -> resource.save(out, options));
        resource.setModified(false);
    }

    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        return options;
    }

    /** The experiment files of a project, sorted by name. */
    public static List<Path> experimentFiles(Path projectFolder) throws IOException {
        Path dir = projectFolder.resolve(EXPERIMENTS_FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith("." + EXPERIMENT_EXTENSION))
                    .sorted().toList();
        }
    }

    /** The run folders of a project (those holding a run.xmi), oldest first. */
    public static List<Path> runFolders(Path projectFolder) throws IOException {
        Path dir = projectFolder.resolve(RUNS_FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(p -> Files.isRegularFile(p.resolve(RUN_FILE))).sorted().toList());
        }
    }

    /** Creates and saves an empty training project in {@code folder}. */
    public static TrainingProject createProject(Path folder, String name) throws IOException {
        if (isProjectFolder(folder)) {
            throw new IOException(projectFile(folder) + ": a training project exists there already");
        }
        Files.createDirectories(folder.resolve(EXPERIMENTS_FOLDER));
        TrainingProject project = AtelierFactory.eINSTANCE.createTrainingProject();
        project.setName(name);
        save(create(newResourceSet(), projectFile(folder), project));
        return project;
    }
}
