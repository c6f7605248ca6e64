package org.atelier.common;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Sample images made small for lists, views and reports. */
public final class Thumbnails {

    private Thumbnails() {
    }

    /** The image scaled to fit {@code size x size} (never enlarged), smoothly. */
    public static BufferedImage of(BufferedImage image, int size) {
        double scale = Math.min(1, (double) size / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) (image.getWidth() * scale));
        int h = Math.max(1, (int) (image.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return small;
    }
}
