package org.atelier.ui;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/** Images made with Java's imaging (generated images, charts) as SWT shows them. */
public final class SwtImages {

    private SwtImages() {
    }

    /** The pixels of {@code image} (alpha dropped) as 24-bit SWT image data. */
    public static ImageData of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                row[x] &= 0xffffff;
            }
            data.setPixels(0, y, w, row, 0);
        }
        return data;
    }
}
