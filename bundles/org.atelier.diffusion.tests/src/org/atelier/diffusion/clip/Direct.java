package org.atelier.diffusion.clip;

/** The pieces of a transformer written out with loops in double precision, for the tests' direct computations. */
final class Direct {

    private Direct() {
    }

    /** The error function (Abramowitz and Stegun 7.1.26, to 1.5e-7). */
    static double erf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x));
        double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
                * Math.exp(-x * x);
        return Math.signum(x) * y;
    }

    static double[][] norm(double[][] x, float[] weight, float[] bias) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double mean = 0;
            for (double v : x[i]) {
                mean += v;
            }
            mean /= x[i].length;
            double variance = 0;
            for (double v : x[i]) {
                variance += (v - mean) * (v - mean);
            }
            variance /= x[i].length;
            out[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                out[i][j] = (x[i][j] - mean) / Math.sqrt(variance + 1e-5) * weight[j] + bias[j];
            }
        }
        return out;
    }

    /** {@code x W^T + b} with W {@code [out, in]}. */
    static double[][] linear(double[][] x, float[] weight, float[] bias) {
        int out = bias.length;
        int in = x[0].length;
        double[][] y = new double[x.length][out];
        for (int i = 0; i < x.length; i++) {
            for (int o = 0; o < out; o++) {
                double sum = bias[o];
                for (int c = 0; c < in; c++) {
                    sum += x[i][c] * weight[o * in + c];
                }
                y[i][o] = sum;
            }
        }
        return y;
    }

    static void add(double[][] h, double[][] delta) {
        for (int i = 0; i < h.length; i++) {
            for (int j = 0; j < h[i].length; j++) {
                h[i][j] += delta[i][j];
            }
        }
    }
}
