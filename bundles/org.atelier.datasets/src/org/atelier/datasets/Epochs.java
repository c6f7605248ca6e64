package org.atelier.datasets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The order in which the images are shown, as kohya orders them: each epoch shows every image as often as its
 * repeats say (regularisation images as often as the training images, {@link Regularisation}); the images of each bucket are shuffled and cut into batches (a batch holds one bucket), and the
 * batches are shuffled. Each epoch's order comes from the seed and the epoch's number alone, so a resumed run sees
 * the same batches.
 */
public final class Epochs {

    /** The images of one forward pass, all of one bucket. */
    public record Batch(Buckets.Size bucket, List<Item> items) {
    }

    private final Map<Buckets.Size, List<Item>> byBucket = new LinkedHashMap<>();
    private final int batchSize;
    private final long seed;
    private final int batchesPerEpoch;
    private final int imagesPerEpoch;
    private int cachedEpoch = -1;
    private List<Batch> cached;

    public Epochs(List<Item> items, Buckets buckets, int batchSize, long seed) {
        this.batchSize = batchSize;
        this.seed = seed;
        int images = 0;
        for (Item item : Regularisation.balance(items)) {
            List<Item> list = byBucket.computeIfAbsent(buckets.of(item.width(), item.height()), b -> new ArrayList<>());
            for (int r = 0; r < item.repeats(); r++) {
                list.add(item);
                images++;
            }
        }
        int batches = 0;
        for (List<Item> list : byBucket.values()) {
            batches += (list.size() + batchSize - 1) / batchSize;
        }
        this.batchesPerEpoch = batches;
        this.imagesPerEpoch = images;
    }

    /** Images shown per epoch (repeats counted). */
    public int imagesPerEpoch() {
        return imagesPerEpoch;
    }

    /** Forward passes per epoch (each bucket's images in batches; the last batch of a bucket may be smaller). */
    public int batchesPerEpoch() {
        return batchesPerEpoch;
    }

    /** How many images (repeats counted) each bucket holds per epoch. */
    public Map<Buckets.Size, Integer> bucketCounts() {
        Map<Buckets.Size, Integer> counts = new LinkedHashMap<>();
        byBucket.forEach((b, list) -> counts.put(b, list.size()));
        return counts;
    }

    /** The {@code index}-th forward pass of the training, counted over all epochs from 0. */
    public Batch batch(long index) {
        int epoch = (int) (index / batchesPerEpoch);
        if (epoch != cachedEpoch) {
            cached = order(epoch);
            cachedEpoch = epoch;
        }
        return cached.get((int) (index % batchesPerEpoch));
    }

    private List<Batch> order(int epoch) {
        Random random = new Random(seed * 1_000_003L + epoch);
        List<Batch> batches = new ArrayList<>();
        for (Map.Entry<Buckets.Size, List<Item>> e : byBucket.entrySet()) {
            List<Item> shuffled = new ArrayList<>(e.getValue());
            Collections.shuffle(shuffled, random);
            for (int i = 0; i < shuffled.size(); i += batchSize) {
                batches.add(new Batch(e.getKey(), List.copyOf(shuffled.subList(i, Math.min(shuffled.size(), i + batchSize)))));
            }
        }
        Collections.shuffle(batches, random);
        return batches;
    }
}
