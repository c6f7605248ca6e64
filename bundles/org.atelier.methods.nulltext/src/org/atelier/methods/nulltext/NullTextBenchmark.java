package org.atelier.methods.nulltext;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.common.Measured;
import org.atelier.diffusion.sample.Condition;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.diffusion.schedule.NoiseSchedule;
import org.atelier.diffusion.unet.UNet;
import org.atelier.runtime.Compute;
import org.atelier.runtime.ComputeException;
import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * What null-text inversion and an edit cost at SD 1.5's size (a UNet of the real layout, random weights, 512x512: 64x64
 * latents, 77x768 text) on this machine: an inversion of one timestep with one and with two inner iterations (their
 * difference is an iteration: a guided forward and backward through the UNet; the rest is the step's own three
 * forwards), and one step of an edit (the caption and one edit as a batch, guided: four rows) with and without
 * prompt-to-prompt's attention control; each the best of its rounds, with the peak resident memory. A whole inversion
 * at the paper's 50 steps and 10 iterations, and a whole edit, are extrapolated from these, and said to be.
 */
public final class NullTextBenchmark {

    private static final Sampler.Progress QUIET = (done, total) -> {
    };

    private final Path dir;
    private final PrintWriter out;
    private final int rounds;

    public NullTextBenchmark(Path dir, PrintWriter out, int rounds) {
        this.dir = dir;
        this.out = out;
        this.rounds = rounds;
    }

    public List<Measured> run() throws IOException, ComputeException {
        Path file = dir.resolve("atelier-benchmark-nulltext.safetensors");
        List<SdLayout.Entry> layout = SdLayout.checkpoint(SdLayout.sd1()).stream()
                .filter(e -> e.name().startsWith("model.diffusion_model.")).toList();
        out.println("Writing an SD 1.5 UNet of random weights (" + layout.size() + " tensors, fp16) to " + file + "...");
        SyntheticCheckpoints.writeSafetensors(file, layout, DType.F16, 1);
        List<Measured> figures = new ArrayList<>();
        try (SafetensorsReader source = SafetensorsReader.open(file);
                NDManager model = Compute.engine().newBaseManager(Compute.device())) {
            UNet unet = UNet.load(source, "model.diffusion_model.", model);
            NoiseSchedule schedule = NoiseSchedule.stableDiffusion();
            out.printf(Locale.ROOT, "Loaded (%d threads per operation); latents 64x64, context 77x768, best of %d%n",
                    Runtime.getRuntime().availableProcessors(), rounds);
            NullTextInversion inversion = new NullTextInversion(unet, schedule, false);
            for (int iterations : new int[] { 1, 2 }) {
                NullTextInversion.Settings settings = new NullTextInversion.Settings(1, 7.5f, iterations, 1e-2, 0);
                figures.add(measure("inversion step, " + iterations + " iteration" + (iterations == 1 ? "" : "s"), () -> {
                    try (NDManager scope = model.newSubManager()) {
                        inversion.invert(scope.randomNormal(new Shape(1, 4, 64, 64)), new Condition(text(scope, 1)),
                                new Condition(text(scope, 1)), settings, silent());
                    }
                }));
            }
            for (boolean control : new boolean[] { false, true }) {
                figures.add(measure("edit step, " + (control ? "attention control" : "no control"), () -> {
                    try (NDManager scope = model.newSubManager()) {
                        InversionFile one = new InversionFile(scope.randomNormal(new Shape(1, 4, 64, 64)),
                                text(scope, 1).expandDims(0), new int[] { 501 }, "", 7.5f, Map.of());
                        PromptToPrompt.regenerate(unet, schedule, false, scope, one, text(scope, 2),
                                control ? List.of(EditMap.identity()) : null, new PromptToPrompt.Replace(1, 1), QUIET)
                                .toFloatArray();
                    }
                }));
            }
        } finally {
            Files.deleteIfExists(file);
        }
        print(figures);
        return figures;
    }

    private void print(List<Measured> f) {
        out.println();
        out.printf(Locale.ROOT, "%-36s %10s %14s%n", "measure", "seconds", "peak resident");
        for (Measured figure : f) {
            out.printf(Locale.ROOT, "%-36s %10.2f %11d MB%n", figure.what(), figure.seconds(), figure.peakBytes() >> 20);
        }
        double iteration = f.get(1).seconds() - f.get(0).seconds();
        double step = f.get(0).seconds() - iteration;
        out.println();
        out.printf(Locale.ROOT, "One inner iteration (guided forward + backward): %.2f s; a step's own forwards: %.2f s%n",
                iteration, step);
        out.printf(Locale.ROOT, "Extrapolated, 50 steps: inversion with the paper's 10 iterations each (no early stop) "
                + "%.0f s (%.1f h); an edit %.0f s (attention control x%.2f over none)%n", 50 * (step + 10 * iteration),
                50 * (step + 10 * iteration) / 3600, 50 * f.get(3).seconds(), f.get(3).seconds() / f.get(2).seconds());
    }

    private static NDArray text(NDManager scope, int rows) {
        return scope.randomNormal(new Shape(rows, 77, 768));
    }

    private static NullTextInversion.Progress silent() {
        return new NullTextInversion.Progress() {
            @Override
            public void iteration(int step, int iteration, double loss) {
            }

            @Override
            public void step(int step, int total, int iterations, double loss) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    private Measured measure(String what, Measured.Work work) throws IOException {
        Measured measured = Measured.of(what, 0, rounds, work);
        out.printf(Locale.ROOT, "  %-36s %8.2f s%n", what, measured.seconds());
        out.flush();
        return measured;
    }
}
