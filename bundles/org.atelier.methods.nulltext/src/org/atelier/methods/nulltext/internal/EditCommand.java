package org.atelier.methods.nulltext.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.common.ProgressLine;
import org.atelier.diffusion.Png;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.methods.nulltext.EditMap;
import org.atelier.methods.nulltext.InversionFile;
import org.atelier.methods.nulltext.PromptToPrompt;
import org.atelier.runtime.ComputeException;
import org.atelier.tensors.TensorFileException;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier edit}: a null-text inversion regenerated with an edited caption, under prompt-to-prompt. */
@Command(name = "edit", description = { "Regenerates the image of a null-text inversion (made by a null-text inversion "
        + "experiment) with an edited caption, keeping what the edit does not change: prompt-to-prompt's attention control "
        + "gives the edit the caption's attention maps. A word swap (as many words, some changed: 'a red circle' to 'a blue "
        + "circle') takes the caption's cross-attention maps for --cross-replace of the steps; words added ('a big red "
        + "circle') keep the caption's maps for the words it had; --reweight scales a word's maps. Self-attention maps are "
        + "the caption's for --self-replace of the steps, in layers of 32x32 positions or fewer.",
        "An edit that neither swaps words one for one nor only adds words is refused; --plain regenerates it without "
                + "attention control. The model must be the one the inversion was made with; the PNG carries the "
                + "settings." })
public final class EditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<inversion>", description = "a null-text inversion (.safetensors)")
    Path inversion;

    @Option(names = "--model", required = true, paramLabel = "<model>", description = "the model it was inverted with")
    Path model;

    @Option(names = "--prompt", required = true, paramLabel = "<text>", description = "the edited caption")
    String prompt;

    @Option(names = "-o", required = true, paramLabel = "<out.png>")
    Path output;

    @Option(names = "--cross-replace", defaultValue = "0.8", paramLabel = "F", description = "the fraction of the steps the "
            + "edit takes the caption's cross-attention maps for, 0 to 1 (default: ${DEFAULT-VALUE})")
    double crossReplace;

    @Option(names = "--self-replace", defaultValue = "0.4", paramLabel = "F", description = "the fraction of the steps the "
            + "edit takes the caption's self-attention maps for, 0 to 1 (default: ${DEFAULT-VALUE})")
    double selfReplace;

    @Option(names = "--reweight", split = ",", paramLabel = "word=F", description = "scale the attention of a word of the "
            + "edit (red=2); repeatable")
    List<String> reweight = List.of();

    @Option(names = "--plain", description = "regenerate an edit that cannot be aligned without attention control")
    boolean plain;

    @Option(names = "--reconstruction", paramLabel = "<png>", description = "also write the caption's reconstruction there")
    Path reconstruction;

    @Option(names = "--tokenizer", paramLabel = "<folder>", description = "a diffusers tokenizer/ folder (a checkpoint holds "
            + "none; or set ATELIER_TOKENIZER)")
    Path tokenizer;

    @Override
    public Integer call() throws IOException, ComputeException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = inversion.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw usage("<inversion> " + file + ": no such file");
        }
        Map<String, Double> weights;
        PromptToPrompt.Replace replace;
        try {
            weights = EditMap.parseWeights(String.join(",", reweight));
            replace = new PromptToPrompt.Replace(crossReplace, selfReplace);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        Path source = model.toAbsolutePath().normalize();
        long start = System.nanoTime();
        try (StableDiffusion sd = StableDiffusion.load(source, tokenizerFolder(source));
                NDManager scope = sd.manager().newSubManager()) {
            InversionFile inverted = InversionFile.read(file, scope);
            long dim = inverted.nullTexts().getShape().get(3);
            long channels = inverted.noise().getShape().get(1);
            if (dim != sd.unet().contextDim() || channels != sd.unet().inChannels()) {
                throw new TensorFileException(file, "its null texts are " + dim + " wide and its latents have " + channels
                        + " channels, where " + source.getFileName() + " takes " + sd.unet().contextDim() + " and "
                        + sd.unet().inChannels() + ": it was inverted with another model");
            }
            if (inverted.nullTexts().getShape().get(2) != EditMap.LENGTH) {
                throw new TensorFileException(file, "null_texts are " + inverted.nullTexts().getShape().get(2)
                        + " tokens long, not one chunk of " + EditMap.LENGTH);
            }
            EditMap map = null;
            try {
                map = EditMap.of(sd.tokenizer(), inverted.caption(), prompt, weights);
            } catch (IllegalArgumentException e) {
                if (!plain || !weights.isEmpty()) {
                    throw usage("--prompt: " + e.getMessage() + (plain ? "" : " (--plain: without it)"));
                }
                out.println("Regenerating without attention control: " + e.getMessage());
            }
            ProgressLine progress = new ProgressLine(out);
            NDArray latents;
            try {
                latents = PromptToPrompt.regenerate(sd, scope, inverted, List.of(prompt), map == null ? null : List.of(map),
                        replace, (done, total) -> progress.progress(done, total, "steps"));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            progress.finish();
            String settings = String.format(Locale.ROOT, "Steps: %d, Sampler: DDIM, CFG scale: %s, Size: %dx%d, Null-text "
                    + "inversion: %s, Caption: %s", inverted.timesteps().length, inverted.guidance(),
                    latents.getShape().get(3) * 8, latents.getShape().get(2) * 8, file.getFileName(), inverted.caption());
            String control = map == null ? ", Attention control: none" : String.format(Locale.ROOT,
                    ", Cross replace: %s, Self replace: %s%s", crossReplace, selfReplace,
                    weights.isEmpty() ? "" : ", Reweight: " + String.join(",", reweight));
            Path target = output.toAbsolutePath().normalize();
            Png.write(target, sd.decode(latents.get("1:2")), prompt + "\n" + settings + control);
            if (reconstruction != null) {
                Png.write(reconstruction.toAbsolutePath().normalize(), sd.decode(latents.get("0:1")),
                        inverted.caption() + "\n" + settings);
            }
            out.printf(Locale.ROOT, "Wrote %s in %.1f s%n", target, (System.nanoTime() - start) / 1e9);
        }
        return Exits.OK;
    }

    /** The tokenizer to load: --tokenizer, else a diffusers folder's own (null), else ATELIER_TOKENIZER. */
    private Path tokenizerFolder(Path source) {
        try {
            return ClipTokenizer.folderFor(source, tokenizer);
        } catch (IllegalArgumentException e) {
            throw usage("edit needs " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
