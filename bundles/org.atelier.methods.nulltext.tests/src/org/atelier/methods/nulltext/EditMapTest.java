package org.atelier.methods.nulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.atelier.diffusion.text.ClipTokenizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token maps of prompt-to-prompt's edits, on the byte-level tokenizer (a token per character: "red" is 3 tokens,
 * "blue" 4, so swaps of unequal counts are easy to write).
 */
class EditMapTest {

    @TempDir
    Path folder;

    private ClipTokenizer tokenizer;

    @BeforeEach
    void tokenizer() throws Exception {
        tokenizer = ClipTokenizer.load(ClipTokenizer.writeByteLevel(folder.resolve("tokenizer")));
    }

    @Test
    void theCaptionItselfIsTheIdentity() {
        EditMap same = EditMap.of(tokenizer, "a red circle", "a red circle", Map.of());
        assertTrue(same.isIdentity());
        assertTrue(EditMap.identity().isIdentity());
    }

    @Test
    void aSwapOfEqualTokenCountsMapsPositionForPosition() {
        EditMap swap = EditMap.of(tokenizer, "a red circle", "a tan circle", Map.of());
        // positions: 0 start, 1 "a", 2-4 "red"/"tan", 5-10 "circle", then the end token and padding
        for (int t = 0; t < EditMap.LENGTH; t++) {
            assertEquals(1f, swap.mapper()[t][t], "token " + t);
            assertEquals(1f, swap.kept()[t]);
        }
    }

    @Test
    void aSwapOfUnequalCountsSpreadsTheWordsMapsAndShiftsTheRest() {
        EditMap swap = EditMap.of(tokenizer, "a red circle", "a blue circle", Map.of());
        float[][] m = swap.mapper();
        assertEquals(1f, m[1][1]); // "a"
        for (int s = 2; s <= 4; s++) {
            for (int t = 2; t <= 5; t++) {
                assertEquals(0.25f, m[s][t], "red's token " + s + " to blue's " + t);
            }
        }
        // "circle" starts at 5 in the caption and at 6 in the edit
        for (int k = 0; k < 6; k++) {
            assertEquals(1f, m[5 + k][6 + k]);
            assertEquals(0f, m[5 + k][5 + k]);
        }
        assertEquals(1f, m[11][12], "the end token follows");
        assertEquals(1f, m[EditMap.LENGTH - 2][EditMap.LENGTH - 1], "the padding follows to the end");
    }

    @Test
    void addedWordsKeepTheirOwnMapsAndTheOthersTakeTheCaptions() {
        EditMap added = EditMap.of(tokenizer, "a circle", "a big circle", Map.of());
        assertEquals(1f, added.mapper()[1][1]);
        for (int t = 2; t <= 4; t++) {
            assertEquals(0f, added.kept()[t], "'big' token " + t + " keeps its own map");
        }
        for (int k = 0; k < 6; k++) {
            assertEquals(1f, added.mapper()[2 + k][5 + k], "circle");
            assertEquals(1f, added.kept()[5 + k]);
        }
        assertEquals(1f, added.mapper()[8][11], "the end token");
    }

    @Test
    void anEditThatDropsAndChangesWordsCannotBeAligned() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EditMap.of(tokenizer, "a red circle", "squares", Map.of()));
        assertTrue(e.getMessage().contains("'squares'") && e.getMessage().contains("word swap"), e.getMessage());
    }

    @Test
    void reweightingScalesTheWordsTokensInTheEdit() {
        EditMap weighted = EditMap.of(tokenizer, "a red circle", "a red circle", EditMap.parseWeights("red=2"));
        for (int t = 0; t < EditMap.LENGTH; t++) {
            assertEquals(t >= 2 && t <= 4 ? 2f : 1f, weighted.weights()[t], "token " + t);
        }
        assertFalse(weighted.isIdentity());
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class,
                () -> EditMap.of(tokenizer, "a red circle", "a red circle", Map.of("blue", 2.0)));
        assertTrue(absent.getMessage().contains("'blue'"), absent.getMessage());
        for (String bad : new String[] { "red", "red=x", "=2", "red=2=3" }) {
            assertThrows(IllegalArgumentException.class, () -> EditMap.parseWeights(bad), bad);
        }
        assertEquals(Map.of("red", 2.0, "cat", 0.5), EditMap.parseWeights(" red = 2, cat=0.5 "));
    }

    @Test
    void aCaptionLongerThanAChunkIsRefused() {
        String longText = "a " + "very ".repeat(20) + "red circle";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EditMap.of(tokenizer, longText, longText, Map.of()));
        assertTrue(e.getMessage().contains("one chunk"), e.getMessage());
    }
}
