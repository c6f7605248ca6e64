package org.atelier.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Aspect-ratio buckets as kohya makes them: the square of the training resolution, then for each width from the
 * smallest to the largest side in steps, the tallest height in steps whose area stays within the resolution's
 * square (and its transpose). An image goes to the bucket whose aspect ratio is nearest its own; without upscaling,
 * an image smaller than the resolution's area gets a bucket of its own size rounded down to the step. Images are
 * scaled to cover their bucket and cropped to it.
 */
public final class Buckets {

    /** A bucket's size in pixels. */
    public record Size(int width, int height) {
        public double aspect() {
            return (double) width / height;
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    private final int resolution;
    private final int step;
    private final boolean enabled;
    private final boolean noUpscale;
    private final List<Size> sizes;

    /**
     * @param resolution the side of the square whose area no bucket exceeds
     * @param enabled    false: every image is cropped to the resolution's square
     */
    public Buckets(int resolution, int minSide, int maxSide, int step, boolean enabled, boolean noUpscale) {
        if (step <= 0 || step % 8 != 0) {
            throw new IllegalArgumentException("bucket step " + step + ": a positive multiple of 8");
        }
        this.resolution = resolution;
        this.step = step;
        this.enabled = enabled;
        this.noUpscale = noUpscale;
        TreeSet<Size> set = new TreeSet<>((a, b) -> a.width != b.width ? a.width - b.width : a.height - b.height);
        long maxArea = (long) resolution * resolution;
        int square = (int) (Math.sqrt(maxArea) / step) * step;
        set.add(new Size(square, square));
        if (enabled) {
            for (int width = minSide; width <= maxSide; width += step) {
                int height = (int) Math.min(maxSide, maxArea / width / step * step);
                if (height >= minSide) {
                    set.add(new Size(width, height));
                    set.add(new Size(height, width));
                }
            }
        }
        this.sizes = List.copyOf(new ArrayList<>(set));
    }

    /** The buckets a dataset's settings describe. */
    public static Buckets forDataset(org.atelier.core.model.Dataset dataset) {
        org.atelier.core.model.BucketSpec spec = dataset.getBuckets();
        return new Buckets(dataset.getResolution(), spec.getMinResolution(), spec.getMaxResolution(), spec.getStep(),
                spec.isEnabled(), spec.isNoUpscale());
    }

    public List<Size> sizes() {
        return sizes;
    }

    /** The bucket of an image of {@code width x height}. */
    public Size of(int width, int height) {
        if (!enabled) {
            return sizes.get(0);
        }
        if (noUpscale && (long) width * height <= (long) resolution * resolution) {
            int w = Math.max(step, width / step * step);
            int h = Math.max(step, height / step * step);
            return new Size(w, h);
        }
        double aspect = (double) width / height;
        Size best = sizes.get(0);
        for (Size s : sizes) {
            if (Math.abs(s.aspect() - aspect) < Math.abs(best.aspect() - aspect)) {
                best = s;
            }
        }
        return best;
    }
}
