package org.atelier.training;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.atelier.datasets.Buckets;
import org.atelier.datasets.ImageFormats;
import org.atelier.datasets.Item;
import org.atelier.datasets.Masks;

/**
 * The masked loss: an image with a mask ({@link Masks}) counts only where its mask is white. The mask goes through
 * the image's own scaling, crop and flip, then is averaged over each 8x8 block to the latents' size; the squared
 * error is weighted by it and divided by its sum (a weighted mean), so that a small subject weighs as much as a large
 * one. A mask has its image's size: another is refused, naming both.
 */
final class LossMasks {

    private LossMasks() {
    }

    /**
     * The mask of {@code item} at latent size ({@code bucket / 8}), {@code [h * w]} in [0, 1], cropped at
     * {@code (x, y)} (-1: centred) and flipped as its latents are; null when the image has no mask.
     */
    static float[] of(Item item, Buckets.Size bucket, boolean flip, int x, int y) throws IOException {
        Path file = Masks.of(item.image());
        if (file == null) {
            return null;
        }
        BufferedImage mask = ImageFormats.read(file);
        if (mask.getWidth() != item.width() || mask.getHeight() != item.height()) {
            throw new TrainingException(file + ": a mask of " + mask.getWidth() + "x" + mask.getHeight() + " for an image of "
                    + item.width() + "x" + item.height() + " (" + item.image().getFileName() + "); a mask has its image's size");
        }
        float[] chw = LatentCache.pixels(mask, bucket, flip, x, y);
        int w = bucket.width();
        int h = bucket.height();
        int plane = w * h;
        float[] latent = new float[(h / 8) * (w / 8)];
        for (int row = 0; row < h / 8 * 8; row++) {
            for (int col = 0; col < w / 8 * 8; col++) {
                int at = row * w + col;
                float grey = (chw[at] + chw[plane + at] + chw[2 * plane + at]) / 3;
                latent[(row / 8) * (w / 8) + col / 8] += (grey + 1) / 2 / 64;
            }
        }
        return latent;
    }
}
