package org.atelier.tensors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.atelier.tensors.ModelInfo.Architecture;
import org.atelier.tensors.ModelInfo.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;

class DetectionTest {

    @TempDir
    Path folder;

    private static long parameters(List<SdLayout.Entry> layout, String prefix) {
        return layout.stream().filter(e -> e.name().startsWith(prefix)).mapToLong(SdLayout.Entry::numel).sum();
    }

    /** The layouts at real size have the parameter counts of the real models. */
    @Test
    void fullSizeLayoutsMatchTheRealModels() {
        List<SdLayout.Entry> sd1 = SdLayout.checkpoint(SdLayout.sd1());
        assertEquals(859_520_964L, parameters(sd1, "model.diffusion_model."), "SD 1.5 UNet");
        assertEquals(83_653_863L, parameters(sd1, "first_stage_model."), "SD 1.x VAE");
        assertEquals(123_060_480L, parameters(sd1, "cond_stage_model."), "CLIP ViT-L/14 text encoder");
        assertEquals(1_066_235_307L, sd1.stream().mapToLong(SdLayout.Entry::numel).sum());
        List<SdLayout.Entry> sd2 = SdLayout.checkpoint(SdLayout.sd2());
        assertEquals(865_910_724L, parameters(sd2, "model.diffusion_model."), "SD 2.x UNet");
        List<SdLayout.Entry> sdxl = SdLayout.checkpoint(SdLayout.sdxl());
        assertEquals(2_567_463_684L, parameters(sdxl, "model.diffusion_model."), "SDXL UNet");
    }

    private ModelInfo detect(SdLayout.Config config, String name) throws IOException {
        Path file = folder.resolve(name + ".safetensors");
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(config), DType.F16, 1);
        try (TensorSource source = TensorFiles.open(file)) {
            return ModelDetector.detect(source);
        }
    }

    @Test
    void eachFamilyIsRecognised() throws IOException {
        ModelInfo sd1 = detect(SdLayout.tinySd1(), "sd1");
        assertEquals(Kind.CHECKPOINT, sd1.kind());
        assertEquals(Architecture.SD1, sd1.architecture());
        assertEquals("epsilon", sd1.prediction());
        assertNull(sd1.variant());
        assertEquals(List.of("UNet", "VAE", "Text encoder (CLIP)"), sd1.components().stream().map(ModelInfo.Component::name).toList());
        assertEquals("SD 1.x Stable Diffusion checkpoint (epsilon)", sd1.summary());

        assertEquals(Architecture.SD2, detect(SdLayout.tinySd2(), "sd2").architecture());
        ModelInfo sdxl = detect(SdLayout.tinySdxl(), "sdxl");
        assertEquals(Architecture.SDXL, sdxl.architecture());
        assertEquals(4, sdxl.components().size());
        assertEquals(Architecture.SDXL_REFINER, detect(SdLayout.tinySdxlRefiner(), "refiner").architecture());
        assertEquals("inpainting", detect(SdLayout.tinySd1().withInChannels(9), "inpaint").variant());
        assertEquals("instruct-pix2pix", detect(SdLayout.tinySd1().withInChannels(8), "ip2p").variant());
    }

    @Test
    void sd2VPredictionFromTheSpreadOfOneBias() throws IOException {
        Path file = folder.resolve("sd2v.safetensors");
        String bias = "model.diffusion_model.output_blocks.11.1.transformer_blocks.0.norm1.bias";
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(SdLayout.tinySd2()), DType.F32, 1, Map.of(),
                e -> e.name().equals(bias) ? SyntheticCheckpoints.random((int) e.numel(), 5) : null);
        try (TensorSource source = TensorFiles.open(file)) {
            assertEquals("epsilon", ModelDetector.detect(source).prediction(), "uniform ±0.05 has std 0.029");
        }
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(SdLayout.tinySd2()), DType.F32, 1, Map.of(),
                e -> {
                    if (!e.name().equals(bias)) {
                        return null;
                    }
                    float[] v = SyntheticCheckpoints.random((int) e.numel(), 5);
                    for (int i = 0; i < v.length; i++) {
                        v[i] *= 10;
                    }
                    return v;
                });
        try (TensorSource source = TensorFiles.open(file)) {
            assertEquals("v-prediction", ModelDetector.detect(source).prediction(), "ten times wider: std 0.29");
        }
    }

    @Test
    void aCkptIsReadLikeASafetensors() throws IOException {
        Path file = folder.resolve("sd1.ckpt");
        SyntheticCheckpoints.writeCkpt(file, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F32, 3);
        try (TensorSource source = TensorFiles.open(file)) {
            assertEquals("torch zip pickle", TensorFiles.container(source));
            ModelInfo info = ModelDetector.detect(source);
            assertEquals(Architecture.SD1, info.architecture());
            assertEquals(SdLayout.checkpoint(SdLayout.tinySd1()).size(), source.tensors().size());
        }
    }

    @Test
    void embeddingsLorasAndHypernetworks() throws IOException {
        Path ti = folder.resolve("ti.safetensors");
        SyntheticCheckpoints.writeSafetensors(ti, List.of(new SdLayout.Entry("emb_params", new long[] { 4, 768 })), DType.F32, 1);
        try (TensorSource source = TensorFiles.open(ti)) {
            ModelInfo info = ModelDetector.detect(source);
            assertEquals(Kind.EMBEDDING, info.kind());
            assertEquals(Architecture.SD1, info.architecture());
            assertTrue(info.notes().get(0).startsWith("4 vectors of width 768 (kohya format)"), info.notes().toString());
        }
        Path xl = folder.resolve("xl.safetensors");
        SyntheticCheckpoints.writeSafetensors(xl, List.of(new SdLayout.Entry("clip_g", new long[] { 2, 1280 }),
                new SdLayout.Entry("clip_l", new long[] { 2, 768 })), DType.F32, 1);
        try (TensorSource source = TensorFiles.open(xl)) {
            assertEquals(Architecture.SDXL, ModelDetector.detect(source).architecture());
        }
        Path lora = folder.resolve("lora.safetensors");
        String module = "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k";
        SyntheticCheckpoints.writeSafetensors(lora, List.of(new SdLayout.Entry(module + ".lora_down.weight", new long[] { 4, 768 }),
                new SdLayout.Entry(module + ".lora_up.weight", new long[] { 320, 4 }),
                new SdLayout.Entry(module + ".alpha", new long[] {})), DType.F16, 1, Map.of("ss_network_module", "networks.lora"),
                e -> e.name().endsWith("alpha") ? new float[] { 1f } : null);
        try (TensorSource source = TensorFiles.open(lora)) {
            ModelInfo info = ModelDetector.detect(source);
            assertEquals(Kind.LORA, info.kind());
            assertEquals(Architecture.SD1, info.architecture());
            assertEquals(List.of("rank 4", "alpha 1.0", "1 modules", "trained with networks.lora"), info.notes());
        }
        Path hn = folder.resolve("hn.pt");
        TorchWriter.write(hn, Map.of(768L, new Pickle.Tuple(List.of(
                Map.of("linear.0.weight", TorchWriter.Data.ofFloats(new float[768 * 1536], new long[] { 1536, 768 }, DType.F32)),
                Map.of("linear.0.weight", TorchWriter.Data.ofFloats(new float[768 * 1536], new long[] { 1536, 768 }, DType.F32))))));
        try (TensorSource source = TensorFiles.open(hn)) {
            ModelInfo info = ModelDetector.detect(source);
            assertEquals(Kind.HYPERNETWORK, info.kind());
            assertEquals(Architecture.SD1, info.architecture());
        }
    }
}
