package org.atelier.diffusion.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CLIP's tokenizer on a small vocabulary written here (every step worked by hand), and on CLIP's own vocabulary
 * from {@code ../shared/data/clip-tokenizer} where it is present.
 */
class ClipTokenizerTest {

    @TempDir
    Path folder;

    /**
     * Tokens: the letters c, a, t, d, o, g with and without {@code </w>}, "!", "!</w>", ",</w>", "Ã", "©</w>" (the
     * bytes of é), merges c+a, ca+t</w>, d+o, do+g</w>; start and end last.
     */
    private ClipTokenizer small() throws IOException {
        List<String> tokens = new ArrayList<>();
        for (String letter : List.of("c", "a", "t", "d", "o", "g")) {
            tokens.add(letter);
            tokens.add(letter + "</w>");
        }
        tokens.addAll(List.of("!", "!</w>", ",</w>", "Ã", "©</w>", "ca", "cat</w>", "do", "dog</w>", ClipTokenizer.START,
                ClipTokenizer.END));
        StringBuilder vocab = new StringBuilder("{");
        for (int i = 0; i < tokens.size(); i++) {
            vocab.append(i == 0 ? "" : ",").append('"').append(tokens.get(i)).append("\":").append(i);
        }
        Files.writeString(folder.resolve("vocab.json"), vocab.append('}').toString());
        Files.writeString(folder.resolve("merges.txt"), "#version: 0.2\nc a\nca t</w>\nd o\ndo g</w>\n");
        return ClipTokenizer.load(folder);
    }

    @Test
    void bytePairsAreMergedByRank() throws IOException {
        ClipTokenizer t = small();
        int cat = t.id("cat</w>");
        int dog = t.id("dog</w>");
        assertEquals(List.of(cat, dog), t.encode("cat dog"));
        assertEquals(List.of(cat, dog), t.encode("  CAT\n\tDog "), "whitespace collapsed, lower case");
        assertEquals(List.of(t.id("ca"), t.id("t"), t.id("t</w>")), t.encode("catt"), "ca+t</w> only at the end");
        assertEquals(List.of(cat, t.id("!"), t.id("!</w>")), t.encode("cat!!"), "punctuation is a piece of its own");
        assertEquals(List.of(t.id("Ã"), t.id("©</w>")), t.encode("é"), "UTF-8 bytes as CLIP's printable characters");
        assertEquals(List.of(t.id("Ã"), t.id("©</w>")), t.encode("e\u0301"), "NFC first: e + combining accent is é");
        assertEquals(List.of(cat, t.id(",</w>"), dog), t.encode("cat&amp;#44;dog"), "HTML entities unescaped twice");
        assertEquals(List.of(), t.encode(""));
        assertEquals(List.of(t.startId(), t.endId()), List.of(t.id(ClipTokenizer.START), t.id(ClipTokenizer.END)));
    }

    @Test
    void promptsAreCutIntoChunksOf75() throws IOException {
        ClipTokenizer t = small();
        int cat = t.id("cat</w>");
        PromptChunks chunks = new PromptChunks(t, t.endId());

        PromptChunks.Result one = chunks.chunks("(cat) dog");
        assertEquals(1, one.chunks().size());
        assertEquals(2, one.tokenCount());
        int[] tokens = one.chunks().get(0).tokens();
        assertEquals(77, tokens.length);
        assertEquals(List.of(t.startId(), cat, t.id("dog</w>"), t.endId(), t.endId()),
                List.of(tokens[0], tokens[1], tokens[2], tokens[3], tokens[76]), "start, prompt, padding, end");
        assertEquals(1.1, one.chunks().get(0).weights()[1], 1e-12);
        assertEquals(1.0, one.chunks().get(0).weights()[2], 1e-12);
        assertEquals(0, new PromptChunks(t, 0).chunks("cat").chunks().get(0).tokens()[5], "OpenCLIP pads with 0");

        // 70 cats, a comma, 10 cats: the first chunk fills up 5 tokens after the comma, so it ends at the comma
        String prompt = String.join(" ", Collections.nCopies(70, "cat")) + ", " + String.join(" ", Collections.nCopies(10, "cat"));
        PromptChunks.Result two = chunks.chunks(prompt);
        assertEquals(2, two.chunks().size());
        assertEquals(85, two.tokenCount());
        int[] first = two.chunks().get(0).tokens();
        assertEquals(t.id(",</w>"), first[71], "the first chunk ends at the comma");
        assertEquals(t.endId(), first[72], "and is padded from there");
        int[] second = two.chunks().get(1).tokens();
        assertEquals(cat, second[10]);
        assertEquals(t.endId(), second[11]);

        PromptChunks.Result broken = chunks.chunks("cat BREAK dog");
        assertEquals(2, broken.chunks().size(), "BREAK starts a new chunk");
        assertEquals(t.id("dog</w>"), broken.chunks().get(1).tokens()[1]);
        assertEquals(1, chunks.chunks("").chunks().size(), "an empty prompt is one chunk of padding");
    }

    @Test
    void aFolderWithoutTheFilesSaysWhatItNeeds() throws IOException {
        IOException missing = assertThrows(IOException.class, () -> ClipTokenizer.load(folder));
        assertTrue(missing.getMessage().contains("vocab.json and merges.txt"), missing.getMessage());
        Files.writeString(folder.resolve("vocab.json"), "[1, 2]");
        Files.writeString(folder.resolve("merges.txt"), "#version: 0.2\n");
        IOException damaged = assertThrows(IOException.class, () -> ClipTokenizer.load(folder));
        assertTrue(damaged.getMessage().contains("vocab.json: not a JSON object"), damaged.getMessage());
    }

    /** Known ids of CLIP's vocabulary; the data is not part of the project (see ../shared/data/clip-tokenizer). */
    @Test
    void clipsOwnVocabulary() throws IOException {
        Path data = Path.of(System.getProperty("atelier.sharedData", "../../../shared/data"), "clip-tokenizer");
        if (!Files.isRegularFile(data.resolve("vocab.json"))) {
            System.out.println("CLIP's vocabulary is not at " + data.toAbsolutePath()
                    + ": only the small vocabulary's checks ran");
            return;
        }
        ClipTokenizer clip = ClipTokenizer.load(data);
        assertEquals(49406, clip.startId());
        assertEquals(49407, clip.endId());
        assertEquals(List.of(320, 1125, 539, 320, 2368), clip.encode("a photo of a cat"));
        assertEquals(clip.encode("a photo of a cat"), clip.encode("A  Photo of a CAT"));
        PromptChunks.Result result = new PromptChunks(clip, clip.endId()).chunks("a photo of a cat");
        assertArrayEquals(new int[] { 49406, 320, 1125, 539, 320, 2368, 49407, 49407 },
                java.util.Arrays.copyOf(result.chunks().get(0).tokens(), 8));
        assertEquals(267, clip.id(",</w>"));
        // 100 words of one token each: two chunks, the second holding the last 25
        PromptChunks.Result long100 = new PromptChunks(clip, clip.endId()).chunks(String.join(" ", Collections.nCopies(100, "cat")));
        assertEquals(2, long100.chunks().size());
        assertEquals(100, long100.tokenCount());
        assertEquals(2368, long100.chunks().get(1).tokens()[25]);
        assertEquals(49407, long100.chunks().get(1).tokens()[26]);
    }
}
