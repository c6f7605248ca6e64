package org.atelier.diffusion.unet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.atelier.diffusion.vae.Vae;
import org.atelier.runtime.Compute;
import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.atelier.tensors.TensorFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** The UNet and the VAE of tiny checkpoints in the SD 1.x and 2.x layouts: shapes through every part, determinism. */
class UNetAndVaeTest {

    @TempDir
    Path folder;

    @Test
    void timestepEmbeddingIsCosinesThenSines() throws Exception {
        try (NDManager manager = Compute.engine().newBaseManager()) {
            float[] e = UNet.timestepEmbedding(manager.create(new float[] { 0f, 10f }), 4).toFloatArray();
            // dim 4: half 2, frequencies exp(-ln(10000) * i / 2) = 1 and 1/100
            assertArrayEquals(new float[] { 1, 1, 0, 0, (float) Math.cos(10), (float) Math.cos(0.1), (float) Math.sin(10),
                    (float) Math.sin(0.1) }, e, 1e-6f);
        }
    }

    @Test
    void sd1AndSd2UNetsPredictLatentsOfTheirShape() throws Exception {
        for (SdLayout.Config config : new SdLayout.Config[] { SdLayout.tinySd1(), SdLayout.tinySd2() }) {
            Path file = folder.resolve("model-" + config.contextDim() + ".safetensors");
            SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(config), DType.F16, 3);
            try (SafetensorsReader source = SafetensorsReader.open(file);
                    NDManager manager = Compute.engine().newBaseManager()) {
                UNet unet = UNet.load(source, "model.diffusion_model.", manager);
                assertEquals(4, unet.inChannels());
                assertEquals(config.contextDim(), unet.contextDim());
                manager.getEngine().setRandomSeed(1);
                NDArray x = manager.randomNormal(new Shape(2, 4, 8, 8));
                NDArray context = manager.randomNormal(new Shape(2, 77, config.contextDim()));
                NDArray t = manager.create(new float[] { 999f, 12.5f });
                NDArray eps = unet.forward(x, t, context);
                assertEquals(new Shape(2, 4, 8, 8), eps.getShape());
                float[] once = eps.toFloatArray();
                for (float v : once) {
                    assertTrue(Float.isFinite(v));
                }
                assertArrayEquals(once, unet.forward(x, t, context).toFloatArray(), "the same input, the same output");
                unet.setAttentionSlice(1);
                assertArrayEquals(once, unet.forward(x, t, context).toFloatArray(), 1e-5f, "sliced attention alike");
                assertFalse(java.util.Arrays.equals(once, unet.forward(x, manager.create(new float[] { 500f, 12.5f }),
                        context).toFloatArray()), "the timestep matters");
                try (NDManager scope = manager.newSubManager()) {
                    NDArray in = scope.randomNormal(new Shape(1, 4, 8, 8));
                    NDArray times = scope.create(new float[] { 10f });
                    NDArray text = scope.randomNormal(new Shape(1, 77, config.contextDim()));
                    unet.forward(in, times, text);
                    unet.forward(in, times, text);
                    assertEquals(5, scope.getManagedArrays().size(),
                            "a pass leaves its result only: the activations are freed as it goes");
                }
            }
        }
    }

    @Test
    void theVaeDecodesAndEncodesEightTimesSmaller() throws Exception {
        Path file = folder.resolve("sd1.safetensors");
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 4);
        try (SafetensorsReader source = SafetensorsReader.open(file); NDManager manager = Compute.engine().newBaseManager()) {
            Vae vae = Vae.load(source, "first_stage_model.", manager, 0.18215f);
            assertEquals(4, vae.levels());
            NDArray image = vae.decode(manager.randomNormal(new Shape(1, 4, 4, 6)));
            assertEquals(new Shape(1, 3, 32, 48), image.getShape());
            NDArray latents = vae.encode(image.clip(-1, 1));
            assertEquals(new Shape(1, 4, 4, 6), latents.getShape());
            TensorFileException notAVae = assertThrows(TensorFileException.class,
                    () -> Vae.load(source, "model.diffusion_model.", manager, 0.18215f));
            assertTrue(notAVae.getMessage().contains("not a Stable Diffusion VAE"), notAVae.getMessage());
            TensorFileException notAUNet = assertThrows(TensorFileException.class,
                    () -> UNet.load(source, "first_stage_model.", manager));
            assertTrue(notAUNet.getMessage().contains("not a Stable Diffusion UNet"), notAUNet.getMessage());
        }
    }
}
