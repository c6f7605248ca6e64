package org.atelier.methods.merge;

import java.util.Locale;

/** The ways of merging models, as AUTOMATIC1111's checkpoint merger names them. */
public enum MergeMethod {
    /** {@code (1 - M) A + M B}. */
    WEIGHTED_SUM("weighted-sum", "Weighted sum", 2),
    /** {@code A + M (B - C)}. */
    ADD_DIFFERENCE("add-difference", "Add difference", 3),
    /** {@code A} alone, re-saved (another element type, weights discarded). */
    NO_INTERPOLATION("no-interpolation", "No interpolation", 1),
    /** {@code (1 - M - N) A + M B + N C} (supermerger's triple sum; N is {@code --beta}). */
    TRIPLE_SUM("triple-sum", "Triple sum", 3),
    /** {@code (1 - N) ((1 - M) A + M B) + N C} (supermerger's sum twice). */
    SUM_TWICE("sum-twice", "Sum twice", 3),
    /** Spherical interpolation from A to B by M. */
    SLERP("slerp", "SLERP", 2),
    /** {@code A + M ⊥(B - C)}: the part of B's change from C perpendicular to A's change. */
    ADD_PERPENDICULAR("add-perpendicular", "Add perpendicular", 3),
    /** {@code C + M ties(A - C, B - C)}, trimmed to density N. */
    TIES("ties", "TIES", 3),
    /** {@code A + M dare(B - C)}: B's change kept with probability N, rescaled; seeded. */
    DARE("dare", "DARE", 3),
    /** TIES with DARE's random drop instead of the trim; seeded. */
    DARE_TIES("dare-ties", "DARE-TIES", 3);

    /** True for the merges that need a whole tensor at once. */
    boolean wholeTensor() {
        return ordinal() >= SLERP.ordinal();
    }

    /** The merged tensor from whole tensors (for {@link #wholeTensor()} methods). */
    float[] applyWhole(float[] a, float[] b, float[] c, double multiplier, double beta, long seed) {
        return switch (this) {
        case SLERP -> WholeTensorMerges.slerp(a, b, multiplier);
        case ADD_PERPENDICULAR -> WholeTensorMerges.addPerpendicular(a, b, c, multiplier);
        case TIES -> WholeTensorMerges.ties(a, b, c, beta, multiplier, null);
        case DARE -> WholeTensorMerges.dare(a, b, c, beta, multiplier, seed);
        case DARE_TIES -> WholeTensorMerges.ties(a, b, c, beta, multiplier, seed);
        default -> throw new IllegalStateException(this + " merges chunk by chunk");
        };
    }

    private final String id;
    private final String a1111Name;
    private final int models;

    MergeMethod(String id, String a1111Name, int models) {
        this.id = id;
        this.a1111Name = a1111Name;
        this.models = models;
    }

    /** The name on the command line: {@code weighted-sum}. */
    public String id() {
        return id;
    }

    /** The name AUTOMATIC1111 writes in {@code sd_merge_recipe}. */
    public String a1111Name() {
        return a1111Name;
    }

    /** How many models it takes. */
    public int models() {
        return models;
    }

    public static MergeMethod of(String name) {
        for (MergeMethod m : values()) {
            if (m.id.equals(name) || m.name().equalsIgnoreCase(name) || m.a1111Name.equalsIgnoreCase(name)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Merges one chunk in place into {@code a}, in float32 and in the order AUTOMATIC1111's merger computes:
     * {@code (1 - M) * A + M * B}, {@code A + M * (B - C)}.
     */
    void apply(float[] a, float[] b, float[] c, int count, double multiplier, double beta) {
        float m = (float) multiplier;
        float keep = (float) (1.0 - multiplier);
        float n = (float) beta;
        switch (this) {
        case TRIPLE_SUM -> {
            float keepBoth = (float) (1.0 - multiplier - beta);
            for (int i = 0; i < count; i++) {
                a[i] = keepBoth * a[i] + m * b[i] + n * c[i];
            }
        }
        case SUM_TWICE -> {
            float keepC = (float) (1.0 - beta);
            for (int i = 0; i < count; i++) {
                a[i] = keepC * (keep * a[i] + m * b[i]) + n * c[i];
            }
        }
        case WEIGHTED_SUM -> {
            for (int i = 0; i < count; i++) {
                a[i] = keep * a[i] + m * b[i];
            }
        }
        case ADD_DIFFERENCE -> {
            for (int i = 0; i < count; i++) {
                a[i] = a[i] + m * (b[i] - c[i]);
            }
        }
        case NO_INTERPOLATION -> {
            // A as it is
        }
        default -> throw new IllegalStateException(this + " needs the whole tensor");
        }
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
