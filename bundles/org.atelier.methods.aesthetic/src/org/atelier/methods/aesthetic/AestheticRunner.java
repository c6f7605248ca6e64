package org.atelier.methods.aesthetic;

import java.io.IOException;
import java.nio.file.Files;
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
import org.atelier.core.model.SamplingSpec;
import org.atelier.core.model.SubsetRole;
import org.atelier.core.runs.Samples;
import org.atelier.datasets.DatasetScanner;
import org.atelier.datasets.Item;
import org.atelier.diffusion.Png;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.aesthetic.AestheticSteering;
import org.atelier.diffusion.clip.ClipVisionEncoder;
import org.atelier.methods.aesthetic.model.AestheticConfig;
import org.atelier.runtime.Compute;
import org.atelier.tensors.ModelInfo.Architecture;
import org.atelier.training.TrainingException;
import org.atelier.training.TrainingRun;

import ai.djl.ndarray.NDManager;

/**
 * Runs an aesthetic gradients experiment: the aesthetic embedding of its datasets' images made with the configured
 * CLIP model and saved ({@code output/<experiment>.pt} as the extension saves it, and {@code .safetensors}), then,
 * with an SD 1.x base model, each sample prompt drawn plainly (step 0) and steered towards the embedding with the
 * experiment's settings (step 1), titled, so that the run view shows what the embedding does.
 */
public final class AestheticRunner implements IMethodRunner {

    @Override
    public void run(RunContext context) throws Exception {
        if (!(context.config() instanceof AestheticConfig config)) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › config: aesthetic gradients "
                    + "take an AestheticConfig");
        }
        String name = context.experiment().getName();
        Path clip = clipModel(context, config);
        AestheticSteering.Settings settings;
        try {
            settings = new AestheticSteering.Settings(config.getSteps(), config.getLearningRate(), config.getWeight(),
                    config.isSlerp());
        } catch (IllegalArgumentException e) {
            throw new TrainingException("experiment '" + name + "' › config: " + e.getMessage());
        }
        List<Path> images = images(context);
        context.log("Making the aesthetic embedding of " + images.size() + " images with " + clip.getFileName());
        float[] embedding;
        double[] similarities = new double[images.size()];
        long start = System.nanoTime();
        try (NDManager manager = Compute.engine().newBaseManager(Compute.device())) {
            context.device(Compute.describe(manager.getDevice()));
            ClipVisionEncoder encoder = ClipVisionEncoder.open(clip, manager);
            embedding = AestheticEmbedding.mean(encoder, images, manager, new AestheticEmbedding.Progress() {
                @Override
                public void image(int done, int total) {
                    context.progress(done, total, "image " + done + " of " + total);
                }

                @Override
                public boolean cancelled() {
                    return context.isCancelled();
                }
            }, similarities);
        } catch (CancellationException e) {
            context.log("Cancelled: nothing saved");
            return;
        }
        double mean = java.util.Arrays.stream(similarities).average().orElse(0);
        context.metrics(1, Map.of("similarity", mean));
        context.log(String.format(Locale.ROOT, "Embedded %d images in %.1f s; their mean CLIP similarity to the embedding %.3f "
                + "(1: all alike)", images.size(), (System.nanoTime() - start) / 1e9, mean));
        Path pt = context.outputFolder().resolve(name + ".pt");
        Path safetensors = context.outputFolder().resolve(name + ".safetensors");
        AestheticEmbedding.writePt(pt, embedding);
        AestheticEmbedding.writeSafetensors(safetensors, embedding, Map.of("atelier.kind", "aesthetic-embedding",
                "clip_model", clip.getFileName().toString(), "images", Integer.toString(images.size())));
        context.addArtifact(pt);
        context.addArtifact(safetensors);
        context.log("Saved " + pt.getFileName() + " (for the aesthetic-gradients extension's models/aesthetic_embeddings) and "
                + safetensors.getFileName() + "; use it with: atelier generate --aesthetic " + pt + " --aesthetic-clip " + clip
                + " ...");
        preview(context, clip, pt, settings);
    }

    /** The configured CLIP model, relative to the project or absolute, which must exist. */
    private static Path clipModel(RunContext context, AestheticConfig config) {
        String given = config.getClipModel() == null ? "" : config.getClipModel().strip();
        if (given.isEmpty()) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › config › clipModel: empty; "
                    + "name the CLIP model (a Hugging Face CLIPModel file or folder, such as openai/clip-vit-large-patch14)");
        }
        Path clip = context.resolve(given);
        if (!Files.exists(clip)) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › config › clipModel: " + clip
                    + ": no such file or folder");
        }
        return clip;
    }

    /** Every training image of the experiment's datasets, once each. */
    private static List<Path> images(RunContext context) throws IOException {
        List<Path> images = new ArrayList<>();
        for (Dataset dataset : context.experiment().getDatasets()) {
            for (Item item : DatasetScanner.scan(dataset, context.projectFolder(), false).items()) {
                if (item.role() != SubsetRole.VALIDATION && !images.contains(item.image())) {
                    images.add(item.image());
                }
            }
        }
        if (images.isEmpty()) {
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › datasets: no images to make "
                    + "the aesthetic embedding of");
        }
        return images;
    }

    /** Each sample prompt drawn plainly and steered, with the same seed, titled. */
    private static void preview(RunContext context, Path clip, Path embedding, AestheticSteering.Settings settings)
            throws Exception {
        SamplingSpec sampling = context.experiment().getSampling();
        Path model = context.baseModelPath();
        if (model == null || sampling == null || sampling.getPrompts().isEmpty()) {
            context.log("No preview: it needs a base model and sample prompts");
            return;
        }
        try (StableDiffusion sd = StableDiffusion.load(model, TrainingRun.tokenizer(model, context.projectFolder()))) {
            if (sd.info().architecture() != Architecture.SD1) {
                context.log("No preview: aesthetic steering applies to SD 1.x models, and " + model.getFileName() + " is "
                        + sd.info().architecture().label());
                return;
            }
            AestheticSteering steering = AestheticSteering.of(sd, clip, embedding, settings, 1);
            Map<String, String> titles = new LinkedHashMap<>();
            Path samples = context.samplesFolder();
            List<SamplePrompt> prompts = sampling.getPrompts();
            int total = 2 * prompts.size();
            int done = 0;
            for (int i = 0; i < prompts.size(); i++) {
                SamplePrompt prompt = prompts.get(i);
                StableDiffusion.Settings s = TrainingRun.sampleSettings(sampling, i, context.experiment().getSeed(), 1);
                for (boolean steered : new boolean[] { false, true }) {
                    if (context.isCancelled()) {
                        context.log("Cancelled while drawing the preview; the embedding is saved");
                        Samples.writeTitles(samples, titles);
                        return;
                    }
                    sd.setPromptSteering(steered ? steering : null);
                    steering.forget();
                    StableDiffusion.Result result = sd.generate(s, null, null, (d, t) -> {
                    });
                    String title = steered ? String.format(Locale.ROOT, "'%s', aesthetic (CLIP similarity %.3f to %.3f)",
                            prompt.getPrompt(), steering.promptSimilarity().before(), steering.promptSimilarity().after())
                            : "'" + prompt.getPrompt() + "', plain";
                    String file = Samples.fileName(steered ? 1 : 0, i);
                    Png.write(samples.resolve(file), result.image(), title);
                    titles.put(file, title);
                    context.progress(++done, total, "preview " + done + " of " + total);
                }
            }
            sd.setPromptSteering(null);
            Samples.writeTitles(samples, titles);
            context.log("Preview: " + String.join("; ", titles.values()));
        }
    }
}
