package org.atelier.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;
import org.junit.jupiter.api.Test;

/** The memory estimate of full-size layouts, from their shapes alone (no weights are written). */
class MemoryEstimateTest {

    /** The shapes of a layout, as a model file's header gives them; reading values is not what an estimate does. */
    static TensorSource shapes(SdLayout.Config config) {
        Map<String, TensorInfo> tensors = new LinkedHashMap<>();
        long at = 0;
        for (SdLayout.Entry e : SdLayout.checkpoint(config)) {
            long size = e.numel() * 2;
            tensors.put(e.name(), new TensorInfo(e.name(), DType.F16, e.shape(), at, at + size));
            at += size;
        }
        return new TensorSource() {
            @Override
            public Path file() {
                return Path.of("layout");
            }

            @Override
            public Map<String, String> metadata() {
                return Map.of();
            }

            @Override
            public List<TensorInfo> tensors() {
                return List.copyOf(tensors.values());
            }

            @Override
            public TensorInfo tensor(String name) {
                return tensors.get(name);
            }

            @Override
            public ByteBuffer bytes(TensorInfo tensor) {
                throw new AssertionError("an estimate reads shapes only");
            }

            @Override
            public void close() {
            }
        };
    }

    private static final double GB = 1L << 30;

    @Test
    void sd15AtItsSizeMatchesTheBenchmarksMeasuredPeaks() throws Exception {
        TensorSource sd1 = shapes(SdLayout.sd1());
        MemoryEstimate cfg = MemoryEstimate.of(sd1, 512, 512, 2, 0);
        // UNet 860 M, VAE 84 M, CLIP ViT-L 123 M parameters in float32
        assertTrue(cfg.weights() / GB > 3.9 && cfg.weights() / GB < 4.1, "weights " + cfg.weights() / GB);
        // the UNet benchmark measured 8.5 GB resident for a CFG step with the UNet's weights (3.2 GB) alone
        double step = (cfg.weights() + cfg.unetStep() + MemoryEstimate.RUNTIME) / GB;
        assertTrue(step > 8.5 && step < 10.5, "a CFG step with every weight: " + step);
        MemoryEstimate sliced = MemoryEstimate.of(sd1, 512, 512, 2, 1);
        assertTrue(sliced.unetStep() < cfg.unetStep() / 2, "one attention row at a time needs far less");
        assertEquals(cfg.vaeDecode(), sliced.vaeDecode(), "the VAE is not sliced");
        assertTrue(MemoryEstimate.of(sd1, 768, 768, 2, 0).total() > cfg.total(), "larger images need more");
        assertTrue(MemoryEstimate.of(sd1, 512, 512, 1, 0).unetStep() < cfg.unetStep(), "one latent needs less than two");
        // the benchmark measured 9.6 GB resident decoding 512x512 with the UNet's and VAE's weights (3.4 GB) loaded
        double decode = (cfg.weights() + cfg.vaeDecode() + MemoryEstimate.RUNTIME) / GB;
        assertTrue(decode > 9.6 && decode < 11, "decoding with every weight: " + decode);
        // the training benchmark measured 12.5 GB for a LoRA step at 512x512, batch 1, with every weight loaded
        double training = MemoryEstimate.of(sd1, 512, 512, 1, 0).trainingTotal() / GB;
        assertTrue(training > 12 && training < 13.5, "a training step: " + training);
    }

