package org.atelier.methods.aesthetic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atelier.common.Measured;
import org.atelier.diffusion.aesthetic.AestheticSteering;
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
 * What aesthetic gradients add to a generation at SD 1.5's size on this machine: steering one prompt chunk with 5 and
 * with 10 steps (a CLIP ViT-L/14 text tower of random weights, its projection to 768, read afresh and trained each
 * time, as the extension copies it), beside one guided sampling step of an SD 1.5 UNet (random weights, 512x512: 64x64
 * latents, batch 2), each the best of its rounds with the peak resident memory; a 20-step generation is extrapolated
 * from the step (VAE decoding not counted), and said to be.
 */
public final class AestheticBenchmark {

    private static final String TEXT = "cond_stage_model.transformer.";

    private final Path dir;
    private final PrintWriter out;
    private final int rounds;

    public AestheticBenchmark(Path dir, PrintWriter out, int rounds) {
        this.dir = dir;
        this.out = out;
        this.rounds = rounds;
    }

    public List<Measured> run() throws IOException, ComputeException {
        Path unetFile = dir.resolve("atelier-benchmark-aesthetic-unet.safetensors");
        Path clipFile = dir.resolve("atelier-benchmark-aesthetic-clip.safetensors");
        Path embeddingFile = dir.resolve("atelier-benchmark-aesthetic-embedding.pt");
        List<SdLayout.Entry> checkpoint = SdLayout.checkpoint(SdLayout.sd1());
        List<SdLayout.Entry> unet = checkpoint.stream().filter(e -> e.name().startsWith("model.diffusion_model.")).toList();
        List<SdLayout.Entry> clip = new ArrayList<>(checkpoint.stream().filter(e -> e.name().startsWith(TEXT + "text_model."))
                .map(e -> new SdLayout.Entry(e.name().substring(TEXT.length()), e.shape())).toList());
        clip.add(new SdLayout.Entry("text_projection.weight", new long[] { 768, 768 }));
        List<Measured> figures = new ArrayList<>();
        try {
            out.println("Writing an SD 1.5 UNet and a CLIP ViT-L/14 text tower of random weights to " + dir + "...");
            SyntheticCheckpoints.writeSafetensors(unetFile, unet, DType.F16, 1);
            SyntheticCheckpoints.writeSafetensors(clipFile, clip, DType.F32, 2);
            float[] embedding = new float[768];
            java.util.Random random = new java.util.Random(3);
            for (int i = 0; i < embedding.length; i++) {
                embedding[i] = (float) random.nextGaussian();
            }
            AestheticEmbedding.writePt(embeddingFile, embedding);
            int[] ids = new int[77];
            java.util.Arrays.fill(ids, 49407);
            ids[0] = 49406;
            for (int i = 1; i <= 8; i++) {
                ids[i] = 320 + 37 * i; // eight words
            }
            try (SafetensorsReader source = SafetensorsReader.open(unetFile);
                    NDManager model = Compute.engine().newBaseManager(Compute.device())) {
                UNet network = UNet.load(source, "model.diffusion_model.", model);
                out.printf(Locale.ROOT, "Loaded (%d threads per operation); best of %d%n",
                        Runtime.getRuntime().availableProcessors(), rounds);
                figures.add(measure("guided sampling step (batch 2)", () -> {
                    try (NDManager scope = model.newSubManager()) {
                        network.forward(scope.randomNormal(new Shape(2, 4, 64, 64)), scope.create(new float[] { 501, 501 }),
                                scope.randomNormal(new Shape(2, 77, 768)), null).toFloatArray();
                    }
                }));
                for (int steps : new int[] { 5, 10 }) {
                    AestheticSteering steering;
                    try (NDManager probe = model.newSubManager()) {
                        steering = AestheticSteering.of(clipFile, embeddingFile,
                                new AestheticSteering.Settings(steps, 1e-4, 0.9, false), 1, 768, probe);
                    }
                    figures.add(measure("steering a prompt chunk, " + steps + " steps", () -> {
                        try (NDManager scope = model.newSubManager()) {
                            NDArray states = scope.randomNormal(new Shape(1, 77, 768));
                            steering.steer(scope, states, ids).toFloatArray();
                        }
                    }));
                }
            }
        } finally {
            Files.deleteIfExists(unetFile);
            Files.deleteIfExists(clipFile);
            Files.deleteIfExists(embeddingFile);
        }
        print(figures);
        return figures;
    }

    private void print(List<Measured> f) {
        out.println();
        out.printf(Locale.ROOT, "%-40s %10s %14s%n", "measure", "seconds", "peak resident");
        for (Measured figure : f) {
            out.printf(Locale.ROOT, "%-40s %10.2f %11d MB%n", figure.what(), figure.seconds(), figure.peakBytes() >> 20);
        }
        double generation = 20 * f.get(0).seconds();
        out.println();
        out.printf(Locale.ROOT, "A 20-step generation at 512x512, extrapolated from the step (VAE decoding not counted): %.0f s;"
                + " aesthetic steering adds %.1f s with 5 steps (+%.1f %%) and %.1f s with 10 (+%.1f %%) per prompt chunk%n",
                generation, f.get(1).seconds(), 100 * f.get(1).seconds() / generation, f.get(2).seconds(),
                100 * f.get(2).seconds() / generation);
    }

    private Measured measure(String what, Measured.Work work) throws IOException {
        Measured measured = Measured.of(what, 0, rounds, work);
        out.printf(Locale.ROOT, "  %-40s %8.2f s%n", what, measured.seconds());
        out.flush();
        return measured;
    }
}
