package org.atelier.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ServiceLoader;

import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

/**
 * The image readers datasets use: Java's own (PNG, JPEG, BMP, GIF) and the WebP reader embedded in this bundle.
 * ImageIO finds plugins through the application's class path, which inside OSGi is not this bundle's, so the
 * embedded readers are registered with it when this class is first used: every dataset image is checked here
 * before ImageIO reads it.
 */
public final class ImageFormats {

    static {
        IIORegistry.getDefaultInstance().registerServiceProviders(
                ServiceLoader.load(ImageReaderSpi.class, ImageFormats.class.getClassLoader()).iterator());
    }

    private ImageFormats() {
    }

    /**
     * Why the file is cut short, or null. Only WebP is checked: its RIFF header gives the length, and the reader
     * decodes a truncated file without complaint, filling what is missing.
     */
    public static String truncation(Path image) throws IOException {
        if (!image.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".webp")) {
            return null;
        }
        byte[] header = new byte[12];
        int read;
        try (InputStream in = Files.newInputStream(image)) {
            read = in.readNBytes(header, 0, 12);
        }
        if (read < 12 || header[0] != 'R' || header[1] != 'I' || header[2] != 'F' || header[3] != 'F') {
            return "not a WebP file (no RIFF header)";
        }
        long expected = 8 + Integer.toUnsignedLong(ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getInt(4));
        long size = Files.size(image);
        return size < expected ? "truncated: " + size + " of its " + expected + " bytes" : null;
    }

    /**
     * The image in {@code file}, decoded whole.
     *
     * @throws DatasetException naming the file when it is cut short or no reader decodes it
     */
    public static BufferedImage read(Path image) throws IOException {
        String truncation = truncation(image);
        if (truncation != null) {
            throw new DatasetException(image + ": cannot be read as an image: " + truncation);
        }
        BufferedImage read;
        try {
            read = ImageIO.read(image.toFile());
        } catch (IOException | RuntimeException e) {
            read = null;
        }
        if (read == null) {
            throw new DatasetException(image + ": cannot be read as an image");
        }
        return read;
    }
}
