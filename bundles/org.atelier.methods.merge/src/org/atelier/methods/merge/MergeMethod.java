package org.atelier.methods.merge;

import java.util.Locale;

/**
 * The ways of merging models. M is the multiplier ({@code --alpha}), N the second parameter ({@code --beta}).
 * Element-wise methods merge chunk by chunk; the others ({@link #wholeTensor()}) need a whole tensor at once.
 */
public enum MergeMethod {
    /** {@code (1 - M) A + M B}. */
    WEIGHTED_SUM("weighted-sum", "Weighted sum", 2, false, "(1 - M) A + M B"),
    /** {@code A + M (B - C)}. */
    ADD_DIFFERENCE("add-difference", "Add difference", 3, false, "A + M (B - C)"),
    /** {@code A} alone, re-saved (another element type, weights discarded, a VAE baked in). */
    NO_INTERPOLATION("no-interpolation", "No interpolation", 1, false, "A re-saved (--dtype, --discard, --vae)"),
    /** {@code (1 - M - N) A + M B + N C} (supermerger's triple sum). */
    TRIPLE_SUM("triple-sum", "Triple sum", 3, false, "(1 - M - N) A + M B + N C"),
    /** {@code (1 - N) ((1 - M) A + M B) + N C} (supermerger's sum twice). */
    SUM_TWICE("sum-twice", "Sum twice", 3, false, "(1 - N) ((1 - M) A + M B) + N C"),
    /**
     * supermerger's train difference: {@code A + 1.8 M (B - C) |B - A| / (|B - C| + |B - A|)}, B's change from C
     * added to A where A is still far from B, as if A had been trained on what B was.
     */
    TRAIN_DIFFERENCE("train-difference", "Train difference", 3, false, "A + 1.8 M (B - C) |B - A| / (|B - C| + |B - A|)"),
    /**
     * supermerger's tensor sum ("tensor"): along the first dimension, the slice from N to N + M of each tensor
     * taken from B (wrapping around when N + M > 1), the rest from A.
     */
    TENSOR_SUM("tensor-sum", "Tensor sum", 2, false, "B's slice [N, N + M) of each tensor's first dimension, A elsewhere"),
    /** The same along the second dimension (supermerger's "tensor2"); 1-D tensors along their only one. */
    TENSOR_SWAP("tensor-swap", "Tensor swap", 2, false, "tensor-sum along the second dimension"),
    /** Spherical interpolation from A to B by M. */
    SLERP("slerp", "SLERP", 2, true, "spherical interpolation from A to B by M"),
    /** {@code A + M ⊥(B - C)}: the part of B's change from C perpendicular to A's change. */
    ADD_PERPENDICULAR("add-perpendicular", "Add perpendicular", 3, true, "A + M (part of B - C at right angles to A - C)"),
    /** {@code C + M ties(A - C, B - C)}, trimmed to density N. */
    TIES("ties", "TIES", 3, true, "C + M ties(A - C, B - C), density N"),
    /** {@code A + M dare(B - C)}: B's change kept with probability N, rescaled; seeded. */
    DARE("dare", "DARE", 3, true, "A + M (B - C), changes kept at rate N, seeded"),
    /** TIES with DARE's random drop instead of the trim; seeded. */
    DARE_TIES("dare-ties", "DARE-TIES", 3, true, "TIES with DARE's seeded drop instead of the trim"),
    /**
     * Cosine A: a weighted sum whose weight of B falls where A and B point alike (per column, on normalized
     * columns): {@code (1 - k) A + k B}, {@code k = 1 - clamp(similarity - M, 0, 1)}; keeps A's structure.
     */
    COSINE_A("cosine-a", "Cosine A", 2, true, "A with B's details where the two differ in direction (M: threshold)"),
    /** Cosine B: as cosine A with the similarity averaged with the whole tensors' cosine; leans towards B. */
    COSINE_B("cosine-b", "Cosine B", 2, true, "as cosine-a, the similarity averaged with the whole tensors'");

    private final String id;
    private final String a1111Name;
    private final int models;
    private final boolean wholeTensor;
    private final String formula;

    MergeMethod(String id, String a1111Name, int models, boolean wholeTensor, String formula) {
        this.id = id;
        this.a1111Name = a1111Name;
        this.models = models;
        this.wholeTensor = wholeTensor;
        this.formula = formula;
    }

    /** The name on the command line: {@code weighted-sum}. */
    public String id() {
        return id;
    }

    /** The name AUTOMATIC1111 (or supermerger) writes in {@code sd_merge_recipe}. */
    public String a1111Name() {
        return a1111Name;
    }

    /** How many models it takes. */
    public int models() {
        return models;
    }

    /** What it computes, in a line. */
    public String formula() {
        return formula;
    }

    /** True for the merges that need a whole tensor at once. */
    boolean wholeTensor() {
        return wholeTensor;
    }

