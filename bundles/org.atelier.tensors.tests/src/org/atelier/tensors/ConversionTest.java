package org.atelier.tensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

import org.atelier.tensors.ModelInfo.Architecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;

class ConversionTest {

    @TempDir
    Path folder;

    @Test
    void knownNames() {
        assertEquals("down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q.weight",
                KeyMap.unetToDiffusers("input_blocks.1.1.transformer_blocks.0.attn1.to_q.weight"));
        assertEquals("down_blocks.0.downsamplers.0.conv.weight", KeyMap.unetToDiffusers("input_blocks.3.0.op.weight"));
        assertEquals("down_blocks.1.resnets.0.conv_shortcut.weight", KeyMap.unetToDiffusers("input_blocks.4.0.skip_connection.weight"));
        assertEquals("up_blocks.0.upsamplers.0.conv.weight", KeyMap.unetToDiffusers("output_blocks.2.1.conv.weight"));
        assertEquals("up_blocks.1.upsamplers.0.conv.bias", KeyMap.unetToDiffusers("output_blocks.5.2.conv.bias"));
        assertEquals("up_blocks.3.attentions.2.proj_out.weight", KeyMap.unetToDiffusers("output_blocks.11.1.proj_out.weight"));
        assertEquals("mid_block.resnets.1.time_emb_proj.weight", KeyMap.unetToDiffusers("middle_block.2.emb_layers.1.weight"));
        assertEquals("time_embedding.linear_2.bias", KeyMap.unetToDiffusers("time_embed.2.bias"));
        assertEquals("add_embedding.linear_1.weight", KeyMap.unetToDiffusers("label_emb.0.0.weight"));
        assertEquals("decoder.up_blocks.0.resnets.0.conv1.weight", KeyMap.vaeToDiffusers("decoder.up.3.block.0.conv1.weight", 4));
        assertEquals("decoder.up_blocks.2.upsamplers.0.conv.weight", KeyMap.vaeToDiffusers("decoder.up.1.upsample.conv.weight", 4));
        assertEquals("encoder.mid_block.attentions.0.to_out.0.weight", KeyMap.vaeToDiffusers("encoder.mid.attn_1.proj_out.weight", 4));
        assertEquals("encoder.down_blocks.1.resnets.0.conv_shortcut.bias", KeyMap.vaeToDiffusers("encoder.down.1.block.0.nin_shortcut.bias", 4));
        assertEquals("decoder.conv_norm_out.weight", KeyMap.vaeToDiffusers("decoder.norm_out.weight", 4));
        assertEquals("text_model.encoder.layers.3.mlp.fc1.weight", KeyMap.openClipToHf("transformer.resblocks.3.mlp.c_fc.weight"));
        assertEquals("text_model.encoder.layers.0.self_attn.out_proj.bias", KeyMap.openClipToHf("transformer.resblocks.0.attn.out_proj.bias"));
    }

    /** Every key of the real layouts has a diffusers name, no two share one, and the way back is exact. */
    @Test
    void theMappingIsCompleteAndInvertibleForRealLayouts() {
        for (SdLayout.Config config : List.of(SdLayout.sd1(), SdLayout.sd2(), SdLayout.sdxl())) {
            List<SdLayout.Entry> layout = SdLayout.checkpoint(config);
            Set<String> unet = new HashSet<>();
            Set<Integer> upAttention = new HashSet<>();
            for (SdLayout.Entry e : layout) {
                if (e.name().startsWith("model.diffusion_model.")) {
                    String d = KeyMap.unetToDiffusers(e.name().substring("model.diffusion_model.".length()));
                    assertNotNull(d, e.name());
                    assertTrue(unet.add(d), "two keys map to " + d);
                    if (d.matches("up_blocks\\.\\d+\\.attentions\\..*")) {
                        upAttention.add(Integer.parseInt(d.split("\\.")[1]));
                    }
                }
            }
            IntPredicate attention = upAttention::contains;
            for (SdLayout.Entry e : layout) {
                if (e.name().startsWith("model.diffusion_model.")) {
                    String key = e.name().substring("model.diffusion_model.".length());
                    assertEquals(key, KeyMap.unetToLdm(KeyMap.unetToDiffusers(key), attention));
                } else if (e.name().startsWith("first_stage_model.")) {
                    String key = e.name().substring("first_stage_model.".length());
                    assertEquals(key, KeyMap.vaeToLdm(KeyMap.vaeToDiffusers(key, 4), 4));
                }
            }
            if (config == SdLayout.sd1()) {
                assertEquals(686, unet.size(), "the SD 1.5 UNet has 686 tensors in either layout");
            }
        }
        assertEquals(248, SdLayout.checkpoint(SdLayout.sd1()).stream().filter(e -> e.name().startsWith("first_stage_model.")).count());
    }

