package org.atelier.diffusion.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** AUTOMATIC1111's emphasis syntax, on the examples its parser documents. */
class PromptTest {

    private static String parsed(String prompt) {
        StringBuilder text = new StringBuilder();
        for (Prompt.Fragment f : Prompt.parse(prompt)) {
            text.append('[').append(f.text()).append(" | ").append(String.format(java.util.Locale.ROOT, "%.6f", f.weight()))
                    .append(']');
        }
        return text.toString();
    }

    @Test
    void emphasisAsAutomatic1111ParsesIt() {
        assertEquals("[normal text | 1.000000]", parsed("normal text"));
        assertEquals("[an  | 1.000000][important | 1.100000][ word | 1.000000]", parsed("an (important) word"));
        assertEquals("[unbalanced | 1.100000]", parsed("(unbalanced"));
        assertEquals("[(literal] | 1.000000]", parsed("\\(literal\\]"));
        assertEquals("[unnecessaryparens | 1.100000]", parsed("(unnecessary)(parens)"));
        assertEquals("[a  | 1.000000][house | 1.573000][  | 1.100000][on | 1.000000][ a  | 1.100000][hill | 0.550000]"
                + "[, sun,  | 1.100000][sky | 1.464100][. | 1.100000]",
                parsed("a (((house:1.3)) [on] a (hill:0.5), sun, (((sky)))."));
        assertEquals("[ | 1.000000]", parsed(""), "an empty prompt is one empty fragment");
        assertEquals("[a cat | 0.909091]", parsed("[a cat]"));
        assertEquals("[a:b | 1.000000]", parsed("a:b"), "a colon outside brackets is text");
    }

    @Test
    void breakSplitsTheFragments() {
        List<Prompt.Fragment> fragments = Prompt.parse("a cat BREAK a (dog)");
        assertEquals(4, fragments.size(), fragments.toString());
        assertEquals("a cat", fragments.get(0).text());
        assertEquals(true, fragments.get(1).isBreak());
        assertEquals("a ", fragments.get(2).text());
        assertEquals(1.1, fragments.get(3).weight(), 1e-12);
        assertEquals(false, Prompt.parse("breakfast").get(0).isBreak());
    }
}
