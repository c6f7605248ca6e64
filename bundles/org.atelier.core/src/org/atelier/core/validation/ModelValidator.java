package org.atelier.core.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierPackage.Literals;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.BucketSpec;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.Subset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.validation.Problem.Severity;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

/**
 * The constraints on projects and experiments. Generic rules come from the model (required fields,
 * min/max annotations, references that resolve), so a method's configuration is checked without code of
 * its own; the rules that need the file system (a base model's file, a dataset's images) are here too.
 */
public final class ModelValidator {

    /** Image files a dataset reads. */
    public static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "webp", "bmp");

    private final MethodRegistry methods;

    public ModelValidator(MethodRegistry methods) {
        this.methods = methods;
    }

    /** Checks a project: its base models and datasets. */
    public List<Problem> validateProject(TrainingProject project, Path projectFolder) {
        Path file = projectFolder.resolve(org.atelier.core.project.ProjectStore.PROJECT_FILE);
        List<Problem> problems = new ArrayList<>();
        checkTree(project, file, problems);
        checkUnique(project.getBaseModels().stream().map(BaseModel::getId), project, Literals.TRAINING_PROJECT__BASE_MODELS,
                "base model", file, problems);
        checkUnique(project.getDatasets().stream().map(Dataset::getId), project, Literals.TRAINING_PROJECT__DATASETS,
                "dataset", file, problems);
        for (BaseModel model : project.getBaseModels()) {
            checkBaseModel(model, projectFolder, file, problems);
        }
        for (Dataset dataset : project.getDatasets()) {
            checkDataset(dataset, projectFolder, file, problems);
        }
        return problems;
    }

    /**
     * Checks an experiment: its own fields and configuration, and the base model and datasets it uses (reported
     * against the project file that holds them).
     */
    public List<Problem> validateExperiment(Experiment experiment, Path experimentFile, Path projectFolder) {
        List<Problem> problems = new ArrayList<>();
        checkTree(experiment, experimentFile, problems);
        Optional<MethodDescriptor> method = Optional.empty();
        String methodId = experiment.getMethod();
        if (methodId != null && !methodId.isBlank()) {
            method = methods.find(methodId);
            if (method.isEmpty()) {
                String installed = methods.all().stream().map(MethodDescriptor::id).collect(Collectors.joining(", "));
                error(problems, experimentFile, experiment, Literals.EXPERIMENT__METHOD, "no installed method '"
                        + methodId + "' (installed: " + (installed.isEmpty() ? "none" : installed) + ")");
            }
        }
        BaseModel baseModel = experiment.getBaseModel();
        if (baseModel == null) {
            error(problems, experimentFile, experiment, Literals.EXPERIMENT__BASE_MODEL, "no base model is chosen");
        } else if (!baseModel.eIsProxy()) {
            Path projectFile = projectFolder.resolve(org.atelier.core.project.ProjectStore.PROJECT_FILE);
            checkBaseModel(baseModel, projectFolder, projectFile, problems);
        }
        boolean needsDataset = method.map(MethodDescriptor::requiresDataset).orElse(true);
        if (needsDataset && experiment.getDatasets().isEmpty()) {
            error(problems, experimentFile, experiment, Literals.EXPERIMENT__DATASETS, "no dataset is chosen");
        }
        for (Dataset dataset : experiment.getDatasets()) {
            if (!dataset.eIsProxy()) {
                Path projectFile = projectFolder.resolve(org.atelier.core.project.ProjectStore.PROJECT_FILE);
                checkDataset(dataset, projectFolder, projectFile, problems);
            }
        }
        if (experiment.getConfig() == null) {
            error(problems, experimentFile, experiment, Literals.EXPERIMENT__CONFIG, "the experiment has no configuration");
        } else if (method.isPresent() && !method.get().configClass().isSuperTypeOf(experiment.getConfig().eClass())) {
            error(problems, experimentFile, experiment, Literals.EXPERIMENT__CONFIG, "the configuration is a "
                    + experiment.getConfig().eClass().getName() + " but method '" + methodId + "' takes a "
                    + method.get().configClass().getName());
        }
        return problems;
    }

    /** The generic rules, for every object in a containment tree. */
    private static void checkTree(EObject root, Path file, List<Problem> problems) {
        checkObject(root, file, problems);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            checkObject(it.next(), file, problems);
        }
    }

    private static void checkObject(EObject object, Path file, List<Problem> problems) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || !UiAnnotations.applies(object, feature)) {
                continue;
            }
            if (UiAnnotations.isRequired(feature) && !feature.isMany() && isUnset(object.eGet(feature))) {
                error(problems, file, object, feature, "is required");
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                checkAttribute(object, attribute, file, problems);
            } else if (feature instanceof EReference reference && !reference.isContainment()) {
                checkReference(object, reference, file, problems);
            }
        }
    }

    private static void checkAttribute(EObject object, EAttribute attribute, Path file, List<Problem> problems) {
        if (attribute.isMany()) {
            return;
        }
        Object value = object.eGet(attribute);
        if (attribute.getLowerBound() > 0 && isUnset(value)) {
            error(problems, file, object, attribute, "is required");
            return;
        }
        if (value instanceof Number number && UiAnnotations.isNumeric(attribute)) {
            double v = number.doubleValue();
            Double min = UiAnnotations.min(attribute);
            Double max = UiAnnotations.max(attribute);
            if (Double.isNaN(v) || (min != null && v < min) || (max != null && v > max)) {
                error(problems, file, object, attribute, "must be " + range(min, max) + " (is " + format(v) + ")");
            }
        }
    }

    private static boolean isUnset(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }

    private static void checkReference(EObject object, EReference reference, Path file, List<Problem> problems) {
        List<EObject> targets = new ArrayList<>();
        if (reference.isMany()) {
            @SuppressWarnings("unchecked")
            List<EObject> values = (List<EObject>) object.eGet(reference, true);
            targets.addAll(values);
        } else if (object.eGet(reference, true) instanceof EObject target) {
            targets.add(target);
        }
        for (EObject target : targets) {
            if (target.eIsProxy()) {
                error(problems, file, object, reference, "refers to '" + ((InternalEObject) target).eProxyURI()
                        + "', which does not exist");
            }
        }
    }

    private static void checkBaseModel(BaseModel model, Path projectFolder, Path file, List<Problem> problems) {
        String path = model.getPath();
        if (path != null && !path.isBlank() && !Files.exists(projectFolder.resolve(path))) {
            error(problems, file, model, Literals.BASE_MODEL__PATH,
                    "no file or folder at " + projectFolder.resolve(path).normalize());
        }
    }

    private static void checkDataset(Dataset dataset, Path projectFolder, Path file, List<Problem> problems) {
        if (dataset.getSubsets().isEmpty()) {
            error(problems, file, dataset, Literals.DATASET__SUBSETS, "the dataset is empty: it has no image folder");
        }
        BucketSpec buckets = dataset.getBuckets();
        if (buckets != null && buckets.getMinResolution() > buckets.getMaxResolution()) {
            error(problems, file, buckets, Literals.BUCKET_SPEC__MAX_RESOLUTION, "is smaller than minResolution ("
                    + buckets.getMinResolution() + ")");
        }
        String captionExtension = dataset.getCaptionExtension() == null ? ".txt" : dataset.getCaptionExtension();
        for (Subset subset : dataset.getSubsets()) {
            if (subset.getPath() == null || subset.getPath().isBlank()) {
                continue;
            }
            Path folder = projectFolder.resolve(subset.getPath()).normalize();
            if (!Files.isDirectory(folder)) {
                error(problems, file, subset, Literals.SUBSET__PATH, "no folder at " + folder);
                continue;
            }
            List<Path> images = images(folder);
            if (images.isEmpty()) {
                error(problems, file, subset, Literals.SUBSET__PATH, "no images (png, jpg, webp, bmp) in " + folder);
                continue;
            }
            long uncaptioned = images.stream().filter(image -> !Files.isRegularFile(captionOf(image, captionExtension)))
                    .count();
            if (uncaptioned > 0) {
                problems.add(new Problem(Severity.WARNING, file, subset, Literals.SUBSET__PATH, uncaptioned + " of "
                        + images.size() + " images in " + folder + " have no caption file (" + captionExtension + ")"));
            }
        }
    }

    /**
     * The images of a dataset folder, sorted by name; when it holds none itself, those of the kohya concept folders in
     * it ({@code 10_mycat}), as training reads them.
     */
    public static List<Path> images(Path folder) {
        List<Path> own = imagesDirectlyIn(folder);
        if (!own.isEmpty()) {
            return own;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> Files.isDirectory(p) && KOHYA_FOLDER.matcher(p.getFileName().toString()).matches())
                    .sorted().flatMap(p -> imagesDirectlyIn(p).stream()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** kohya's image folder names ({@code 10_mycat}): the repeats (group 1), an underscore, the class tokens (group 2). */
    public static final java.util.regex.Pattern KOHYA_FOLDER = java.util.regex.Pattern.compile("(\\d{1,6})_(.+)");

    /** The images directly in {@code folder}, sorted by name. */
    public static List<Path> imagesDirectlyIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(ModelValidator::isImage).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                && Files.isRegularFile(file);
    }

    /** The caption file of an image: same name, the dataset's caption extension. */
    public static Path captionOf(Path image, String captionExtension) {
        String name = image.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = captionExtension.startsWith(".") ? captionExtension : "." + captionExtension;
        return image.resolveSibling(name.substring(0, dot) + extension);
    }

    private static void checkUnique(Stream<String> ids, EObject owner, EStructuralFeature feature, String kind,
            Path file, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        ids.filter(id -> id != null && !seen.add(id)).distinct().forEach(id -> error(problems, file, owner, feature,
                "two " + kind + "s have the id '" + id + "'"));
    }

    private static String range(Double min, Double max) {
        if (min != null && max != null) {
            return "between " + format(min) + " and " + format(max);
        }
        return min != null ? "at least " + format(min) : "at most " + format(max);
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void error(List<Problem> problems, Path file, EObject object, EStructuralFeature feature,
            String message) {
        problems.add(new Problem(Severity.ERROR, file, object, feature, message));
    }
}