    private static Map<String, float[]> read(TensorSource source) throws IOException {
        Map<String, float[]> values = new java.util.LinkedHashMap<>();
        for (TensorInfo t : source.tensors()) {
            values.put(t.name(), source.floats(t));
        }
        return values;
    }

    private void roundTrip(SdLayout.Config config, String name, Architecture architecture, Set<String> lost) throws IOException {
        Path single = folder.resolve(name + ".safetensors");
        SyntheticCheckpoints.writeSafetensors(single, SdLayout.checkpoint(config), DType.F32, 11);
        Path diffusers = folder.resolve(name + "-diffusers");
        try (TensorSource source = TensorFiles.open(single)) {
            SdConverter.toDiffusers(source, diffusers, null, null, SdConverter.Progress.NONE);
        }
        assertTrue(Files.isRegularFile(diffusers.resolve("unet/diffusion_pytorch_model.safetensors")));
        assertTrue(Files.isRegularFile(diffusers.resolve("model_index.json")));
        Path back = folder.resolve(name + "-back.safetensors");
        try (DiffusersFolder source = DiffusersFolder.open(diffusers)) {
            assertEquals(architecture, ModelDetector.detect(source).architecture(), "the folder is recognised");
            SdConverter.fromDiffusers(source, back, null, SdConverter.Progress.NONE);
        }
        try (TensorSource original = TensorFiles.open(single); TensorSource converted = TensorFiles.open(back)) {
            Map<String, float[]> a = read(original);
            Map<String, float[]> b = read(converted);
            Set<String> missing = a.keySet().stream().filter(k -> !b.containsKey(k)).collect(Collectors.toSet());
            assertEquals(lost, missing, "what the diffusers layout has no place for");
            assertEquals(Set.of(), b.keySet().stream().filter(k -> !a.containsKey(k)).collect(Collectors.toSet()));
            for (String key : b.keySet()) {
                assertArrayEquals(a.get(key), b.get(key), key);
                assertArrayEquals(original.tensor(key).shape(), converted.tensor(key).shape(), key);
            }
            assertEquals(architecture, ModelDetector.detect(converted).architecture());
        }
    }

    @Test
    void sd1RoundTripsExactly() throws IOException {
        roundTrip(SdLayout.tinySd1(), "sd1", Architecture.SD1, Set.of());
        JsonObject unet = JsonParser.parseString(Files.readString(folder.resolve("sd1-diffusers/unet/config.json"))).getAsJsonObject();
        assertEquals("[32,64,128,128]", unet.get("block_out_channels").toString());
        assertEquals(32, unet.get("cross_attention_dim").getAsInt());
        assertEquals("[\"CrossAttnDownBlock2D\",\"CrossAttnDownBlock2D\",\"CrossAttnDownBlock2D\",\"DownBlock2D\"]",
                unet.get("down_block_types").toString());
        assertTrue(!unet.get("use_linear_projection").getAsBoolean());
        JsonObject vae = JsonParser.parseString(Files.readString(folder.resolve("sd1-diffusers/vae/config.json"))).getAsJsonObject();
        assertEquals(0.18215, vae.get("scaling_factor").getAsDouble());
        try (SafetensorsReader v = SafetensorsReader.open(folder.resolve("sd1-diffusers/vae/diffusion_pytorch_model.safetensors"))) {
            assertArrayEquals(new long[] { 128, 128 }, v.tensor("encoder.mid_block.attentions.0.to_q.weight").shape(),
                    "the VAE's 1x1 attention convolutions become linear layers");
        }
    }

