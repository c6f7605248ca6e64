package org.atelier.methods.nulltext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.diffusion.text.ClipTokenizer;

/**
 * How an edited caption's tokens take the source caption's cross-attention maps, as prompt-to-prompt's
 * {@code seq_aligner} works it out from the words (split at spaces) and their CLIP tokens:
 * <ul>
 * <li>a <b>word swap</b> (as many words, some changed): each token keeps its position's map, a changed word's tokens
 * taking its source word's maps (spread evenly over its tokens where their counts differ): {@code AttentionReplace};</li>
 * <li><b>words added</b> (every source word kept, in order): the kept tokens take their source tokens' maps, the new
 * ones keep their own: {@code AttentionRefine};</li>
 * <li><b>re-weighting</b>, with either: the maps of a word's tokens scaled ({@code AttentionReweight}'s equalizer).</li>
 * </ul>
 * The maps are {@code length} tokens long (77: one chunk, the start token first); {@code mapper[s][t]} is how much of
 * source token {@code s}'s map target token {@code t} takes, {@code kept[t]} whether it takes them at all.
 */
public record EditMap(float[][] mapper, float[] kept, float[] weights) {

    /** One chunk of CLIP: the start token, 75 tokens, the end token. */
    public static final int LENGTH = 77;

    /**
     * The map from {@code source} to {@code edit}, the words of {@code reweight} scaled by their factors in the edit.
     *
     * @throws IllegalArgumentException when the edit neither swaps words one for one nor only adds words, when a
     *                                  caption is longer than a chunk, or when a word to re-weight is not in the edit,
     *                                  saying which
     */
    public static EditMap of(ClipTokenizer tokenizer, String source, String edit, Map<String, Double> reweight) {
        List<int[]> from = words(tokenizer, source);
        List<int[]> to = words(tokenizer, edit);
        float[][] mapper = new float[LENGTH][LENGTH];
        float[] kept = new float[LENGTH];
        if (from.size() == to.size()) {
            swap(from, to, mapper);
            Arrays.fill(kept, 1);
        } else {
            add(source, edit, flat(from), flat(to), mapper, kept);
        }
        return new EditMap(mapper, kept, weights(tokenizer, edit, to, reweight));
    }

    /** The map of an edit that is the caption itself: each token its own position's map. */
    public static EditMap identity() {
        float[][] mapper = new float[LENGTH][LENGTH];
        float[] ones = new float[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            mapper[i][i] = 1;
            ones[i] = 1;
        }
        return new EditMap(mapper, ones, ones.clone());
    }

