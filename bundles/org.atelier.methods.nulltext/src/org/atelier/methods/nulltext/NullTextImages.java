package org.atelier.methods.nulltext;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Consumer;

/** What the inversion does to its image before and measures after: cropping to the latents' grid, pixel error. */
public final class NullTextImages {

    private NullTextImages() {
    }

    /**
     * The image with its sides cropped about the centre to multiples of 8 (the VAE's latents are an eighth of its
     * size), said through {@code log} when it cropped; the image itself when they are.
     *
     * @throws IllegalArgumentException naming {@code file} when a side is under 8 pixels
     */
    public static BufferedImage cropToEights(BufferedImage image, Path file, Consumer<String> log) {
        int w = image.getWidth() / 8 * 8;
        int h = image.getHeight() / 8 * 8;
        if (w == 0 || h == 0) {
            throw new IllegalArgumentException(file + ": " + image.getWidth() + "x" + image.getHeight()
                    + " is too small to invert: each side needs 8 pixels or more");
        }
        if (w == image.getWidth() && h == image.getHeight()) {
            return image;
        }
        log.accept(file.getFileName() + " is " + image.getWidth() + "x" + image.getHeight() + ", not a multiple of 8: cropped"
                + " about the centre to " + w + "x" + h + " (resize it beforehand to keep all of it)");
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.drawImage(image, -(image.getWidth() - w) / 2, -(image.getHeight() - h) / 2, null);
        g.dispose();
        return out;
    }

    /** The mean absolute difference of two images of one size over their RGB channels, 0 to 255. */
    public static double meanAbsoluteError(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new IllegalArgumentException(a.getWidth() + "x" + a.getHeight() + " against " + b.getWidth() + "x"
                    + b.getHeight() + ": not one size");
        }
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
