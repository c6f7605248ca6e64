package org.atelier.demo.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.diffusion.clip.ClipModelFiles;
import org.atelier.diffusion.clip.ClipTextEncoder;
import org.atelier.diffusion.clip.ClipVisionEncoder;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.runtime.Compute;
import org.atelier.training.TrainingDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDManager;

/**
 * The making of the demo's CLIP vision tower at a few hundred steps: it learns to tell the 21 colours and shapes
 * apart far above chance, the same seed makes the same file, and with the base model's text encoder it makes a
 * CLIPModel the encoders read.
 */
class DemoClipTest {

    @TempDir
    Path folder;

    @Test
    void theTowerLearnsTheShapesAndJoinsTheBaseModelsTextEncoder() throws Exception {
        Path base = folder.resolve("demo-base.safetensors");
        TrainingDemo.writeBaseModel(base);
        Path tokenizer = ClipTokenizer.writeByteLevel(folder.resolve("tokenizer"));
        Path first = folder.resolve("first.safetensors");
        DemoClip.Result result = DemoClip.make(base, tokenizer, first, 300, 7, s -> {
        });
        System.out.printf("demo CLIP, 300 steps: loss %.3f, nearest caption right %.0f %%%n", result.loss(), 100 * result.accuracy());
        assertTrue(result.accuracy() > 0.4, "far above chance (1 in 21): " + result.accuracy());
        Path second = folder.resolve("second.safetensors");
        DemoClip.make(base, tokenizer, second, 20, 7, s -> {
        });
        Path third = folder.resolve("third.safetensors");
        DemoClip.make(base, tokenizer, third, 20, 7, s -> {
        });
        assertArrayEquals(Files.readAllBytes(second), Files.readAllBytes(third), "the same seed and steps, the same file");

        Path clip = ClipModelFiles.assemble(base, first, folder.resolve("clip"));
        try (NDManager manager = Compute.engine().newBaseManager()) {
            ClipVisionEncoder vision = ClipVisionEncoder.open(clip, manager);
            assertEquals(DemoClip.IMAGE, vision.imageSize());
            assertEquals(DemoClip.PROJECTION, vision.embeddingSize());
            ClipTextEncoder text = ClipTextEncoder.openClipModel(clip, manager);
            assertEquals(32, text.width());
        }
    }
}
