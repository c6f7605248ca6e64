package org.atelier.methods.nulltext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.methods.nulltext.model.NullTextConfig;
import org.atelier.training.TrainingException;

/**
 * The edits of a null-text experiment, worked out before the inversion runs: those prompt-to-prompt can align with
 * the caption (with their maps), and those regenerated without attention control because the experiment allows it.
 */
record Edits(List<String> aligned, List<EditMap> maps, List<String> plain, PromptToPrompt.Replace replace) {

    /**
     * @throws TrainingException naming the experiment's field: an edit that cannot be aligned (unless allowed plain),
     *                           a re-weighting that cannot be read or names a word no edit has
     */
    static Edits plan(ClipTokenizer tokenizer, String caption, List<String> edits, NullTextConfig config, String experiment) {
        String where = "experiment '" + experiment + "' › ";
        Map<String, Double> weights;
        try {
            weights = EditMap.parseWeights(config.getReweight());
        } catch (IllegalArgumentException e) {
            throw new TrainingException(where + "config › reweight: " + e.getMessage());
        }
        List<String> aligned = new ArrayList<>();
        List<EditMap> maps = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        Set<String> weighted = new LinkedHashSet<>();
        for (String edit : edits) {
            try {
                Map<String, Double> own = new java.util.LinkedHashMap<>();
                for (Map.Entry<String, Double> w : weights.entrySet()) {
                    if (EditMap.hasWord(edit, w.getKey())) {
                        own.put(w.getKey(), w.getValue());
                        weighted.add(w.getKey());
                    }
                }
                maps.add(EditMap.of(tokenizer, caption, edit, own));
                aligned.add(edit);
            } catch (IllegalArgumentException e) {
                if (!config.isPlainWhenUnaligned()) {
                    throw new TrainingException(where + "sampling › prompt '" + edit + "': " + e.getMessage()
                            + " (or set 'Regenerate unaligned edits plainly')");
                }
                plain.add(edit);
            }
        }
        for (String word : weights.keySet()) {
            if (!weighted.contains(word)) {
                throw new TrainingException(where + "config › reweight: '" + word + "' is a word of no edit (" + edits + ")");
            }
        }
        try {
            return new Edits(aligned, maps, plain, new PromptToPrompt.Replace(config.getCrossReplace(), config.getSelfReplace()));
        } catch (IllegalArgumentException e) {
            throw new TrainingException(where + "config: " + e.getMessage());
        }
    }
}
