package org.atelier.diffusion.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt in AUTOMATIC1111's emphasis syntax, parsed into fragments of text with a weight: {@code (word)} 1.1
 * times, {@code [word]} divided by 1.1, {@code (word:1.5)} 1.5 times, nesting multiplies, {@code \(} a literal
 * bracket, an unclosed bracket weighs to the end of the prompt, and {@code BREAK} (in capitals) starts a new chunk
 * of 75 tokens. Neighbouring fragments of equal weight are joined.
 */
public final class Prompt {

    /** A piece of the prompt and its weight; {@link #isBreak()} for a BREAK. */
    public record Fragment(String text, double weight) {
        public boolean isBreak() {
            return weight == BREAK_WEIGHT && text.equals("BREAK");
        }
    }

    private static final double BREAK_WEIGHT = -1;
    private static final double ROUND = 1.1;
    private static final double SQUARE = 1 / 1.1;
    private static final Pattern ATTENTION = Pattern.compile(
            "\\\\\\(|\\\\\\)|\\\\\\[|\\\\]|\\\\\\\\|\\\\|\\(|\\[|:\\s*([+-]?[.\\d]+)\\s*\\)|\\)|]|[^\\\\()\\[\\]:]+|:");
    private static final Pattern BREAK = Pattern.compile("\\s*\\bBREAK\\b\\s*");

    private Prompt() {
    }

    /** The fragments of a prompt; never empty (an empty prompt is one empty fragment of weight 1). */
    public static List<Fragment> parse(String prompt) {
        List<String> texts = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        Deque<Integer> round = new ArrayDeque<>();
        Deque<Integer> square = new ArrayDeque<>();
        Matcher m = ATTENTION.matcher(prompt);
        while (m.find()) {
            String text = m.group();
            String weight = m.group(1);
            if (text.startsWith("\\")) {
                texts.add(text.substring(1));
                weights.add(1.0);
            } else if (text.equals("(")) {
                round.push(texts.size());
            } else if (text.equals("[")) {
                square.push(texts.size());
            } else if (weight != null && !round.isEmpty() && isNumber(weight)) {
                multiply(weights, round.pop(), Double.parseDouble(weight));
            } else if (text.equals(")") && !round.isEmpty()) {
                multiply(weights, round.pop(), ROUND);
            } else if (text.equals("]") && !square.isEmpty()) {
                multiply(weights, square.pop(), SQUARE);
            } else {
                String[] parts = BREAK.split(text, -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        texts.add("BREAK");
                        weights.add(BREAK_WEIGHT);
                    }
                    texts.add(parts[i]);
                    weights.add(1.0);
                }
            }
        }
        // an unclosed bracket weighs to the end of the prompt
        for (int start : round) {
            multiply(weights, start, ROUND);
        }
        for (int start : square) {
            multiply(weights, start, SQUARE);
        }
        List<Fragment> fragments = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int last = fragments.size() - 1;
            if (last >= 0 && fragments.get(last).weight() == weights.get(i)) {
                fragments.set(last, new Fragment(fragments.get(last).text() + texts.get(i), weights.get(i)));
            } else {
                fragments.add(new Fragment(texts.get(i), weights.get(i)));
            }
        }
        if (fragments.isEmpty()) {
            fragments.add(new Fragment("", 1.0));
        }
        return fragments;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void multiply(List<Double> weights, int from, double factor) {
        for (int i = from; i < weights.size(); i++) {
            weights.set(i, weights.get(i) * factor);
        }
    }
}