    /** Whether every target token takes its source maps unchanged: the source caption itself, not re-weighted. */
    public boolean isIdentity() {
        for (int s = 0; s < LENGTH; s++) {
            for (int t = 0; t < LENGTH; t++) {
                if (mapper[s][t] != (s == t ? 1 : 0)) {
                    return false;
                }
            }
        }
        for (int t = 0; t < LENGTH; t++) {
            if (kept[t] != 1 || weights[t] != 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} is a word of {@code text} (split at spaces, case aside). */
    public static boolean hasWord(String text, String word) {
        return split(text).stream().anyMatch(w -> w.equalsIgnoreCase(word));
    }

    /** Parses {@code word=2, other=0.5} (empty: none). */
    public static Map<String, Double> parseWeights(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            String[] pair = part.split("=");
            try {
                if (pair.length != 2 || pair[0].isBlank()) {
                    throw new NumberFormatException();
                }
                out.put(pair[0].strip(), Double.parseDouble(pair[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("re-weighting '" + part.strip() + "': write word=factor (red=2, "
                        + "cat=0.5), pairs separated by commas");
            }
        }
        return out;
    }

    /** Positions one for one; a changed word's tokens each take its source word's maps, evenly where counts differ. */
    private static void swap(List<int[]> from, List<int[]> to, float[][] mapper) {
        mapper[0][0] = 1;
        int i = 1;
        int j = 1;
        for (int w = 0; w < from.size(); w++) {
            int a = from.get(w).length;
            int b = to.get(w).length;
            for (int s = 0; s < a; s++) {
                for (int t = 0; t < b; t++) {
                    if (a != b) {
                        mapper[i + s][j + t] = 1f / b;
                    } else if (s == t) {
                        mapper[i + s][j + t] = 1;
                    }
                }
            }
            i += a;
            j += b;
        }
        tail(mapper, i, j, null);
    }

    /**
     * Tokens added: the source's tokens found in the edit's in order (a longest common subsequence that must hold them
     * all) take their maps; the others keep their own.
     */
    private static void add(String source, String edit, int[] from, int[] to, float[][] mapper, float[] kept) {
        int[][] common = new int[from.length + 1][to.length + 1];
        for (int s = from.length - 1; s >= 0; s--) {
            for (int t = to.length - 1; t >= 0; t--) {
                common[s][t] = from[s] == to[t] ? common[s + 1][t + 1] + 1 : Math.max(common[s + 1][t], common[s][t + 1]);
            }
        }
        if (common[0][0] != from.length) {
            throw new IllegalArgumentException("the edit '" + edit + "' has other words than '" + source + "' without "
                    + "keeping each of them in order: prompt-to-prompt aligns a word swap (as many words, some changed) or "
                    + "added words (every word of the caption kept, in order); write the edit so, or regenerate it without "
                    + "attention control");
        }
        mapper[0][0] = 1;
        kept[0] = 1;
        int s = 0;
        int t = 0;
        while (s < from.length && t < to.length) {
            if (from[s] == to[t] && common[s][t] == common[s + 1][t + 1] + 1) {
                mapper[s + 1][t + 1] = 1;
                kept[t + 1] = 1;
                s++;
                t++;
            } else {
                t++;
            }
        }
        tail(mapper, from.length + 1, to.length + 1, kept);
    }

    /** The end token and padding, position for position from {@code i} and {@code j}; the last source's past its end. */
    private static void tail(float[][] mapper, int i, int j, float[] kept) {
        for (; j < LENGTH; i++, j++) {
            mapper[Math.min(i, LENGTH - 1)][j] = 1;
            if (kept != null) {
                kept[j] = 1;
            }
        }
    }

    private static float[] weights(ClipTokenizer tokenizer, String edit, List<int[]> to, Map<String, Double> reweight) {
        float[] weights = new float[LENGTH];
        Arrays.fill(weights, 1);
        List<String> words = split(edit);
        for (Map.Entry<String, Double> e : reweight.entrySet()) {
            boolean found = false;
            int at = 1;
            for (int w = 0; w < words.size(); w++) {
                if (words.get(w).equalsIgnoreCase(e.getKey())) {
                    for (int k = 0; k < to.get(w).length; k++) {
                        weights[at + k] = e.getValue().floatValue();
                    }
                    found = true;
                }
                at += to.get(w).length;
            }
            if (!found) {
                throw new IllegalArgumentException("re-weighting '" + e.getKey() + "': not a word of '" + edit + "'");
            }
        }
        return weights;
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Each word's tokens.
     *
     * @throws IllegalArgumentException for emphasis or BREAK, which move tokens the words do not show
     */
    private static List<int[]> words(ClipTokenizer tokenizer, String text) {
        if (text.matches(".*[()\\[\\]].*") || split(text).contains("BREAK")) {
            throw new IllegalArgumentException("'" + text + "' has emphasis or BREAK: prompt-to-prompt aligns plain words"
                    + " (re-weight a word with reweight instead)");
        }
        List<int[]> out = new ArrayList<>();
        int total = 0;
        for (String w : split(text)) {
            int[] ids = tokenizer.encode(w).stream().mapToInt(Integer::intValue).toArray();
            out.add(ids);
            total += ids.length;
        }
        if (total > LENGTH - 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "'%s' is %d tokens: prompt-to-prompt aligns one "
                    + "chunk of %d", text, total, LENGTH - 2));
        }
        return out;
    }

    private static int[] flat(List<int[]> words) {
        return words.stream().flatMapToInt(Arrays::stream).toArray();
    }
}
