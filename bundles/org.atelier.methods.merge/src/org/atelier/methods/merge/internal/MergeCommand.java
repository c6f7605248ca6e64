package org.atelier.methods.merge.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.atelier.common.Exits;
import org.atelier.common.ProcessMemory;
import org.atelier.common.ProgressLine;
import org.atelier.methods.merge.Blocks;
import org.atelier.methods.merge.MergeMethod;
import org.atelier.methods.merge.Merger;
import org.atelier.tensors.DType;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atelier merge}: checkpoints merged as AUTOMATIC1111 and supermerger merge them, streaming. */
@Command(name = "merge", description = { "Merges checkpoints as AUTOMATIC1111's merger does (and by supermerger's and "
        + "sd-mecha's methods), streaming on all cores, into a .safetensors or .ckpt.", "",
        "Methods (--alpha is the multiplier M, 0.5 when not given; --beta is N, 0 when not given):",
        MergeCommand.METHODS,
        "--blocks gives M per UNet block: a preset (" + MergeCommand.PRESETS + ") or 25 weights for SD 1.x/2.x (IN00-IN11, M00, OUT00-OUT11; --alpha "
                + "is then the weight of everything else, BASE) or 20 for SDXL (BASE, IN00-IN08, MID, OUT00-OUT08). The time "
                + "embedding belongs to BASE.",
        "",
        "Keys as AUTOMATIC1111 merges them: only keys containing 'model' and present in B are merged, A's other keys are "
                + "copied and B's own dropped, a key missing from C merges with a zero difference, an inpainting or "
                + "instruct-pix2pix A merges its first 4 input channels with a plain B. --discard drops A's keys matching "
                + "the regular expression; --vae bakes a VAE file into the result. The output carries sd_merge_recipe and "
                + "sd_merge_models as AUTOMATIC1111 writes them, and our whole recipe (atelier_merge_recipe). An output "
                + "named .ckpt is written as a PyTorch checkpoint." })
public final class MergeCommand implements Callable<Integer> {

    static final String METHODS = "<methods>";
    static final String PRESETS = "<presets>";

    private CommandSpec spec;

    /** The description's placeholders filled with the methods' table and the block presets, which are code. */
    @Spec
    void spec(CommandSpec commandSpec) {
        this.spec = commandSpec;
        String[] description = commandSpec.usageMessage().description();
        for (int i = 0; i < description.length; i++) {
            description[i] = description[i].replace(METHODS, methodTable()).replace(PRESETS, String.join(", ", Blocks.PRESETS));
        }
        commandSpec.usageMessage().description(description);
    }

    @Parameters(paramLabel = "<model>", arity = "1..3", description = "A, B and C as the method takes them")
    List<Path> models;

    @Option(names = "--method", required = true, paramLabel = "M", description = "the merge method (see above)")
    String method;

    @Option(names = "--alpha", defaultValue = "0.5", paramLabel = "M", description = "the multiplier (default: ${DEFAULT-VALUE})")
    double alpha;

    @Option(names = "--beta", defaultValue = "0", paramLabel = "N", description = "the second multiplier (default: ${DEFAULT-VALUE})")
    double beta;

    @Option(names = "-o", required = true, paramLabel = "<out>", description = "the output: .safetensors or .ckpt")
    Path output;

    @Option(names = "--blocks", paramLabel = "PRESET|w1,w2,...", description = "M per UNet block")
    String blocks;

    @Option(names = "--dtype", paramLabel = "fp16|bf16|fp32", description = "the element type written (default: A's)")
    String dtype;

    @Option(names = "--discard", paramLabel = "REGEX", description = "drop A's keys matching this")
    String discard;

    @Option(names = "--vae", paramLabel = "<vae>", description = "bake this VAE into the result")
    Path vae;

    @Option(names = "--name", paramLabel = "NAME", description = "the model's name in the metadata (default: the output's)")
    String name;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "the seed of DARE's drops (default: ${DEFAULT-VALUE})")
    long seed;

    /** For the merge benchmark, which runs each merge in a process of its own and reads these figures. */
    @Option(names = "--report-memory", hidden = true)
    boolean reportMemory;

    static String methodTable() {
        StringBuilder table = new StringBuilder();
        for (MergeMethod m : MergeMethod.values()) {
            String inputs = m.models() == 1 ? "A" : m.models() == 2 ? "A, B" : "A, B, C";
            table.append(String.format(Locale.ROOT, "  %-18s %-8s %s%n", m.id(), inputs, m.formula()));
        }
        return table.toString().stripTrailing();
    }

    @Override
    public Integer call() throws Exception {
        MergeMethod chosen = MergeMethod.of(method);
        if (chosen == null) {
            throw usage("--method is one of " + Arrays.stream(MergeMethod.values()).map(MergeMethod::id)
                    .collect(Collectors.joining(", ")) + " (atelier merge --help)");
        }
        if (models.size() != chosen.models()) {
            throw usage(chosen.id() + " takes " + chosen.models() + " model" + (chosen.models() == 1 ? "" : "s") + ", not " + models.size());
        }
        DType type = null;
        if (dtype != null) {
            type = DType.ofLabel(dtype);
            if (type == null || !type.isFloatingPoint()) {
                throw usage("--dtype takes fp16, bf16 or fp32, not '" + dtype + "'");
            }
        }
        if (discard != null) {
            try {
                Pattern.compile(discard);
            } catch (PatternSyntaxException e) {
                throw usage("--discard is not a regular expression: " + e.getDescription());
            }
        }
        Path out = output.toAbsolutePath().normalize();
        List<Path> inputs = models.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        double[] weights = null;
        if (blocks != null) {
            try {
                weights = Blocks.parse(blocks, inputs.get(0), alpha);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        Merger.Spec merge = new Merger.Spec(chosen, inputs.get(0), inputs.size() > 1 ? inputs.get(1) : null,
                inputs.size() > 2 ? inputs.get(2) : null, alpha, beta, weights, type, discard,
                name != null ? name : out.getFileName().toString().replaceFirst("\\.(safetensors|ckpt|pt)$", ""), seed,
                vae == null ? null : vae.toAbsolutePath().normalize());
        PrintWriter console = spec.commandLine().getOut();
        ProgressLine progress = new ProgressLine(console);
        long start = System.nanoTime();
        Merger.Result result;
        try {
            result = Merger.merge(merge, out, (done, total, tensor) -> {
                if (done == total || done % 25 == 0) {
                    progress.progress(done, total, "tensors");
                }
            });
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        progress.finish();
        console.printf(Locale.ROOT, "Wrote %s in %.1f s: %d tensors merged, %d copied from A, %d merged in their first channels,"
                + " %d from the VAE, %d discarded%n", out, (System.nanoTime() - start) / 1e9, result.merged(),
                result.copied(), result.partial(), result.baked(), result.discarded());
        if (reportMemory) {
            console.printf(Locale.ROOT, "merge time: %.3f s%n", (System.nanoTime() - start) / 1e9);
            console.println("peak resident memory: " + ProcessMemory.peakResident() / 1024 + " kB");
        }
        return Exits.OK;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
