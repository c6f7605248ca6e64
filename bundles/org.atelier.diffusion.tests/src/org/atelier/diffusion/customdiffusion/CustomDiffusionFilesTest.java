package org.atelier.diffusion.customdiffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diffusers' Custom Diffusion output: its names, its folder, and weights of another family refused. */
class CustomDiffusionFilesTest {

    @TempDir
    Path folder;

    @Test
    void aCheckpointKeyHasTheAttentionProcessorsName() {
        assertEquals("down_blocks.0.attentions.0.transformer_blocks.0.attn2.processor.to_k_custom_diffusion.weight",
                CustomDiffusionFiles.key("model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight"));
        assertEquals("mid_block.attentions.0.transformer_blocks.0.attn2.processor.to_out_custom_diffusion.0.bias",
                CustomDiffusionFiles.key("model.diffusion_model.middle_block.1.transformer_blocks.0.attn2.to_out.0.bias"));
        assertNull(CustomDiffusionFiles.key("model.diffusion_model.input_blocks.1.1.proj_in.weight"));
        assertNull(CustomDiffusionFiles.key("cond_stage_model.transformer.text_model.final_layer_norm.weight"));
    }

    @Test
    void aFolderGivesItsWeightsAndTokens() throws Exception {
        Path weights = folder.resolve(CustomDiffusionFiles.WEIGHTS);
        SyntheticCheckpoints.writeSafetensors(weights, List.of(new SdLayout.Entry(
                "down_blocks.0.attentions.0.transformer_blocks.0.attn2.processor.to_k_custom_diffusion.weight", new long[] { 4, 8 })),
                DType.F32, 1);
        SyntheticCheckpoints.writeSafetensors(folder.resolve("<new1>.safetensors"),
                List.of(new SdLayout.Entry("<new1>", new long[] { 8 })), DType.F32, 1);
        Files.writeString(folder.resolve("logs.txt"), "not a tensor file");
        CustomDiffusionFiles.Found found = CustomDiffusionFiles.find(folder);
        assertEquals(weights, found.weights());
        assertEquals(List.of(folder.resolve("<new1>.safetensors")), found.tokens());
        assertEquals(List.of(), CustomDiffusionFiles.find(weights).tokens(), "the weights file alone");
        Path empty = Files.createDirectories(folder.resolve("empty"));
        TensorFileException e = assertThrows(TensorFileException.class, () -> CustomDiffusionFiles.find(empty));
        assertTrue(e.getMessage().contains(CustomDiffusionFiles.WEIGHTS), e.getMessage());
    }

    @Test
    void weightsOfAnotherFamilyAreRefusedNamingBothWidths() throws Exception {
        Path model = folder.resolve("tiny.safetensors");
        SyntheticCheckpoints.writeSafetensors(model, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 1);
        Path sd2 = folder.resolve("sd2.safetensors");
        SyntheticCheckpoints.writeSafetensors(sd2, List.of(new SdLayout.Entry(
                "down_blocks.0.attentions.0.transformer_blocks.0.attn2.processor.to_k_custom_diffusion.weight",
                new long[] { 32, 1024 })), DType.F32, 1);
        try (SafetensorsReader source = SafetensorsReader.open(model)) {
            TensorFileException e = assertThrows(TensorFileException.class, () -> CustomDiffusionFiles.check(sd2, source));
            assertTrue(e.getMessage().contains("1024 wide (SD 2.x)") && e.getMessage().contains("this model's is 32 wide"),
                    e.getMessage());
        }
    }
}
