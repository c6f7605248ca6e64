package org.atelier.diffusion.internal.commands;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.atelier.common.Exits;
import org.atelier.common.ProcessMemory;
import org.atelier.common.ProgressLine;
import org.atelier.diffusion.Embeddings;
import org.atelier.diffusion.MemoryEstimate;
import org.atelier.diffusion.Png;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.aesthetic.AestheticSteering;
import org.atelier.diffusion.hypernetwork.Hypernetwork;
import org.atelier.diffusion.lora.LoraSource;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.runtime.ComputeException;
import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier generate}: an image from a Stable Diffusion model, with its parameters in the PNG. */
@Command(name = "generate", description = { "Generates an image from an SD 1.x, 2.x or SDXL model (a single-file checkpoint "
        + "or a diffusers folder). Prompts take AUTOMATIC1111's emphasis syntax: (word), [word], (word:1.3), BREAK.",
        "A seed (0 to 2147483647) gives the same image again; without --seed one is drawn and printed. A checkpoint holds no "
                + "tokenizer: --tokenizer names a diffusers tokenizer/ folder (vocab.json and merges.txt), or set "
                + "ATELIER_TOKENIZER once; a diffusers folder uses its own. The PNG carries the parameters as AUTOMATIC1111 "
                + "writes them. Before loading, it says how much memory it will take and refuses what does not fit." })
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "<model>", description = "a checkpoint or a diffusers folder")
    Path model;

    @Option(names = "--prompt", required = true, paramLabel = "<text>")
    String prompt;

    @Option(names = "-o", required = true, paramLabel = "<out.png>")
    Path output;

    @Option(names = "--negative", defaultValue = "", paramLabel = "<text>", description = "the negative prompt")
    String negative;

    @Option(names = "--steps", defaultValue = "20", description = "sampling steps (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--cfg", defaultValue = "7", description = "the guidance scale (default: ${DEFAULT-VALUE})")
    float cfg;

    @Option(names = "--sampler", defaultValue = "euler-a", description = "one of ${COMPLETION-CANDIDATES} (default: "
            + "${DEFAULT-VALUE}); ddim takes its timesteps as CompVis and AUTOMATIC1111 do, every (1000 / steps)-th from 1, "
            + "so a step count that does not divide 1000 evaluates the model ceil(1000 / (1000 // steps)) times (12 steps: "
            + "13, at 997, 914, ..., 1)",
            completionCandidates = SamplerIds.class)
    String sampler;

    @Option(names = "--seed", description = "0 to 2147483647 (default: drawn)")
    Long seed;

    @Option(names = "--size", defaultValue = "512x512", paramLabel = "WxH", description = "(default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--clip-skip", defaultValue = "1", description = "(default: ${DEFAULT-VALUE})")
    int clipSkip;

    @Option(names = "--init-image", paramLabel = "<image>", description = "start from this image (img2img), noised to --strength")
    Path initImage;

    @Option(names = "--strength", defaultValue = "0.75", description = "how much of the init image is noised (default: ${DEFAULT-VALUE})")
    float strength;

    @Option(names = "--tokenizer", paramLabel = "<folder>", description = "a diffusers tokenizer/ folder")
    Path tokenizer;

    @Option(names = "--latents-in", paramLabel = "<file>", description = "start from the noise in this safetensors file "
            + "(tensor 'latents', [1, 4, height/8, width/8])")
    Path latentsIn;

    @Option(names = "--latents-out", paramLabel = "<file>", description = "write the final latents there")
    Path latentsOut;

    @Option(names = "--attention-slice", defaultValue = "0", paramLabel = "N", description = "compute attention N rows at a "
            + "time, to use less memory (0: whole)")
    int attentionSlice;

    @Option(names = "--lora", split = ",", paramLabel = "<file>[:strength]", description = "merge LoRAs in kohya's layout into "
            + "the model's weights (strength 1 when not given)")
    List<String> loras = new ArrayList<>();

    @Option(names = "--embedding", split = ",", paramLabel = "<file>", description = "textual-inversion embeddings "
            + "(AUTOMATIC1111's .pt, kohya's or diffusers' safetensors); a prompt names each by its file name")
    List<Path> embeddings = new ArrayList<>();

    @Option(names = "--hypernetwork", paramLabel = "<file>[:strength]", description = "apply AUTOMATIC1111's hypernetwork "
            + "(.pt) to the attention's keys and values (strength 1 when not given)")
    String hypernetwork;

    @Option(names = "--custom-diffusion", paramLabel = "<folder>[:strength]", description = "apply Custom Diffusion as "
            + "diffusers writes it: its output folder (the weights and a <token>.safetensors per modifier token, named in "
            + "the prompt as <new1>), or its weights file (strength 1 when not given: the trained weights)")
    String customDiffusion;

    @picocli.CommandLine.Mixin
    AestheticOptions aesthetic = new AestheticOptions();

    /** The sampler ids, for the help and the completion. */
    static final class SamplerIds extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        SamplerIds() {
            super(Arrays.stream(Sampler.values()).map(Sampler::id).toList());
        }
    }

    @Override
    public Integer call() throws IOException, ComputeException {
        PrintWriter out = spec.commandLine().getOut();
        Sampler chosen = Sampler.of(sampler);
        if (chosen == null) {
            throw usage("--sampler is one of " + Arrays.stream(Sampler.values()).map(Sampler::id).collect(Collectors.joining(", ")));
        }
        Path source = model.toAbsolutePath().normalize();
        Path tokenizerFolder = tokenizerFolder(source);
        StableDiffusion.Settings settings = settings(chosen);
        Path target = output.toAbsolutePath().normalize();
        BufferedImage init = initImage == null ? null : Png.read(initImage);
        float[] startLatents = latentsIn == null ? null : readLatents(latentsIn, settings);
        List<LoraSource.Lora> loraList = loras();
        HypernetworkOption applied = hypernetwork == null ? null : HypernetworkOption.parse(hypernetwork, this::usage);
        CustomDiffusionOption custom = customDiffusion == null ? null
                : CustomDiffusionOption.parse(customDiffusion, source, this::usage);
        List<LoraSource.Lora> patches = new ArrayList<>(loraList);
        if (custom != null) {
            patches.add(custom.found().patch(custom.strength()));
        }
        checkMemory(source, settings, out);
        out.println("Loading " + source.getFileName() + " (seed " + settings.seed() + ")...");
        out.flush();
        long start = System.nanoTime();
        try (StableDiffusion sd = StableDiffusion.load(source, tokenizerFolder, patches)) {
            if (custom != null) {
                custom.found().addTokens(sd);
            }
            for (Path item : embeddings) {
                Path embedding = item.toAbsolutePath().normalize();
                try {
                    sd.addEmbedding(Embeddings.name(embedding), Embeddings.read(embedding, sd.textEncoders().size(), sd.manager()));
                } catch (IllegalArgumentException e) {
                    throw usage("--embedding " + embedding + ": " + e.getMessage());
                }
            }
            AestheticSteering steering = aesthetic.steering(sd, settings.clipSkip(), this::usage);
            ProgressLine progress = new ProgressLine(out);
            StableDiffusion.Result result;
            try (Hypernetwork.Attachment attachment = applied == null ? null : applied.attach(sd, this::usage)) {
                result = sd.generate(settings, init, startLatents, (done, total) -> progress.progress(done, total, "steps"));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            progress.finish();
            if (steering != null && steering.promptSimilarity() != null) {
                out.printf(Locale.ROOT, "Aesthetic steering: the prompt's CLIP similarity to the embedding %.4f, steered %.4f%n",
                        steering.promptSimilarity().before(), steering.promptSimilarity().after());
            }
            Png.write(target, result.image(), StableDiffusion.parameters(settings, source, init != null, loraList)
                    + (applied == null ? "" : applied.parameters()) + (custom == null ? "" : custom.parameters())
                    + aesthetic.parameters());
            if (latentsOut != null) {
                try (SafetensorsWriter writer = SafetensorsWriter.create(latentsOut.toAbsolutePath().normalize(), Map.of("format", "pt"),
                        List.of(new SafetensorsWriter.Spec("latents", DType.F32, result.latentShape())))) {
                    writer.writeFloats("latents", result.latents());
                }
            }
        }
        out.printf(Locale.ROOT, "Wrote %s (%dx%d, seed %d) in %.1f s%n", target, settings.width(), settings.height(),
                settings.seed(), (System.nanoTime() - start) / 1e9);
        return Exits.OK;
    }

    /** The tokenizer to load: --tokenizer, else a diffusers folder's own (null), else ATELIER_TOKENIZER. */
    private Path tokenizerFolder(Path source) {
        try {
            return ClipTokenizer.folderFor(source, tokenizer);
        } catch (IllegalArgumentException e) {
            throw usage("generate needs " + e.getMessage());
        }
    }

    private StableDiffusion.Settings settings(Sampler chosen) {
        String[] parts = size.toLowerCase(Locale.ROOT).split("x");
        int width;
        int height;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            width = Integer.parseInt(parts[0].trim());
            height = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw usage("--size is WIDTHxHEIGHT, such as 512x768");
        }
        long drawn = seed != null ? seed : new SecureRandom().nextInt(Integer.MAX_VALUE);
        try {
            return new StableDiffusion.Settings(prompt, negative, steps, cfg, chosen, drawn, width, height, clipSkip, strength,
                    attentionSlice);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private List<LoraSource.Lora> loras() {
        List<LoraSource.Lora> list = new ArrayList<>();
        for (String item : loras) {
            FileStrength given = FileStrength.parse("--lora", item, this::usage);
            list.add(new LoraSource.Lora(given.file(), given.strength()));
        }
        return list;
    }

    /**
     * Says how much memory the generation will take, from the model's shapes; refuses, before loading anything, one that
     * does not fit in this machine's memory.
     */
    private void checkMemory(Path source, StableDiffusion.Settings settings, PrintWriter out) throws IOException {
        long physical = ProcessMemory.physical();
        MemoryEstimate.Check check = MemoryEstimate.forGeneration(source, settings.width(), settings.height(),
                settings.attentionSlice(), physical);
        MemoryEstimate estimate = check.estimate();
        out.println("Memory: about " + MemoryEstimate.gigabytes(estimate.total()) + " (weights "
                + MemoryEstimate.gigabytes(estimate.weights()) + ")" + (physical > 0 ? " of " + MemoryEstimate.gigabytes(physical) : ""));
        if (check.refusal() != null) {
            throw usage(check.refusal().replace("attention slicing of 1 row", "--attention-slice 1"));
        }
    }

    /** The tensor 'latents' (or the file's only tensor) of a safetensors file, of the size the settings ask. */
    private static float[] readLatents(Path file, StableDiffusion.Settings settings) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        try (SafetensorsReader reader = SafetensorsReader.open(absolute)) {
            TensorInfo t = reader.tensor("latents");
            if (t == null && reader.tensors().size() == 1) {
                t = reader.tensors().get(0);
            }
            if (t == null) {
                throw new TensorFileException(absolute, "no tensor 'latents'");
            }
            long[] expected = { 1, 4, settings.height() / 8, settings.width() / 8 };
            if (!Arrays.equals(t.shape(), expected)) {
                throw new TensorFileException(absolute, "latents of shape " + t.shapeText() + ", but " + settings.width() + "x"
                        + settings.height() + " takes " + Arrays.toString(expected));
            }
            return reader.floats(t);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
