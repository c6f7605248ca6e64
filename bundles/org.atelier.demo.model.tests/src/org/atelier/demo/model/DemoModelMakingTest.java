package org.atelier.demo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.atelier.tensors.DType;
import org.atelier.tensors.Hashes;
import org.atelier.tensors.ModelDetector;
import org.atelier.tensors.ModelInfo;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The making of the demo model, at a few steps on a few pictures: a checkpoint of the tiny SD 1.x layout in fp16 with
 * its recipe in the metadata, the VAE and the UNet both changed from where they started, and the same recipe makes
 * the same file.
 */
class DemoModelMakingTest {

    @TempDir
    Path folder;

    private static DemoModel.Recipe quick(long seed) {
        DemoModel.Recipe standard = DemoModel.Recipe.standard().withSteps(3, 3).withSeed(seed);
        return new DemoModel.Recipe(standard.seed(), 1, standard.vae(), standard.unetSteps(), 4, standard.unetRate(),
                standard.emaDecay(), standard.captionDropout());
    }

    private Path make(String name, DemoModel.Recipe recipe) throws Exception {
        Path out = folder.resolve(name + ".safetensors");
        StringWriter log = new StringWriter();
        DemoModel.make(recipe, out, folder.resolve(name), new PrintWriter(log));
        assertTrue(log.toString().contains("21 pictures of 7 colours and 3 shapes"), log.toString());
        return out;
    }

    @Test
    void aCheckpointOfTheTinyLayoutInFp16WithItsRecipeAndTheSameFileFromTheSameRecipe() throws Exception {
        Path first = make("first", quick(7));
        try (TensorSource source = TensorFiles.open(first)) {
            assertEquals(ModelInfo.Architecture.SD1, ModelDetector.detect(source).architecture());
            List<SdLayout.Entry> layout = SdLayout.checkpoint(SdLayout.tinySd1());
            assertEquals(layout.size(), source.tensors().size());
            for (SdLayout.Entry entry : layout) {
                TensorInfo tensor = source.tensor(entry.name());
                assertTrue(tensor != null && tensor.dtype() == DType.F16
                        && java.util.Arrays.equals(entry.shape(), tensor.shape()), entry.name());
            }
            assertTrue(source.metadata().get("atelier_demo_model").contains("\"seed\":7"), source.metadata().toString());
            // started at zero (see Initialisation), trained away from it: the VAE's residual blocks and the UNet's
            for (String key : List.of("first_stage_model.decoder.up.0.block.0.conv2.weight",
                    "model.diffusion_model.out.2.weight")) {
                float[] values = source.floats(source.tensor(key));
                float largest = 0;
                for (float v : values) {
                    largest = Math.max(largest, Math.abs(v));
                }
                assertTrue(largest > 0, key + " trained");
            }
        }
        Path again = make("again", quick(7));
        assertEquals(Hashes.sha256(first), Hashes.sha256(again), "the same recipe makes the same file");
    }
}
