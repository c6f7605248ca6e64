package org.atelier.diffusion.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.List;

import org.atelier.runtime.Compute;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * CLIP's preprocessing to the pixel: images shrunk, enlarged and cropped as Hugging Face's CLIPImageProcessor does
 * with Pillow (the expected bytes below are Pillow's, of the same images), then normalised by CLIP's statistics.
 */
class ClipImageProcessorTest {

    /** An image with detail in every pixel, the same as the one Pillow was given. */
    private static BufferedImage image(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    rgb = rgb << 8 | (x * 73 + y * 151 + c * 29 + x * y * 7 + (x ^ y) * 13) % 256;
                }
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    private static void assertPixels(int w, int h, int size, int[] expected) {
        BufferedImage square = ClipImageProcessor.square(image(w, h), size);
        assertEquals(size, square.getWidth());
        assertEquals(size, square.getHeight());
        int[] actual = new int[size * size * 3];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rgb = square.getRGB(x, y);
                for (int c = 0; c < 3; c++) {
                    actual[(y * size + x) * 3 + c] = rgb >> (16 - 8 * c) & 0xFF;
                }
            }
        }
        assertArrayEquals(expected, actual, w + "x" + h + " to " + size);
    }

    @Test
    void resizedAndCroppedAsPillowDoesIt() {
        // Pillow 12.3: resized to (10, 8), then cropped
        assertPixels(23, 17, 8, new int[] {
                100, 127, 140, 99, 133, 115, 116, 145, 118, 126, 139, 121, 80, 100, 134, 147, 120, 152, 126, 130, 160, 108, 103, 132,
                171, 166, 97, 142, 116, 96, 117, 154, 123, 158, 98, 94, 143, 73, 108, 174, 116, 130, 166, 87, 114, 81, 105, 134,
                137, 104, 140, 131, 117, 121, 121, 108, 107, 117, 90, 126, 140, 123, 122, 173, 177, 101, 134, 165, 158, 68, 98, 131,
                122, 146, 150, 115, 86, 124, 126, 158, 159, 139, 137, 134, 158, 112, 101, 131, 140, 140, 141, 131, 110, 107, 135, 135,
                114, 108, 90, 130, 141, 125, 119, 152, 178, 112, 134, 85, 165, 74, 96, 103, 104, 134, 87, 122, 154, 133, 157, 144,
                120, 131, 150, 136, 140, 142, 116, 121, 109, 134, 138, 107, 147, 110, 96, 151, 114, 139, 138, 129, 159, 150, 181, 101,
                144, 112, 144, 102, 122, 147, 130, 105, 131, 109, 141, 134, 112, 104, 105, 134, 148, 141, 144, 111, 118, 154, 151, 151,
                139, 123, 116, 120, 118, 101, 134, 134, 168, 130, 113, 134, 142, 134, 157, 113, 123, 119, 115, 152, 100, 115, 133, 124 });
        // Pillow 12.3: resized to (8, 11), then cropped
        assertPixels(5, 7, 8, new int[] {
                71, 105, 134, 104, 80, 108, 151, 61, 91, 145, 137, 176, 116, 154, 194, 76, 105, 134, 56, 85, 122, 50, 79, 122,
                159, 208, 237, 198, 116, 146, 231, 11, 39, 133, 85, 101, 110, 158, 175, 162, 192, 222, 86, 115, 136, 23, 52, 65,
                77, 131, 160, 130, 141, 181, 201, 165, 185, 208, 216, 71, 160, 194, 62, 81, 110, 155, 131, 160, 77, 182, 210, 7,
                123, 48, 77, 124, 103, 142, 136, 187, 209, 193, 230, 114, 180, 211, 65, 111, 150, 82, 162, 203, 84, 212, 251, 84,
                249, 3, 32, 163, 37, 66, 59, 95, 125, 108, 146, 194, 172, 201, 152, 222, 251, 27, 184, 213, 128, 147, 176, 223,
                201, 127, 156, 110, 81, 110, 5, 38, 68, 80, 126, 171, 168, 145, 153, 238, 84, 19, 230, 60, 52, 211, 50, 97,
                117, 166, 203, 77, 117, 151, 32, 61, 90, 65, 110, 137, 129, 99, 133, 206, 27, 74, 231, 33, 70, 235, 48, 76,
                44, 74, 113, 91, 121, 156, 139, 168, 197, 61, 91, 120, 57, 82, 111, 137, 151, 181, 172, 185, 214, 185, 199, 228 });
        // Pillow 12.3: resized to (12, 19), then cropped
        assertPixels(40, 64, 12, new int[] {
                104, 109, 140, 130, 133, 142, 119, 132, 122, 131, 113, 98, 139, 113, 137, 144, 148, 136, 136, 140, 119, 114, 134, 119,
                98, 135, 127, 137, 115, 133, 147, 99, 106, 129, 122, 109, 143, 106, 123, 120, 122, 124, 129, 116, 143, 128, 124, 134,
                117, 128, 120, 133, 145, 120, 132, 130, 140, 128, 119, 145, 133, 135, 126, 130, 129, 106, 122, 130, 103, 126, 140, 137,
                150, 124, 122, 140, 156, 116, 135, 122, 126, 139, 129, 158, 132, 117, 106, 141, 132, 136, 138, 121, 129, 124, 133, 115,
                99, 109, 123, 113, 115, 126, 125, 140, 104, 131, 140, 128, 113, 137, 156, 119, 128, 143, 129, 159, 159, 138, 122, 120,
                165, 175, 152, 79, 93, 127, 120, 144, 150, 133, 114, 137, 140, 134, 153, 123, 111, 143, 117, 132, 131, 123, 123, 115,
                117, 112, 144, 103, 98, 107, 86, 110, 121, 94, 107, 143, 130, 159, 170, 164, 189, 165, 155, 165, 129, 140, 125, 147,
                125, 133, 151, 110, 133, 150, 87, 113, 147, 118, 112, 132, 114, 121, 118, 145, 131, 137, 126, 112, 95, 115, 72, 82,
                93, 77, 84, 105, 117, 80, 83, 85, 102, 108, 113, 140, 133, 104, 116, 123, 142, 134, 146, 123, 137, 135, 106, 108,
                127, 115, 114, 105, 124, 149, 143, 146, 158, 148, 145, 116, 99, 87, 99, 85, 105, 133, 129, 134, 163, 172, 144, 117,
                134, 121, 112, 109, 129, 121, 144, 113, 114, 97, 118, 130, 124, 133, 125, 145, 121, 108, 143, 97, 129, 119, 104, 126,
                98, 115, 133, 109, 121, 135, 114, 126, 144, 129, 148, 139, 140, 139, 133, 116, 126, 124, 124, 114, 139, 127, 101, 124,
                147, 107, 142, 150, 118, 107, 127, 129, 142, 132, 129, 129, 123, 127, 127, 130, 114, 127, 134, 115, 117, 131, 109, 142,
                145, 131, 113, 139, 123, 141, 125, 127, 122, 123, 146, 142, 135, 118, 135, 112, 129, 106, 110, 125, 125, 130, 110, 122,
                125, 138, 132, 148, 119, 117, 120, 139, 137, 127, 142, 125, 127, 129, 128, 122, 119, 144, 160, 104, 119, 137, 150, 130,
                127, 124, 120, 115, 123, 121, 104, 132, 131, 132, 129, 124, 144, 101, 98, 136, 97, 119, 132, 128, 134, 126, 125, 127,
                140, 126, 117, 126, 148, 134, 135, 147, 92, 118, 128, 124, 120, 119, 149, 124, 126, 146, 125, 134, 126, 132, 157, 118,
                135, 138, 121, 130, 124, 123, 124, 139, 149, 142, 110, 145, 140, 125, 123, 123, 130, 125, 123, 133, 115, 124, 153, 88 });
    }

    @Test
    void normalisedByClipsMeanAndDeviationAndGreyTakenByValue() throws Exception {
        BufferedImage grey = new BufferedImage(3, 3, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(1, 1, 0, 100);
        try (NDManager manager = Compute.engine().newBaseManager()) {
            NDArray pixels = ClipImageProcessor.pixels(manager, List.of(image(8, 8), grey), 3);
            assertEquals(new Shape(2, 3, 3, 3), pixels.getShape());
            // same size: nothing resized; the centre of the grey image is 100 in every channel
            for (int c = 0; c < 3; c++) {
                float expected = (100 / 255f - ClipImageProcessor.MEAN[c]) / ClipImageProcessor.STD[c];
                assertEquals(expected, pixels.getFloat(1, c, 1, 1), 1e-6f, "channel " + c);
            }
            BufferedImage square = ClipImageProcessor.square(image(8, 8), 3);
            int green = square.getRGB(2, 1) >> 8 & 0xFF;
            assertEquals((green / 255f - ClipImageProcessor.MEAN[1]) / ClipImageProcessor.STD[1], pixels.getFloat(0, 1, 1, 2), 1e-6f);
        }
    }
}