    @Test
    void sdxlRoundTripsExactlyWithItsOpenClipSplitAndTransposed() throws IOException {
        roundTrip(SdLayout.tinySdxl(), "sdxl", Architecture.SDXL, Set.of("conditioner.embedders.1.model.logit_scale"));
        try (TensorSource single = TensorFiles.open(folder.resolve("sdxl.safetensors"));
                SafetensorsReader te2 = SafetensorsReader.open(folder.resolve("sdxl-diffusers/text_encoder_2/model.safetensors"))) {
            float[] fused = single.floats(single.tensor("conditioner.embedders.1.model.transformer.resblocks.1.attn.in_proj_weight"));
            float[] k = te2.floats(te2.tensor("text_model.encoder.layers.1.self_attn.k_proj.weight"));
            assertArrayEquals(java.util.Arrays.copyOfRange(fused, 64 * 64, 2 * 64 * 64), k, "k is the middle third");
            float[] p = single.floats(single.tensor("conditioner.embedders.1.model.text_projection"));
            float[] t = te2.floats(te2.tensor("text_projection.weight"));
            assertEquals(p[1 * 64 + 5], t[5 * 64 + 1], "the projection is transposed");
        }
        JsonObject te2 = JsonParser.parseString(Files.readString(folder.resolve("sdxl-diffusers/text_encoder_2/config.json"))).getAsJsonObject();
        assertEquals("CLIPTextModelWithProjection", te2.getAsJsonArray("architectures").get(0).getAsString());
        assertEquals(2, te2.get("num_hidden_layers").getAsInt());
    }

    @Test
    void sd2KeepsWhatDiffusersKeeps() throws IOException {
        Set<String> lost = SdLayout.checkpoint(SdLayout.tinySd2()).stream().map(SdLayout.Entry::name)
                .filter(n -> n.startsWith("cond_stage_model.model.transformer.resblocks.1.") || n.endsWith("logit_scale")
                        || n.endsWith("text_projection"))
                .collect(Collectors.toSet());
        roundTrip(SdLayout.tinySd2(), "sd2", Architecture.SD2, lost);
        JsonObject te = JsonParser.parseString(Files.readString(folder.resolve("sd2-diffusers/text_encoder/config.json"))).getAsJsonObject();
        assertEquals(1, te.get("num_hidden_layers").getAsInt(), "SD 2.x reads the penultimate layer: diffusers keeps one less");
        assertEquals("gelu", te.get("hidden_act").getAsString());
    }

    @Test
    void dtypeAndContainerChanges() throws IOException {
        Path ckpt = folder.resolve("model.ckpt");
        SyntheticCheckpoints.writeCkpt(ckpt, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F32, 4);
        Path half = folder.resolve("model-fp16.safetensors");
        try (TensorSource source = TensorFiles.open(ckpt)) {
            SdConverter.toSingleFile(source, half, DType.F16, SdConverter.Progress.NONE);
        }
        try (TensorSource a = TensorFiles.open(ckpt); SafetensorsReader b = SafetensorsReader.open(half)) {
            assertEquals("pt", b.metadata().get("format"));
            assertEquals(a.tensors().size(), b.tensors().size());
            for (TensorInfo t : b.tensors()) {
                assertEquals(DType.F16, t.dtype(), t.name());
                float[] original = a.floats(a.tensor(t.name()));
                float[] converted = b.floats(t);
                for (int i = 0; i < original.length; i++) {
                    assertEquals(Floats.halfToFloat(Floats.floatToHalf(original[i])), converted[i], t.name());
                }
            }
        }
        Path backToCkpt = folder.resolve("again.ckpt");
        try (TensorSource source = TensorFiles.open(half)) {
            SdConverter.toSingleFile(source, backToCkpt, DType.BF16, SdConverter.Progress.NONE);
        }
        try (TorchFile torch = TorchFile.open(backToCkpt)) {
            assertEquals(DType.BF16, torch.tensors().get(0).dtype());
            assertEquals(ModelInfo.Architecture.SD1, ModelDetector.detect(torch).architecture());
        }
    }
}
