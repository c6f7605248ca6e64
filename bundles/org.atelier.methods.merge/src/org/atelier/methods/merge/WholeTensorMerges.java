package org.atelier.methods.merge;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The merges that look at a whole tensor at once (an angle, a projection, a ranking of magnitudes), each a
 * function of the tensors of A, B and C as flat vectors, computed in double where sums are taken.
 */
final class WholeTensorMerges {

    private WholeTensorMerges() {
    }

    /**
     * Spherical interpolation from A to B by {@code t}: the angle between the two directions decides the
     * weights {@code sin((1-t)θ)/sin θ} and {@code sin(tθ)/sin θ}; nearly parallel tensors fall back to a
     * weighted sum, as MergeKit does.
     */
    static float[] slerp(float[] a, float[] b, double t) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        float[] out = new float[a.length];
        double cos = na == 0 || nb == 0 ? 1 : Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb)));
        double wa;
        double wb;
        if (Math.abs(cos) > 0.9995) {
            wa = 1 - t;
            wb = t;
        } else {
            double theta = Math.acos(cos);
            double sin = Math.sin(theta);
            wa = Math.sin((1 - t) * theta) / sin;
            wb = Math.sin(t * theta) / sin;
        }
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) (wa * a[i] + wb * b[i]);
        }
        return out;
    }

    /**
     * A plus M times the part of (B - C) perpendicular to (A - C): what B adds to C that A's own change does not
     * already go along (sd-mecha's add perpendicular).
     */
    static float[] addPerpendicular(float[] a, float[] b, float[] c, double m) {
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < a.length; i++) {
            double da = (double) a[i] - c[i];
            dot += da * ((double) b[i] - c[i]);
            norm += da * da;
        }
        double scale = norm == 0 ? 0 : dot / norm;
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            double da = (double) a[i] - c[i];
            double perpendicular = ((double) b[i] - c[i]) - scale * da;
            out[i] = (float) (a[i] + m * perpendicular);
        }
        return out;
    }

    /**
     * TIES: the changes of A and B from the base C, each trimmed to its {@code density} largest magnitudes, a sign
     * elected per element from their sum, and the mean of the changes that agree with it added to C times
     * {@code lambda}. With {@code dropSeed} set, DARE replaces the trim: each change is kept with probability
     * {@code density} (seeded) and rescaled by 1/density (DARE+TIES).
     */
    static float[] ties(float[] a, float[] b, float[] c, double density, double lambda, Long dropSeed) {
        float[][] deltas = { delta(a, c), delta(b, c) };
        for (int k = 0; k < 2; k++) {
            if (dropSeed == null) {
                trim(deltas[k], density);
            } else {
                drop(deltas[k], density, dropSeed + k);
            }
        }
        float[] out = new float[c.length];
        for (int i = 0; i < c.length; i++) {
            double sum = (double) deltas[0][i] + deltas[1][i];
            double sign = Math.signum(sum);
            double total = 0;
            int count = 0;
            for (float[] d : deltas) {
                if (d[i] != 0 && Math.signum(d[i]) == sign) {
                    total += d[i];
                    count++;
                }
            }
            out[i] = (float) (c[i] + lambda * (count == 0 ? 0 : total / count));
        }
        return out;
    }

    /** DARE: A plus M times the change (B - C), each element kept with probability {@code density} and rescaled. */
    static float[] dare(float[] a, float[] b, float[] c, double density, double m, long seed) {
        float[] d = delta(b, c);
        drop(d, density, seed);
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) (a[i] + m * d[i]);
        }
        return out;
    }

    /**
     * Cosine A and B (sd-mecha's add_cosine_a/b): per column of the tensor seen as {@code [shape[0], rest]}, the
     * cosine similarity of A's and B's columns (for B averaged with the whole tensors' cosine), and then
     * {@code (1 - k) A + k B} with {@code k = 1 - clamp(similarity - M, 0, 1)}: A where the two point alike, B
     * where they part.
     */
    static float[] cosine(float[] a, float[] b, long[] shape, double m, boolean withWhole) {
        int rows = shape.length == 0 ? 1 : (int) shape[0];
        int columns = rows == 0 ? 0 : a.length / rows;
        double[] dot = new double[columns];
        double[] na = new double[columns];
        double[] nb = new double[columns];
        for (int i = 0; i < a.length; i++) {
            int j = i % columns;
            dot[j] += (double) a[i] * b[i];
            na[j] += (double) a[i] * a[i];
            nb[j] += (double) b[i] * b[i];
        }
        double whole = 0;
        if (withWhole) {
            double d = 0;
            double x = 0;
            double y = 0;
            for (int j = 0; j < columns; j++) {
                d += dot[j];
                x += na[j];
                y += nb[j];
            }
            whole = x == 0 || y == 0 ? 0 : d / Math.sqrt(x * y);
        }
        double[] k = new double[columns];
        for (int j = 0; j < columns; j++) {
            double norms = Math.sqrt(na[j]) * Math.sqrt(nb[j]);
            double similarity = dot[j] / Math.max(norms, 1e-8);
            if (withWhole) {
                similarity = (similarity + whole) / 2;
            }
            k[j] = 1 - Math.max(0, Math.min(1, similarity - m));
        }
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            double kj = k[i % columns];
            out[i] = (float) ((1 - kj) * a[i] + kj * b[i]);
        }
        return out;
    }

    private static float[] delta(float[] x, float[] base) {
        float[] d = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i] - base[i];
        }
        return d;
    }

    /** Keeps the {@code density} fraction of largest magnitudes (ties at the threshold kept), zeroes the rest. */
    static void trim(float[] d, double density) {
        int keep = (int) Math.ceil(density * d.length);
        if (keep >= d.length) {
            return;
        }
        if (keep <= 0) {
            Arrays.fill(d, 0);
            return;
        }
        float[] magnitudes = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            magnitudes[i] = Math.abs(d[i]);
        }
        Arrays.sort(magnitudes);
        float threshold = magnitudes[d.length - keep];
        for (int i = 0; i < d.length; i++) {
            if (Math.abs(d[i]) < threshold) {
                d[i] = 0;
            }
        }
    }

    /** Keeps each element with probability {@code density} (seeded: the same seed drops the same elements). */
    static void drop(float[] d, double density, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float rescale = (float) (1 / density);
        for (int i = 0; i < d.length; i++) {
            d[i] = random.nextDouble() < density ? d[i] * rescale : 0;
        }
    }
}
