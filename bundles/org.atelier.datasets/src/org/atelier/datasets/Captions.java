package org.atelier.datasets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.atelier.core.model.CaptionProcessing;

/**
 * What a caption becomes at each step, as kohya processes it: tags (comma-separated) shuffled except the first
 * {@code keepTokens}, each other tag dropped at the tag dropout rate, the whole caption dropped (made empty) at the
 * caption dropout rate, then the prefix and suffix added. The randomness comes from the caller's generator, so a
 * step sees the same caption again when its generator is seeded alike (resumed runs).
 */
public final class Captions {

    private final boolean shuffle;
    private final int keepTokens;
    private final double dropout;
    private final double tagDropout;
    private final String prefix;
    private final String suffix;

    public Captions(CaptionProcessing processing) {
        this(processing.isShuffle(), processing.getKeepTokens(), processing.getDropoutRate(), processing.getTagDropoutRate(),
                processing.getPrefix(), processing.getSuffix());
    }

    public Captions(boolean shuffle, int keepTokens, double dropout, double tagDropout, String prefix, String suffix) {
        this.shuffle = shuffle;
        this.keepTokens = keepTokens;
        this.dropout = dropout;
        this.tagDropout = tagDropout;
        this.prefix = prefix == null ? "" : prefix;
        this.suffix = suffix == null ? "" : suffix;
    }

    public String process(String caption, Random random) {
        if (dropout > 0 && random.nextDouble() < dropout) {
            return join(prefix, suffix);
        }
        List<String> tags = new ArrayList<>();
        for (String tag : caption.split(",")) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        int kept = Math.min(keepTokens, tags.size());
        List<String> rest = new ArrayList<>(tags.subList(kept, tags.size()));
        if (shuffle) {
            Collections.shuffle(rest, random);
        }
        if (tagDropout > 0) {
            rest.removeIf(tag -> random.nextDouble() < tagDropout);
        }
        List<String> all = new ArrayList<>(tags.subList(0, kept));
        all.addAll(rest);
        return join(join(prefix, String.join(", ", all)), suffix);
    }

    private static String join(String a, String b) {
        if (a.isBlank()) {
            return b.strip();
        }
        if (b.isBlank()) {
            return a.strip();
        }
        return a.strip() + ", " + b.strip();
    }

    /**
     * A textual-inversion template ({@code a photo of [name], [filewords]}) filled in: {@code [name]} the
     * placeholder, {@code [filewords]} the processed caption (with its comma gone when the caption is empty).
     */
    public static String template(String template, String name, String caption) {
        String text = template.replace("[name]", name);
        if (caption.isBlank()) {
            text = text.replaceAll(",?\\s*\\[filewords\\]\\s*,?", " ").strip().replaceAll("\\s+", " ");
            return text.endsWith(",") ? text.substring(0, text.length() - 1) : text;
        }
        return text.replace("[filewords]", caption);
    }
}
