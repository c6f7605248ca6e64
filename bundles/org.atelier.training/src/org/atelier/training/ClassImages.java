package org.atelier.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.atelier.common.AtomicFiles;
import org.atelier.core.methods.RunContext;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Subset;
import org.atelier.core.model.SubsetRole;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.diffusion.Png;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.runtime.ComputeException;
import org.atelier.tensors.Hashes;

/**
 * Prior preservation's class images (DreamBooth, Custom Diffusion): pictures of the class ("a photo of dog") made by
 * the base model itself before training, so that training on the instance images does not make it forget what the
 * class looks like. They are kept in the project's cache, in a folder named by everything that makes them (the base
 * model's sha256, the prompt, negative prompt, sampler, steps, guidance, seed and size), so later runs with the same
 * settings reuse them, and an interrupted generation goes on where it stopped; each image is written whole with its
 * prompt as its caption and its parameters in the PNG.
 */
public final class ClassImages {

    /** What the class images are made of. Image {@code i} takes seed {@code seed + i}. */
    public record Spec(String prompt, String negative, int count, int steps, float cfg, Sampler sampler, long seed, int width,
            int height) {
    }

    /** The class images of {@code spec} for {@code dataset} (DreamBooth's one subject, each of Custom Diffusion's concepts). */
    public record Use(Spec spec, Dataset dataset) {
    }

    /** Where the class images of all settings live, under a project. */
    public static final String CACHE = ".atelier/cache/class-images";

    private ClassImages() {
    }

