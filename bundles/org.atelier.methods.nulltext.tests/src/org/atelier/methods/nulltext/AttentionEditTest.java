package org.atelier.methods.nulltext;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.runtime.Compute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The attention control on a batch of the caption and one edit (rows: unconditional caption, unconditional edit,
 * caption, edit; two heads each): what the edit's maps become, and what is left alone.
 */
class AttentionEditTest {

    private static final int HEADS = 2;

    @TempDir
    Path folder;

    private static NDArray weights(NDManager manager, long positions) {
        manager.getEngine().setRandomSeed(3);
        return manager.randomUniform(0, 1, new Shape(4L * HEADS, positions, EditMap.LENGTH)).softmax(-1);
    }

    /** The edit's conditional row, {@code [heads, positions, tokens]}. */
    private static NDArray editRow(NDArray all, long positions) {
        return all.reshape(4, HEADS, positions, EditMap.LENGTH).get(3);
    }

    private static NDArray sourceRow(NDArray all, long positions) {
        return all.reshape(4, HEADS, positions, EditMap.LENGTH).get(2);
    }

    @Test
    void aWordSwapKeepsTheOtherTokensMapsAndGivesTheNewWordTheOld() throws Exception {
        ClipTokenizer tokenizer = ClipTokenizer.load(ClipTokenizer.writeByteLevel(folder.resolve("tokenizer")));
        EditMap swap = EditMap.of(tokenizer, "a red circle", "a blue circle", Map.of());
        try (NDManager manager = Compute.engine().newBaseManager()) {
            NDArray w = weights(manager, 16);
            AttentionEdit control = new AttentionEdit(manager, List.of(swap), 10, 0);
            control.step(0);
            NDArray out = control.control(w, true, HEADS);
            NDArray source = sourceRow(w, 16);
            NDArray edit = editRow(out, 16);
            // "a" at 1, "circle" 5..10 in the caption and 6..11 in the edit, the end token after: the source's maps
            assertArrayEquals(source.get(":, :, 1").toFloatArray(), edit.get(":, :, 1").toFloatArray());
            for (int k = 0; k < 7; k++) {
                assertArrayEquals(source.get(":, :, " + (5 + k)).toFloatArray(), edit.get(":, :, " + (6 + k)).toFloatArray(),
                        "token " + (6 + k));
            }
            // "blue" (2..5) takes the mean of "red"'s three maps (2..4) spread over its four tokens
            NDArray red = source.get(":, :, 2:5").sum(new int[] { 2 }).div(4f);
            assertEquals(0, edit.get(":, :, 3").sub(red).abs().max().getFloat(), 1e-6);
            // the caption's rows and the unconditional rows are left as they were
            assertArrayEquals(w.get(":" + 3 * HEADS).toFloatArray(), out.get(":" + 3 * HEADS).toFloatArray());
            // after the cross-replace steps the edit keeps its own maps
            control.step(10);
            assertSame(w, control.control(w, true, HEADS));
        }
    }

    @Test
    void addedWordsKeepTheirOwnMapsAndReweightingScalesAWord() throws Exception {
        ClipTokenizer tokenizer = ClipTokenizer.load(ClipTokenizer.writeByteLevel(folder.resolve("tokenizer")));
        EditMap added = EditMap.of(tokenizer, "a circle", "a big circle", Map.of("circle", 3.0));
        try (NDManager manager = Compute.engine().newBaseManager()) {
            NDArray w = weights(manager, 4);
            AttentionEdit control = new AttentionEdit(manager, List.of(added), 1, 0);
            NDArray out = control.control(w, true, HEADS);
            NDArray edit = editRow(out, 4);
            assertArrayEquals(editRow(w, 4).get(":, :, 2:5").toFloatArray(), edit.get(":, :, 2:5").toFloatArray(),
                    "'big' keeps its own maps");
            assertEquals(0, edit.get(":, :, 5:11").sub(sourceRow(w, 4).get(":, :, 2:8").mul(3f)).abs().max().getFloat(), 1e-6,
                    "'circle' takes the caption's maps, three times");
        }
    }

    @Test
    void selfAttentionIsTheSourcesForItsStepsInLayersOf32By32OrFewer() throws Exception {
        try (NDManager manager = Compute.engine().newBaseManager()) {
            AttentionEdit control = new AttentionEdit(manager, List.of(EditMap.identity()), 0, 2);
            manager.getEngine().setRandomSeed(5);
            NDArray small = manager.randomUniform(0, 1, new Shape(4L * HEADS, 64, 64));
            NDArray out = control.control(small, false, HEADS);
            NDArray all = out.reshape(4, HEADS, 64, 64);
            assertArrayEquals(all.get(2).toFloatArray(), all.get(3).toFloatArray());
            long large = AttentionEdit.SELF_POSITIONS * 4;
            NDArray big = manager.zeros(new Shape(4L * HEADS, large, 1));
            assertSame(big, control.control(big, false, HEADS), "64x64 layers keep their own");
            control.step(2);
            assertSame(small, control.control(small, false, HEADS), "past the self-replace steps");
        }
    }
}
