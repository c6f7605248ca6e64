package org.atelier.diffusion.clip;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * CLIP's preprocessing, as Hugging Face's {@code CLIPImageProcessor} does it: the image in RGB (an alpha channel
 * dropped, grey repeated), its shortest side resized to the model's size with Pillow's bicubic filter (the longer
 * side to {@code floor(size * long / short)}), the centre square cropped (from {@code floor} of half the margin), the
 * values scaled to 0..1 and normalised by CLIP's mean and standard deviation per channel.
 */
public final class ClipImageProcessor {

    /** CLIP's per-channel mean of its training images (red, green, blue). */
    public static final float[] MEAN = { 0.48145466f, 0.4578275f, 0.40821073f };
    /** CLIP's per-channel standard deviation. */
    public static final float[] STD = { 0.26862954f, 0.26130258f, 0.27577711f };

    private ClipImageProcessor() {
    }

    /** The image's pixels as {@code 0xRRGGBB}, row by row: grey images by their values, not through a colour space. */
    static int[] rgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = new int[w * h];
        if (image.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY) {
            // grey (with alpha or not, 8 or 16 bits) by its values, as Pillow repeats L, not through a colour space
            Raster raster = image.getRaster();
            int shift = Math.max(0, raster.getSampleModel().getSampleSize(0) - 8);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int v = raster.getSample(x, y, 0) >> shift;
                    rgb[y * w + x] = v << 16 | v << 8 | v;
                }
            }
            return rgb;
        }
        image.getRGB(0, 0, w, h, rgb, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xFFFFFF;
        }
        return rgb;
    }

    /** The image resized and cropped to {@code size x size}, as CLIP sees it before normalising. */
    public static BufferedImage square(BufferedImage image, int size) {
        int w = image.getWidth();
        int h = image.getHeight();
        int shortSide = Math.min(w, h);
        int longSide = (int) ((double) size * Math.max(w, h) / shortSide);
        int newW = w <= h ? size : longSide;
        int newH = w <= h ? longSide : size;
        int[] resized = BicubicResize.resize(rgb(image), w, h, newW, newH);
        int left = (newW - size) / 2;
        int top = (newH - size) / 2;
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, size, size, resized, top * newW + left, newW);
        return out;
    }

    /**
     * The images preprocessed for a model of {@code size x size} images: {@code [n, 3, size, size]}, made in
     * {@code manager}.
     */
    public static NDArray pixels(NDManager manager, List<BufferedImage> images, int size) {
        int plane = size * size;
        float[] values = new float[images.size() * 3 * plane];
        for (int n = 0; n < images.size(); n++) {
            int[] rgb = rgb(square(images.get(n), size));
            for (int c = 0; c < 3; c++) {
                int shift = 16 - 8 * c;
                int offset = (n * 3 + c) * plane;
                for (int i = 0; i < plane; i++) {
                    float value = (float) (((rgb[i] >> shift) & 0xFF) / 255.0);
                    values[offset + i] = (value - MEAN[c]) / STD[c];
                }
            }
        }
        return manager.create(values, new Shape(images.size(), 3, size, size));
    }
}