    @Test
    void withGradientCheckpointingTrainingKeepsTheBlocksInputsAndOneBlock() throws Exception {
        MemoryEstimate sd1 = MemoryEstimate.of(shapes(SdLayout.sd1()), 512, 512, 1, 0);
        // channels kept at each level of SD 1.5 (64², 32², 16², 8² positions): the latents, conv_in, every residual
        // block's, transformer's and sampler's output (an upsampler's at the level it upsamples to)
        long level0 = 4 + 320 + 4 * 320 + 6 * 320 + 640;
        long level1 = 320 + 4 * 640 + 6 * 640 + 1280;
        long level2 = 640 + 4 * 1280 + 6 * 1280 + 1280;
        long level3 = 1280 + 2 * 1280 + 3 * 1280 + 3 * 1280;
        assertEquals(4 * (level0 * 4096 + level1 * 1024 + level2 * 256 + level3 * 64), sd1.blockInputs());
        assertEquals(2 * sd1.blockInputs(), MemoryEstimate.of(shapes(SdLayout.sd1()), 512, 512, 2, 0).blockInputs(),
                "twice the latents, twice the inputs");
        double whole = sd1.trainingTotal(false) / GB;
        double checkpointed = sd1.trainingTotal(true) / GB;
        assertEquals(sd1.trainingTotal(), sd1.trainingTotal(false));
        assertEquals(sd1.weights() + sd1.blockInputs() + sd1.blockStep() + MemoryEstimate.RUNTIME, sd1.trainingTotal(true));
        // the training benchmark measured 7.7 GB for a LoRA step with checkpointing at 512x512, batch 1 (13.7 GB without, the same day)
        assertTrue(checkpointed > 7.6 && checkpointed < 8.5, "a checkpointed training step: " + checkpointed);
        assertTrue(checkpointed < whole - 4, "a LoRA step: " + checkpointed + " GB checkpointed, " + whole + " GB whole");
    }

    /**
     * With a fused back pass, the gradients held at once are the largest segment's (an output block's residual block of
     * SD 1.5: 2560 channels in, 1280 out, 3x3 kernels) or those outside the segments (the time embedding's; a text
     * encoder's), whichever is larger; without, all of them.
     */
    @Test
    void aFusedBackPassHoldsOneSegmentsGradients() throws Exception {
        List<TensorInfo> all = shapes(SdLayout.sd1()).tensors();
        List<TensorInfo> unet = all.stream().filter(t -> t.name().startsWith("model.diffusion_model.")).toList();
        List<TensorInfo> text = all.stream().filter(t -> t.name().startsWith("cond_stage_model.")).toList();
        long unetElements = unet.stream().mapToLong(TensorInfo::numel).sum();
        assertEquals(unetElements, MemoryEstimate.gradientElements(unet, false));
        long resBlock = 2560L * 1280 * 9 + 1280 + 1280L * 1280 * 9 + 1280 + 1280L * 1280 + 1280 + 2560L * 1280 + 1280
                + 2 * 2560 + 2 * 1280;
        assertEquals(resBlock, MemoryEstimate.gradientElements(unet, true), "output_blocks.0.0, the largest");
        assertTrue(resBlock < unetElements / 15, resBlock + " of " + unetElements);
        List<TensorInfo> timeEmbedding = unet.stream().filter(t -> t.name().contains(".time_embed.")).toList();
        assertEquals(4, timeEmbedding.size());
        assertEquals(timeEmbedding.stream().mapToLong(TensorInfo::numel).sum(), MemoryEstimate.gradientElements(timeEmbedding,
                true), "outside the segments, held whole");
        List<TensorInfo> both = new java.util.ArrayList<>(unet);
        both.addAll(text);
        long textElements = text.stream().mapToLong(TensorInfo::numel).sum();
        assertTrue(textElements > resBlock);
        assertEquals(textElements + timeEmbedding.stream().mapToLong(TensorInfo::numel).sum(),
                MemoryEstimate.gradientElements(both, true), "the text encoder's come whole, with the time embedding's");
    }

    @Test
    void sdxlsWidestAttentionIsOneLevelDown() throws Exception {
        MemoryEstimate xl = MemoryEstimate.of(shapes(SdLayout.sdxl()), 1024, 1024, 2, 0);
        // UNet 2.6 B, VAE 84 M, CLIP-L 123 M and bigG 695 M parameters in float32
        assertTrue(xl.weights() / GB > 12.0 && xl.weights() / GB < 13.2, "weights " + xl.weights() / GB);
        // level 1 (64x64 tokens, 640 channels = 10 heads), batch 2: 20 score arrays of 4096²; level 0, which has
        // no attention in SDXL, would have been 10 arrays of 16384², 8 times as large
        long scores = 20L * 4096 * 4096 * 4;
        assertTrue(xl.unetStep() >= 3 * scores && xl.unetStep() < 3 * scores * 8, "UNet step " + xl.unetStep() / GB);
        assertEquals(3 * (scores - 4096L * 4096 * 4),
                xl.unetStep() - MemoryEstimate.of(shapes(SdLayout.sdxl()), 1024, 1024, 2, 1).unetStep(),
                "sliced to one row: one score array of 4096² instead of 20");
    }
}
