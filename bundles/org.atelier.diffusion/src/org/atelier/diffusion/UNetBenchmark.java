package org.atelier.diffusion;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.atelier.common.Measured;
import org.atelier.diffusion.hypernetwork.Hypernetwork;
import org.atelier.diffusion.sample.Condition;
import org.atelier.diffusion.sample.Denoiser;
import org.atelier.diffusion.schedule.NoiseSchedule;
import org.atelier.diffusion.unet.UNet;
import org.atelier.diffusion.vae.Vae;
import org.atelier.runtime.Compute;
import org.atelier.runtime.ComputeException;
import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * The baseline later work must beat: an SD 1.5 UNet of the real layout (random weights, fp16 on disk, float32 in
 * memory) on this machine's CPU, batch 1, 64x64 latents (512x512 images), text context of 77 tokens: seconds per
 * forward, per forward and backward (gradients for every weight, as full fine-tuning needs), per sampling step
 * with classifier-free guidance (a batch of two), and with AUTOMATIC1111's default hypernetwork applied, per VAE decoding of the latents, and the process's peak
 * resident memory beside its {@link MemoryEstimate}; with attention slicing off and on. Each figure is the best of its rounds after one warm-up.
 */
public final class UNetBenchmark {

    /** One line of results. */
    public record Figure(String what, int slice, double seconds, long peakBytes, long estimateBytes) {
    }

    private final Path dir;
    private final PrintWriter out;
    private final int rounds;

    public UNetBenchmark(Path dir, PrintWriter out, int rounds) {
        this.dir = dir;
        this.out = out;
        this.rounds = rounds;
    }

    public List<Figure> run() throws IOException, ComputeException {
        Path file = dir.resolve("atelier-benchmark-unet.safetensors");
        List<SdLayout.Entry> unetAndVae = SdLayout.checkpoint(SdLayout.sd1()).stream()
                .filter(e -> e.name().startsWith("model.diffusion_model.") || e.name().startsWith("first_stage_model.")).toList();
        out.println("Writing an SD 1.5 UNet and VAE of random weights (" + unetAndVae.size() + " tensors, fp16) to " + file
                + "...");
        SyntheticCheckpoints.writeSafetensors(file, unetAndVae, DType.F16, 1);
        java.util.ArrayList<Figure> figures = new java.util.ArrayList<>();
        try (SafetensorsReader source = SafetensorsReader.open(file); NDManager model = Compute.engine().newBaseManager(Compute.device())) {
            UNet unet = UNet.load(source, "model.diffusion_model.", model);
            Vae vae = Vae.load(source, "first_stage_model.", model, 0.18215f);
            out.printf(Locale.ROOT, "Loaded (%d threads per operation); batch 1, latents 64x64, context 77x768, best of %d%n",
                    Runtime.getRuntime().availableProcessors(), rounds);
            for (int slice : new int[] { 0, 1 }) {
                unet.setAttentionSlice(slice);
                MemoryEstimate one = MemoryEstimate.of(source, 512, 512, 1, slice);
                figures.add(measure("UNet forward", slice, one.weights() + one.unetStep() + MemoryEstimate.RUNTIME, () -> {
                    try (NDManager scope = model.newSubManager()) {
                        unet.forward(latents(scope, 1), scope.create(new float[] { 500f }), context(scope, 1)).toFloatArray();
                    }
                }));
                MemoryEstimate two = MemoryEstimate.of(source, 512, 512, 2, slice);
                Measured.Work samplingStep = () -> {
                    try (NDManager scope = model.newSubManager()) {
                        NoiseSchedule schedule = NoiseSchedule.stableDiffusion();
                        new Denoiser(unet, schedule, false, new Condition(context(scope, 1)), new Condition(context(scope, 1)), 7f)
                                .denoise(latents(scope, 1), schedule.sigma(500)).toFloatArray();
                    }
                };
                figures.add(measure("sampling step with CFG", slice, two.weights() + two.unetStep() + MemoryEstimate.RUNTIME,
                        samplingStep));
                if (slice == 0) {
                    // AUTOMATIC1111's default hypernetwork: 1, 2, 1, linear, at the widths 768, 320, 640 and 1280
                    try (NDManager weights = model.newSubManager();
                            Hypernetwork.Attachment attached = Hypernetwork.create("benchmark", new Hypernetwork.Structure(
                                    List.of(1.0, 2.0, 1.0), "linear", false, List.of(0.0, 0.0, 0.0), false, "Normal"),
                                    List.of(768, 320, 640, 1280), weights, 1).attach(unet, 1f)) {
                        figures.add(measure("  with a hypernetwork", slice, -1, samplingStep));
                    }
                }
            }
            MemoryEstimate decode = MemoryEstimate.of(source, 512, 512, 1, 0);
            figures.add(measure("VAE decode", 0, decode.weights() + decode.vaeDecode() + MemoryEstimate.RUNTIME, () -> {
                try (NDManager scope = model.newSubManager()) {
                    vae.decode(latents(scope, 1)).toFloatArray();
                }
            }));
            for (NDArray weight : model.getManagedArrays()) {
                weight.setRequiresGradient(true);
            }
            for (int slice : new int[] { 0, 1 }) {
                unet.setAttentionSlice(slice);
                figures.add(measure("UNet forward + backward", slice, -1, () -> {
                    try (NDManager scope = model.newSubManager();
                            GradientCollector collector = Compute.engine().newGradientCollector()) {
                        NDArray prediction = unet.forward(latents(scope, 1), scope.create(new float[] { 500f }), context(scope, 1));
                        collector.backward(prediction.square().mean());
                    }
                }));
            }
        } finally {
            Files.deleteIfExists(file);
        }
        out.println();
        out.printf(Locale.ROOT, "%-26s %-18s %10s %14s %14s%n", "measure", "attention", "seconds", "peak resident",
                "estimated");
        for (Figure f : figures) {
            out.printf(Locale.ROOT, "%-26s %-18s %10.2f %11d MB %14s%n", f.what(), f.slice() == 0 ? "whole" : "sliced (1 row)",
                    f.seconds(), f.peakBytes() >> 20, f.estimateBytes() < 0 ? "-" : (f.estimateBytes() >> 20) + " MB");
        }
        return figures;
    }

    private Figure measure(String what, int slice, long estimate, Measured.Work work) throws IOException {
        Measured m = Measured.of(what, 1, rounds, work);
        Figure f = new Figure(what, slice, m.seconds(), m.peakBytes(), estimate);
        out.printf(Locale.ROOT, "  %-26s attention %-6s %7.2f s, peak resident %d MB%n", what,
                slice == 0 ? "whole" : "sliced", m.seconds(), f.peakBytes() >> 20);
        return f;
    }

    private static NDArray latents(NDManager scope, int batch) {
        return scope.randomNormal(new Shape(batch, 4, 64, 64));
    }

    private static NDArray context(NDManager scope, int batch) {
        return scope.randomNormal(new Shape(batch, 77, 768));
    }
}
