package org.atelier.methods.nulltext;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.SamplePrompt;
import org.atelier.core.model.SubsetRole;
import org.atelier.core.runs.Samples;
import org.atelier.datasets.DatasetScanner;
import org.atelier.datasets.ImageFormats;
import org.atelier.datasets.Item;
import org.atelier.diffusion.Png;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.sample.Condition;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.methods.nulltext.model.NullTextConfig;
import org.atelier.runtime.Compute;
import org.atelier.tensors.ModelInfo.Architecture;
import org.atelier.training.TrainingException;
import org.atelier.training.TrainingRun;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * Runs a null-text inversion experiment: one image of its dataset inverted under its caption, the inversion saved
 * ({@code output/<experiment>.safetensors}, for {@code atelier edit}), and the samples the run view shows side by
 * side: the image, what plain DDIM inversion gives back, the null-text reconstruction, and each of the experiment's
 * sample prompts regenerated from the inversion as an edit of the caption with prompt-to-prompt.
 */
public final class NullTextRunner implements IMethodRunner {

    @Override
    public void run(RunContext context) throws Exception {
        if (!(context.config() instanceof NullTextConfig config)) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › config: a null-text "
                    + "inversion takes a NullTextConfig");
        }
        Item item = image(context, config);
        String caption = config.getCaption() == null || config.getCaption().isBlank() ? item.caption() : config.getCaption().strip();
        BufferedImage image = NullTextImages.cropToEights(ImageFormats.read(item.image()), item.image(), context::log);
        Path model = context.baseModelPath();
        if (model == null) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › base model: the inversion needs one");
        }
        List<String> edits = context.experiment().getSampling() == null ? List.of()
                : context.experiment().getSampling().getPrompts().stream().map(SamplePrompt::getPrompt).toList();
        context.log("Inverting " + item.image().getFileName() + " (" + image.getWidth() + "x" + image.getHeight() + ") as '"
                + caption + "'; edits: " + (edits.isEmpty() ? "none" : String.join(" | ", edits)));
        try (StableDiffusion sd = StableDiffusion.load(model, TrainingRun.tokenizer(model, context.projectFolder()));
                NDManager scope = sd.manager().newSubManager()) {
            context.device(Compute.describe(sd.manager().getDevice()));
            if (sd.info().architecture() == Architecture.SDXL || sd.info().architecture() == Architecture.SDXL_REFINER) {
                throw new TrainingException("experiment '" + context.experiment().getName() + "' › base model: null-text "
                        + "inversion here takes SD 1.x and 2.x models (SDXL's pooled conditioning is not inverted)");
            }
            Edits planned = Edits.plan(sd.tokenizer(), caption, edits, config, context.experiment().getName());
            checkLength(context, sd, scope, caption, "config › caption");
            for (String edit : edits) {
                checkLength(context, sd, scope, edit, "sampling › prompt '" + edit + "'");
            }
            NullTextInversion.Settings settings = new NullTextInversion.Settings(config.getDdimSteps(),
                    (float) config.getGuidance(), config.getInnerSteps(), config.getLearningRate(), config.getEpsilon());
            NDArray x0 = sd.vae().encode(StableDiffusion.pixels(scope, image));
            Condition cond = sd.condition(scope, caption, 1, image.getWidth(), image.getHeight());
            Condition empty = sd.condition(scope, "", 1, image.getWidth(), image.getHeight());
            long start = System.nanoTime();
            NullTextInversion.Result result;
            try {
                result = new NullTextInversion(sd.unet(), sd.schedule(), sd.vPrediction()).invert(x0, cond, empty, settings,
                        progress(context));
            } catch (CancellationException e) {
                context.log("Cancelled: nothing saved");
                return;
            }
            context.log(String.format(Locale.ROOT, "Inverted in %.1f s: %d iterations over %d steps", (System.nanoTime() - start) / 1e9,
                    java.util.Arrays.stream(result.iterations()).sum(), result.timesteps().length));
            Path file = context.outputFolder().resolve(context.experiment().getName() + ".safetensors");
            InversionFile.write(file, result, caption, settings.guidance(), metadata(context, settings, item));
            context.addArtifact(file);
            context.log("Saved " + file.getFileName() + "; edit it with: atelier edit " + file + " --model " + model
                    + " --prompt \"...\"");
            pictures(context, sd, scope, image, result, caption, settings.guidance(), empty.context(), planned);
        }
    }

    /** Refuses a text longer than the null texts' one chunk, before the inversion runs. */
    private static void checkLength(RunContext context, StableDiffusion sd, NDManager scope, String text, String field) {
        try {
            PromptToPrompt.context(sd, scope, text).close();
        } catch (IllegalArgumentException e) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › " + field + ": "
                    + e.getMessage());
        }
    }

    /** The configured image of the experiment's datasets (its first when none is named). */
    private static Item image(RunContext context, NullTextConfig config) throws IOException {
        String name = config.getImage() == null ? "" : config.getImage().strip();
        List<String> seen = new ArrayList<>();
        for (Dataset dataset : context.experiment().getDatasets()) {
            for (Item item : DatasetScanner.scan(dataset, context.projectFolder(), false).items()) {
                if (item.role() == SubsetRole.VALIDATION) {
                    continue;
                }
                if (name.isEmpty() || item.image().getFileName().toString().equals(name)) {
                    return item;
                }
                seen.add(item.image().getFileName().toString());
            }
        }
        throw new TrainingException("experiment '" + context.experiment().getName() + "' › config › image: "
                + (name.isEmpty() ? "the experiment has no dataset with images" : "no image '" + name + "' in its datasets ("
                        + String.join(", ", seen.subList(0, Math.min(8, seen.size()))) + (seen.size() > 8 ? ", ..." : "") + ")"));
    }

    private static NullTextInversion.Progress progress(RunContext context) {
        return new NullTextInversion.Progress() {
            @Override
            public void pivot(int done, int total) {
                context.progress(done, total, "DDIM inversion, step " + done + " of " + total);
            }

            @Override
            public void iteration(int step, int iteration, double loss) {
            }

            @Override
            public void step(int step, int total, int iterations, double loss) {
                context.progress(step + 1, total, "step " + (step + 1) + " of " + total);
                try {
                    context.metrics(step + 1, Map.of("loss", loss, "iterations", (double) iterations));
                } catch (IOException e) {
                    context.log("Cannot record metrics: " + e.getMessage());
                }
            }

            @Override
            public boolean cancelled() {
                return context.isCancelled();
            }
        };
    }

    private static Map<String, String> metadata(RunContext context, NullTextInversion.Settings s, Item item) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("image", item.image().getFileName().toString());
        m.put("steps", Integer.toString(s.steps()));
        m.put("inner_steps", Integer.toString(s.innerSteps()));
        m.put("learning_rate", Double.toString(s.learningRate()));
        m.put("epsilon", Double.toString(s.epsilon()));
        if (context.run().getBaseModel() != null) {
            m.put("model", context.run().getBaseModel().getId());
            if (context.run().getBaseModel().getSha256() != null) {
                m.put("model_sha256", context.run().getBaseModel().getSha256());
            }
        }
        return m;
    }

    /**
     * The run's samples: the image and plain DDIM inversion's reconstruction before the inversion (step 0), the
     * null-text reconstruction and the edits after it (the last step), each titled.
     */
    private static void pictures(RunContext context, StableDiffusion sd, NDManager scope, BufferedImage image,
            NullTextInversion.Result result, String caption, float guidance, NDArray empty, Edits planned) throws IOException {
        Sampler.Progress drawing = new Sampler.Progress() {
            @Override
            public void step(int done, int total) {
                context.progress(done, total, "drawing the reconstructions and edits");
            }

            @Override
            public boolean cancelled() {
                return context.isCancelled();
            }
        };
        int n = result.timesteps().length;
        InversionFile inverted = new InversionFile(result.noise(), NDArrays.stack(new NDList(result.nullTexts())),
                result.timesteps(), caption, guidance, Map.of());
        InversionFile plain = new InversionFile(result.noise(), empty.expandDims(0).repeat(0, n), result.timesteps(), caption,
                guidance, Map.of());
        Map<String, String> titles = new LinkedHashMap<>();
        Path samples = context.samplesFolder();
        try {
            save(samples, 0, 0, image, "the image: '" + caption + "'", titles);
            NDArray ddim = PromptToPrompt.regenerate(sd, scope, plain, List.of(), null, PromptToPrompt.Replace.DEFAULT, drawing);
            BufferedImage ddimImage = sd.decode(ddim);
            save(samples, 0, 1, ddimImage, String.format(Locale.ROOT, "DDIM inversion alone (error %.1f)",
                    NullTextImages.meanAbsoluteError(image, ddimImage)), titles);
            NDArray edited = PromptToPrompt.regenerate(sd, scope, inverted, planned.aligned(), planned.maps(),
                    planned.replace(), drawing);
            BufferedImage reconstruction = sd.decode(edited.get("0:1"));
            save(samples, n, 0, reconstruction, String.format(Locale.ROOT, "null-text reconstruction (error %.1f)",
                    NullTextImages.meanAbsoluteError(image, reconstruction)), titles);
            int index = 1;
            for (int e = 0; e < planned.aligned().size(); e++) {
                save(samples, n, index++, sd.decode(edited.get((e + 1) + ":" + (e + 2))), "edit: '" + planned.aligned().get(e)
                        + "'", titles);
            }
            if (!planned.plain().isEmpty()) {
                NDArray plainEdits = PromptToPrompt.regenerate(sd, scope, inverted, planned.plain(), null, planned.replace(), drawing);
                for (int e = 0; e < planned.plain().size(); e++) {
                    save(samples, n, index++, sd.decode(plainEdits.get((e + 1) + ":" + (e + 2))), "edit without attention "
                            + "control: '" + planned.plain().get(e) + "'", titles);
                }
            }
        } catch (CancellationException e) {
            context.log("Cancelled while drawing the edits; the inversion is saved");
        }
        Samples.writeTitles(samples, titles);
        context.log("Samples (errors: mean absolute difference from the image, 0-255): " + String.join("; ", titles.values()));
    }

    private static void save(Path folder, long step, int index, BufferedImage image, String title, Map<String, String> titles)
            throws IOException {
        String name = Samples.fileName(step, index);
        Png.write(folder.resolve(name), image, title);
        titles.put(name, title);
    }
}
