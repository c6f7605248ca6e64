package org.atelier.diffusion.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A prompt as the text encoder takes it, the way AUTOMATIC1111 cuts it: the fragments of {@link Prompt} tokenized,
 * their tokens carrying their fragment's weight, in chunks of 75 tokens, each chunk framed by the start and end
 * tokens and padded to 77. A chunk that fills up within 20 tokens after a comma ends at that comma, and the rest
 * goes to the next chunk; a BREAK ends the chunk at once.
 */
public final class PromptChunks {

    /** Tokens between the start and end tokens of a chunk. */
    public static final int CHUNK = 75;
    /** How far back a full chunk looks for a comma to end at (AUTOMATIC1111's comma padding backtrack). */
    public static final int COMMA_BACKTRACK = 20;

    /** One chunk: 77 token ids and the weight of each. */
    public record Chunk(int[] tokens, double[] weights) {
    }

    /** The chunks of a prompt and how many tokens it has (without start, end and padding). */
    public record Result(List<Chunk> chunks, int tokenCount) {
    }

    private final ClipTokenizer tokenizer;
    private final int padId;
    private final int comma;

    /**
     * @param padId what fills a chunk after the prompt: the end token for CLIP ViT-L (SD 1.x, SDXL's first encoder),
     *              0 for OpenCLIP (SD 2.x, SDXL's second)
     */
    public PromptChunks(ClipTokenizer tokenizer, int padId) {
        this.tokenizer = tokenizer;
        this.padId = padId;
        this.comma = tokenizer.id(",</w>");
    }

    public Result chunks(String prompt) {
        Builder builder = new Builder();
        for (Prompt.Fragment fragment : Prompt.parse(prompt)) {
            if (fragment.isBreak()) {
                builder.next(false);
                continue;
            }
            for (int token : tokenizer.encode(fragment.text())) {
                builder.add(token, fragment.weight());
            }
        }
        if (!builder.tokens.isEmpty() || builder.chunks.isEmpty()) {
            builder.next(true);
        }
        return new Result(builder.chunks, builder.count);
    }

    /** The chunk being filled, and those done. */
    private final class Builder {
        final List<Chunk> chunks = new ArrayList<>();
        List<Integer> tokens = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int lastComma = -1;
        int count;

        void add(int token, double weight) {
            if (token == comma) {
                lastComma = tokens.size();
            } else if (tokens.size() == CHUNK && lastComma != -1 && tokens.size() - lastComma <= COMMA_BACKTRACK) {
                int breakAt = lastComma + 1;
                List<Integer> movedTokens = new ArrayList<>(tokens.subList(breakAt, tokens.size()));
                List<Double> movedWeights = new ArrayList<>(weights.subList(breakAt, weights.size()));
                tokens = new ArrayList<>(tokens.subList(0, breakAt));
                weights = new ArrayList<>(weights.subList(0, breakAt));
                next(false);
                tokens = movedTokens;
                weights = movedWeights;
            }
            if (tokens.size() == CHUNK) {
                next(false);
            }
            tokens.add(token);
            weights.add(weight);
        }

        void next(boolean last) {
            count += last ? tokens.size() : CHUNK;
            int[] ids = new int[CHUNK + 2];
            double[] w = new double[CHUNK + 2];
            ids[0] = tokenizer.startId();
            w[0] = 1;
            for (int i = 0; i < CHUNK; i++) {
                ids[i + 1] = i < tokens.size() ? tokens.get(i) : padId;
                w[i + 1] = i < weights.size() ? weights.get(i) : 1;
            }
            ids[CHUNK + 1] = tokenizer.endId();
            w[CHUNK + 1] = 1;
            chunks.add(new Chunk(ids, w));
            tokens = new ArrayList<>();
            weights = new ArrayList<>();
            lastComma = -1;
        }
    }
}