    /** The folder of the class images of {@code spec} made by {@code model}: the same for the same settings. */
    public static Path folder(Path projectFolder, Path model, Spec spec) throws IOException {
        String key = String.join("\n", identity(model), spec.prompt(), spec.negative(), spec.sampler().id(),
                Integer.toString(spec.steps()), Float.toString(spec.cfg()), Long.toString(spec.seed()), spec.width() + "x" + spec.height());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            String slug = spec.prompt().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            return projectFolder.resolve(CACHE).resolve((slug.length() > 40 ? slug.substring(0, 40) : slug) + "-"
                    + HexFormat.of().formatHex(digest, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The model's identity: its file's sha256 (a diffusers folder's UNet file's). */
    private static String identity(Path model) throws IOException {
        Path file = Files.isDirectory(model) ? model.resolve("unet/diffusion_pytorch_model.safetensors") : model;
        return Files.isRegularFile(file) ? Hashes.sha256Cached(file) : model.toAbsolutePath().toString();
    }

    private static Path image(Path folder, int index) {
        return folder.resolve(String.format(Locale.ROOT, "%04d.png", index));
    }

    /** How many of the images are there already (an interrupted generation leaves the first ones). */
    public static int existing(Path folder, Spec spec) {
        int n = 0;
        while (n < spec.count() && Files.isRegularFile(image(folder, n)) && Files.isRegularFile(caption(folder, n))) {
            n++;
        }
        return n;
    }

    private static Path caption(Path folder, int index) {
        return folder.resolve(String.format(Locale.ROOT, "%04d.txt", index));
    }

    /**
     * Makes the images the folder lacks with the loaded model, reporting progress to the run; stops (leaving those
     * made) when the run is cancelled. Returns how many it made.
     */
    public static int generate(StableDiffusion sd, Spec spec, Path folder, RunContext context) throws IOException {
        Files.createDirectories(folder);
        int first = existing(folder, spec);
        for (int i = first; i < spec.count(); i++) {
            if (context.isCancelled()) {
                return i - first;
            }
            StableDiffusion.Settings settings = new StableDiffusion.Settings(spec.prompt(), spec.negative(), spec.steps(),
                    spec.cfg(), spec.sampler(), (spec.seed() + i) % (Integer.MAX_VALUE + 1L), spec.width(), spec.height(), 1, 0.75f, 0);
            int index = i;
            StableDiffusion.Result result;
            try {
                result = sd.generate(settings, null, null, new Sampler.Progress() {
                    @Override
                    public void step(int done, int total) {
                        context.progress((long) index * total + done, (long) spec.count() * total, "class image " + (index + 1)
                                + " of " + spec.count());
                    }

                    @Override
                    public boolean cancelled() {
                        return context.isCancelled();
                    }
                });
            } catch (CancellationException e) {
                return i - first;
            }
            Png.write(image(folder, i), result.image(), StableDiffusion.parameters(settings, null, "class images", false));
            AtomicFiles.writeString(caption(folder, i), spec.prompt());
        }
        return spec.count() - first;
    }

    /**
     * The dataset's subset of the class images in {@code folder}: added when missing, as a regularisation folder of its
     * images' loss weight; any other class-image folder of the dataset (made by other settings) taken out. The dataset
     * is the project's or a run's copy of it; returns whether it changed.
     */
    public static boolean useIn(Dataset dataset, Path projectFolder, Path folder, double lossWeight) {
        String path = projectFolder.relativize(folder).toString().replace('\\', '/');
        boolean changed = dataset.getSubsets().removeIf(s -> isClassImages(s) && !s.getPath().equals(path));
        Subset subset = dataset.getSubsets().stream().filter(s -> s.getPath().equals(path)).findFirst().orElse(null);
        if (subset == null) {
            subset = AtelierFactory.eINSTANCE.createSubset();
            subset.setPath(path);
            dataset.getSubsets().add(subset);
            changed = true;
        }
        if (subset.getRole() != SubsetRole.REGULARISATION || subset.getLossWeight() != lossWeight || subset.getRepeats() != 1) {
            subset.setRole(SubsetRole.REGULARISATION);
            subset.setLossWeight(lossWeight);
            subset.setRepeats(1);
            changed = true;
        }
        return changed;
    }

    /** Takes the class-image folders out of a dataset (a run without prior preservation); returns whether it changed. */
    public static boolean removeFrom(Dataset dataset) {
        return dataset.getSubsets().removeIf(ClassImages::isClassImages);
    }

    private static boolean isClassImages(Subset subset) {
        return subset.getPath() != null && subset.getPath().replace('\\', '/').startsWith(CACHE + "/");
    }

    /**
     * Makes the class images the cache lacks for each use (the base model loaded once for them, then closed), and
     * puts their folders into the datasets, as regularisation folders of {@code lossWeight}: in the run's copies and in
     * the project's (so that the dataset editor shows them). False when the run was cancelled meanwhile; the images
     * made are kept for the next run.
     */
    public static boolean prepare(RunContext context, List<Use> uses, double lossWeight) throws IOException, ComputeException {
        Path model = context.baseModelPath();
        List<Path> folders = new ArrayList<>();
        StableDiffusion sd = null;
        try {
            for (Use use : uses) {
                Spec spec = use.spec();
                Path folder = folder(context.projectFolder(), model, spec);
                folders.add(folder);
                int made = existing(folder, spec);
                if (made == spec.count()) {
                    context.log("The " + spec.count() + " class images of '" + spec.prompt() + "' are made already ("
                            + context.projectFolder().relativize(folder) + ")");
                    continue;
                }
                context.log("Making " + (spec.count() - made) + " class images of '" + spec.prompt() + "' with "
                        + model.getFileName() + " (" + spec.sampler().id() + ", " + spec.steps() + " steps, seed " + spec.seed()
                        + (made > 0 ? "; " + made + " made already" : "") + ") into " + context.projectFolder().relativize(folder));
                if (sd == null) {
                    sd = StableDiffusion.load(model, TrainingRun.tokenizer(model, context.projectFolder()));
                }
                int now = generate(sd, spec, folder, context);
                if (context.isCancelled()) {
                    context.log("Stopped after " + (made + now) + " class images; they are kept for the next run");
                    return false;
                }
            }
        } finally {
            if (sd != null) {
                sd.close();
            }
        }
        for (int i = 0; i < uses.size(); i++) {
            useIn(uses.get(i).dataset(), context.projectFolder(), folders.get(i), lossWeight);
            addToProject(context.projectFolder(), uses.get(i).dataset().getId(), folders.get(i), lossWeight);
        }
        return true;
    }

    /** The class images' folder in the project's dataset too, so that the dataset editor shows it. */
    private static void addToProject(Path projectFolder, String datasetId, Path folder, double weight) throws IOException {
        try {
            TrainingProject project = ProjectStore.loadProject(ProjectStore.newResourceSet(), projectFolder);
            Dataset dataset = project.getDatasets().stream().filter(d -> datasetId.equals(d.getId())).findFirst().orElse(null);
            if (dataset != null && useIn(dataset, projectFolder, folder, weight)) {
                ProjectStore.save(project.eResource());
            }
        } catch (ModelException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
