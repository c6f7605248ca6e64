package org.atelier.datasets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Captions as lists of comma-separated tags (the booru style kohya and OneTrainer train on): their tags, how often
 * each occurs, and the bulk edits a dataset editor makes (add, remove, replace), which keep the order of the other
 * tags and never leave a tag twice.
 */
public final class CaptionTags {

    /** A tag and the number of captions that have it. */
    public record Frequency(String tag, int count) {
    }

    private CaptionTags() {
    }

    /** The caption's tags, trimmed, empty ones left out, in their order. */
    public static List<String> tags(String caption) {
        List<String> tags = new ArrayList<>();
        if (caption == null) {
            return tags;
        }
        for (String part : caption.split(",")) {
            String tag = part.strip();
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return tags;
    }

    public static String join(Collection<String> tags) {
        return String.join(", ", tags);
    }

    /** The caption with {@code tag} appended, when it does not have it yet. */
    public static String add(String caption, String tag) {
        Set<String> tags = new LinkedHashSet<>(tags(caption));
        tags.addAll(tags(tag));
        return join(tags);
    }

    /** The caption without {@code tag}. */
    public static String remove(String caption, String tag) {
        List<String> tags = tags(caption);
        tags.removeAll(tags(tag));
        return join(tags);
    }

    /** The caption with {@code from} replaced by {@code to} where it was (once, when {@code to} was there already). */
    public static String replace(String caption, String from, String to) {
        Set<String> result = new LinkedHashSet<>();
        String target = to.strip();
        for (String tag : tags(caption)) {
            result.add(tag.equals(from.strip()) ? target : tag);
        }
        result.remove("");
        return join(result);
    }

    /** Each tag with the number of captions having it, the most frequent first (ties by name). */
    public static List<Frequency> frequencies(Collection<String> captions) {
        Map<String, Integer> counts = new HashMap<>();
        for (String caption : captions) {
            for (String tag : new LinkedHashSet<>(tags(caption))) {
                counts.merge(tag, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().map(e -> new Frequency(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Frequency::count).reversed().thenComparing(Frequency::tag)).toList();
    }
}
