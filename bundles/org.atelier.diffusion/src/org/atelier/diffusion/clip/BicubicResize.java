package org.atelier.diffusion.clip;

/**
 * Pillow's bicubic resampling of 8-bit images ({@code Image.resize(size, Image.BICUBIC)}), to the pixel: a
 * separable filter ({@code a = -0.5}) widened by the scale when shrinking, so that every source pixel counts,
 * weights normalised per output pixel and taken in fixed point with 22 fractional bits, rows first into 8-bit
 * values, then columns. CLIP's preprocessing (Hugging Face's {@code CLIPImageProcessor}, OpenCLIP's) resizes with it,
 * and an embedding is only the same as theirs with the same pixels.
 */
final class BicubicResize {

    private static final int PRECISION_BITS = 32 - 8 - 2;
    private static final double SUPPORT = 2.0;
    private static final double A = -0.5;

    private BicubicResize() {
    }

    /** The filter's weights for each output position: the first input position it reads and its weights. */
    private record Coefficients(int[] first, int[][] weights) {
    }

    private static double bicubic(double x) {
        x = Math.abs(x);
        if (x < 1) {
            return ((A + 2) * x - (A + 3)) * x * x + 1;
        }
        if (x < 2) {
            return (((x - 5) * x + 8) * x - 4) * A;
        }
        return 0;
    }

    private static Coefficients coefficients(int in, int out) {
        double scale = (double) in / out;
        double filterScale = Math.max(scale, 1);
        double support = SUPPORT * filterScale;
        double inverse = 1.0 / filterScale;
        int[] first = new int[out];
        int[][] weights = new int[out][];
        for (int o = 0; o < out; o++) {
            double center = (o + 0.5) * scale;
            int min = Math.max((int) (center - support + 0.5), 0);
            int max = Math.min((int) (center + support + 0.5), in);
            double[] k = new double[max - min];
            double sum = 0;
            for (int x = 0; x < k.length; x++) {
                k[x] = bicubic((x + min - center + 0.5) * inverse);
                sum += k[x];
            }
            int[] fixed = new int[k.length];
            for (int x = 0; x < k.length; x++) {
                double normalised = sum == 0 ? k[x] : k[x] / sum;
                double scaled = normalised * (1 << PRECISION_BITS);
                fixed[x] = (int) (scaled < 0 ? scaled - 0.5 : scaled + 0.5);
            }
            first[o] = min;
            weights[o] = fixed;
        }
        return new Coefficients(first, weights);
    }

    private static int clip8(long value) {
        long shifted = value >> PRECISION_BITS;
        return (int) Math.max(0, Math.min(255, shifted));
    }

    /**
     * {@code rgb} ({@code 0xRRGGBB} per pixel, row by row, {@code width x height}) resized to {@code newWidth x
     * newHeight}, in the same packing.
     */
    static int[] resize(int[] rgb, int width, int height, int newWidth, int newHeight) {
        int[] rows = rgb;
        if (newWidth != width) {
            Coefficients c = coefficients(width, newWidth);
            rows = new int[newWidth * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < newWidth; x++) {
                    rows[y * newWidth + x] = filter(rgb, y * width + c.first()[x], 1, c.weights()[x]);
                }
            }
        }
        if (newHeight == height) {
            return rows;
        }
        Coefficients c = coefficients(height, newHeight);
        int[] out = new int[newWidth * newHeight];
        for (int y = 0; y < newHeight; y++) {
            for (int x = 0; x < newWidth; x++) {
                out[y * newWidth + x] = filter(rows, c.first()[y] * newWidth + x, newWidth, c.weights()[y]);
            }
        }
        return out;
    }

    /** The three channels of the pixels from {@code start}, {@code step} apart, weighed by {@code k}. */
    private static int filter(int[] rgb, int start, int step, int[] k) {
        long r = 1L << (PRECISION_BITS - 1);
        long g = r;
        long b = r;
        for (int i = 0; i < k.length; i++) {
            int p = rgb[start + i * step];
            r += (long) ((p >> 16) & 0xFF) * k[i];
            g += (long) ((p >> 8) & 0xFF) * k[i];
            b += (long) (p & 0xFF) * k[i];
        }
        return clip8(r) << 16 | clip8(g) << 8 | clip8(b);
    }
}
