package org.atelier.datasets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.core.model.Dataset;
import org.atelier.core.model.SubsetRole;

/**
 * What a dataset holds, as its editor and {@code atelier dataset} show it: images per role, images an epoch shows
 * (repeats counted), how the images fall into buckets, and the images to look at: those without a caption file and
 * those smaller than the training resolution (fewer pixels than its square: they are enlarged to their bucket, or
 * trained smaller when the buckets do not upscale).
 */
public record DatasetStats(int images, Map<SubsetRole, Integer> imagesByRole, int imagesPerEpoch, List<BucketCount> buckets,
        List<Item> uncaptioned, List<Item> belowResolution, int resolution) {

    /** A bucket, the images in it and the samples an epoch takes from it (repeats counted). */
    public record BucketCount(Buckets.Size size, int images, int samples) {
    }

    public static DatasetStats of(Dataset dataset, List<Item> items) {
        Buckets buckets = Buckets.forDataset(dataset);
        long area = (long) dataset.getResolution() * dataset.getResolution();
        Map<SubsetRole, Integer> byRole = new LinkedHashMap<>();
        Map<Buckets.Size, int[]> counts = new LinkedHashMap<>();
        List<Item> uncaptioned = new ArrayList<>();
        List<Item> small = new ArrayList<>();
        int perEpoch = 0;
        for (Item item : items) {
            byRole.merge(item.role(), 1, Integer::sum);
            if (!item.captioned()) {
                uncaptioned.add(item);
            }
            if ((long) item.width() * item.height() < area) {
                small.add(item);
            }
        }
        for (Item item : Regularisation.balance(items)) {
            if (item.role() != SubsetRole.VALIDATION) {
                perEpoch += item.repeats();
                int[] count = counts.computeIfAbsent(buckets.of(item.width(), item.height()), s -> new int[2]);
                count[0]++;
                count[1] += item.repeats();
            }
        }
        List<BucketCount> bucketCounts = new ArrayList<>();
        counts.forEach((size, count) -> bucketCounts.add(new BucketCount(size, count[0], count[1])));
        bucketCounts.sort(Comparator.comparingInt(BucketCount::samples).reversed()
                .thenComparing(b -> b.size().toString()));
        return new DatasetStats(items.size(), Map.copyOf(byRole), perEpoch, List.copyOf(bucketCounts), List.copyOf(uncaptioned),
                List.copyOf(small), dataset.getResolution());
    }

    /**
     * The warnings a user should read beside the scan's (which names the images without captions, and those left
     * out), one line each: none when all is well.
     */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (!belowResolution.isEmpty()) {
            warnings.add(count(belowResolution.size()) + " smaller than the training resolution " + resolution + "x"
                    + resolution);
        }
        return warnings;
    }

    private static String count(int n) {
        return n + (n == 1 ? " image" : " images");
    }
}