    public static MergeMethod of(String name) {
        for (MergeMethod m : values()) {
            if (m.id.equals(name) || m.name().equalsIgnoreCase(name) || m.a1111Name.equalsIgnoreCase(name)) {
                return m;
            }
        }
        return null;
    }

    /** The merged tensor from whole tensors (for {@link #wholeTensor()} methods). */
    float[] applyWhole(float[] a, float[] b, float[] c, long[] shape, double multiplier, double beta, long seed) {
        return switch (this) {
        case SLERP -> WholeTensorMerges.slerp(a, b, multiplier);
        case ADD_PERPENDICULAR -> WholeTensorMerges.addPerpendicular(a, b, c, multiplier);
        case TIES -> WholeTensorMerges.ties(a, b, c, beta, multiplier, null);
        case DARE -> WholeTensorMerges.dare(a, b, c, beta, multiplier, seed);
        case DARE_TIES -> WholeTensorMerges.ties(a, b, c, beta, multiplier, seed);
        case COSINE_A -> WholeTensorMerges.cosine(a, b, shape, multiplier, false);
        case COSINE_B -> WholeTensorMerges.cosine(a, b, shape, multiplier, true);
        default -> throw new IllegalStateException(this + " merges chunk by chunk");
        };
    }

    /**
     * Merges {@code count} elements in place into {@code a} from {@code offset}, in float32 and in the order
     * AUTOMATIC1111's merger computes: {@code (1 - M) * A + M * B}, {@code A + M * (B - C)}. {@code first} is the
     * index in the tensor of the element at {@code offset}, {@code shape} the tensor's shape (for the slices of
     * tensor sum and swap).
     */
    void apply(float[] a, float[] b, float[] c, int offset, int count, double multiplier, double beta, long first,
            long[] shape) {
        float m = (float) multiplier;
        float keep = (float) (1.0 - multiplier);
        float n = (float) beta;
        int end = offset + count;
        switch (this) {
        case WEIGHTED_SUM -> {
            for (int i = offset; i < end; i++) {
                a[i] = keep * a[i] + m * b[i];
            }
        }
        case ADD_DIFFERENCE -> {
            for (int i = offset; i < end; i++) {
                a[i] = a[i] + m * (b[i] - c[i]);
            }
        }
        case TRIPLE_SUM -> {
            float keepBoth = (float) (1.0 - multiplier - beta);
            for (int i = offset; i < end; i++) {
                a[i] = keepBoth * a[i] + m * b[i] + n * c[i];
            }
        }
        case SUM_TWICE -> {
            float keepC = (float) (1.0 - beta);
            for (int i = offset; i < end; i++) {
                a[i] = keepC * (keep * a[i] + m * b[i]) + n * c[i];
            }
        }
        case TRAIN_DIFFERENCE -> {
            float scale = 1.8f * m;
            for (int i = offset; i < end; i++) {
                float change = b[i] - c[i];
                float fromA = Math.abs(b[i] - a[i]);
                float sum = Math.abs(change) + fromA;
                a[i] = sum == 0 ? a[i] : a[i] + scale * change * (fromA / sum);
            }
        }
        case TENSOR_SUM, TENSOR_SWAP -> Slice.of(this, shape, multiplier, beta).takeB(a, b, offset, count, first);
        case NO_INTERPOLATION -> {
            // A as it is
        }
        default -> throw new IllegalStateException(this + " needs the whole tensor");
        }
    }

    /**
     * The slice of tensor sum and swap: indices {@code [start, end)} of one dimension taken from B (or, inverted,
     * all but those), as supermerger cuts them: {@code int(n N)} to {@code int(n (M + N))}, wrapping around when
     * {@code M + N > 1}. A 0-dimensional tensor stays A's.
     */
    record Slice(int dimension, long size, long inner, long start, long end, boolean inverted) {

        static Slice of(MergeMethod method, long[] shape, double width, double offset) {
            if (shape.length == 0) {
                return new Slice(0, 1, 1, 0, 0, false);
            }
            int dimension = method == TENSOR_SWAP && shape.length > 1 ? 1 : 0;
            long size = shape[dimension];
            long inner = 1;
            for (int d = dimension + 1; d < shape.length; d++) {
                inner *= shape[d];
            }
            boolean inverted = width + offset > 1;
            long start = inverted ? (long) (size * (width + offset - 1)) : (long) (size * offset);
            long end = inverted ? (long) (size * offset) : (long) (size * (width + offset));
            return new Slice(dimension, size, inner, start, end, inverted);
        }

        /** Whether element {@code index} of the tensor comes from B. */
        boolean fromB(long index) {
            long at = index / inner % size;
            return (at >= start && at < end) != inverted;
        }

        void takeB(float[] a, float[] b, int offset, int count, long first) {
            for (int i = 0; i < count; i++) {
                if (fromB(first + i)) {
                    a[offset + i] = b[offset + i];
                }
            }
        }
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
