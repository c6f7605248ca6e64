package org.atelier.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WebP images in a dataset: sized from their header and decoded, through the reader embedded in the bundle. */
class WebpTest {

    @TempDir
    Path folder;

    /** Bits written least significant first, as WebP's lossless stream reads them. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void write(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= ((value >> i) & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        byte[] bytes() {
            if (used > 0) {
                out.write(current);
            }
            return out.toByteArray();
        }
    }

    /**
     * A lossless WebP of a red square on white, written by hand after the format's specification (RFC 9649): no
     * transforms, no colour cache, simple prefix codes (green and blue each 0 or 255 by one bit, red and alpha
     * always 255, no distances).
     */
    private static byte[] redSquareOnWhite(int width, int height) {
        Bits bits = new Bits();
        bits.write(0x2f, 8); // signature
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(0, 1); // no alpha
        bits.write(0, 3); // version 0
        bits.write(0, 1); // no transform
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // no meta prefix codes
        twoSymbols(bits); // green
        oneSymbol(bits, 255); // red
        twoSymbols(bits); // blue
        oneSymbol(bits, 255); // alpha
        oneSymbol(bits, 0); // distance
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int white = inSquare(x, y, width, height) ? 0 : 1;
                bits.write(white, 1); // green: 0 or 255
                bits.write(white, 1); // blue: 0 or 255
            }
        }
        byte[] data = bits.bytes();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        int padded = data.length + (data.length & 1);
        file.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        file.writeBytes(le32(4 + 8 + padded));
        file.writeBytes("WEBPVP8L".getBytes(StandardCharsets.US_ASCII));
        file.writeBytes(le32(data.length));
        file.writeBytes(data);
        if ((data.length & 1) == 1) {
            file.write(0);
        }
        return file.toByteArray();
    }

    private static boolean inSquare(int x, int y, int width, int height) {
        return x >= width / 4 && x < 3 * width / 4 && y >= height / 4 && y < 3 * height / 4;
    }

    /** A simple prefix code of the symbols 0 (code 0) and 255 (code 1). */
    private static void twoSymbols(Bits bits) {
        bits.write(1, 1); // simple
        bits.write(1, 1); // two symbols
        bits.write(0, 1); // the first in 1 bit
        bits.write(0, 1);
        bits.write(255, 8);
    }

    private static void oneSymbol(Bits bits, int symbol) {
        bits.write(1, 1); // simple
        bits.write(0, 1); // one symbol
        bits.write(1, 1); // in 8 bits
        bits.write(symbol, 8);
    }

    private static byte[] le32(int v) {
        return new byte[] { (byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24) };
    }

    @Test
    void aWebpImageIsSizedAndRead() throws Exception {
        Path file = folder.resolve("square.webp");
        Files.write(file, redSquareOnWhite(96, 72));
        assertArrayEquals(new int[] { 96, 72 }, DatasetScanner.size(file), "the header's size");
        BufferedImage image = ImageFormats.read(file);
        assertEquals(96, image.getWidth());
        assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF, "white outside");
        assertEquals(0xFF0000, image.getRGB(48, 36) & 0xFFFFFF, "red inside");
    }

    @Test
    void aDamagedWebpIsNamedNotRead() throws Exception {
        Path file = folder.resolve("broken.webp");
        byte[] whole = redSquareOnWhite(64, 64);
        Files.write(file, java.util.Arrays.copyOf(whole, 40));
        assertEquals(null, DatasetScanner.size(file), "left out of the dataset as unreadable");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> ImageFormats.read(file));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("broken.webp") && e.getMessage().contains("truncated: 40 of"),
                e.getMessage());
    }
}
