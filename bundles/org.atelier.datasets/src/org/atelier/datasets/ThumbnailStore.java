package org.atelier.datasets;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.atelier.common.Thumbnails;
import org.atelier.common.AtomicFiles;

/**
 * Small pictures of dataset images, kept on disk: a thumbnail is decoded from its image once (reading every n-th
 * pixel of a large image, not all of them), then read from the store's folder until the image changes (its path,
 * size and modification time name the stored file). Safe to use from several threads.
 */
public final class ThumbnailStore {

    private final Path folder;
    private final int size;
    private final AtomicInteger decoded = new AtomicInteger();

    /**
     * @param folder where thumbnails are kept
     * @param size   the side of the square a thumbnail fits in
     */
    public ThumbnailStore(Path folder, int size) {
        this.folder = folder;
        this.size = size;
    }

    /** The store of a project: its {@code .atelier/cache/thumbnails}. */
    public static ThumbnailStore ofProject(Path projectFolder, int size) {
        return new ThumbnailStore(projectFolder.resolve(".atelier/cache/thumbnails"), size);
    }

    public int size() {
        return size;
    }

    /** How many thumbnails were decoded from their images (not read from the store) since it was made. */
    public int decoded() {
        return decoded.get();
    }

    /** The image's thumbnail. */
    public BufferedImage get(Path image) throws IOException {
        Path stored = folder.resolve(key(image) + ".png");
        if (Files.isRegularFile(stored)) {
            BufferedImage thumbnail = ImageIO.read(stored.toFile());
            if (thumbnail != null) {
                return thumbnail;
            }
        }
        BufferedImage thumbnail = Thumbnails.of(decode(image), size);
        decoded.incrementAndGet();
        Files.createDirectories(folder);
        AtomicFiles.write(stored, out -> ImageIO.write(thumbnail, "png", out));
        return thumbnail;
    }

    private BufferedImage decode(Path image) throws IOException {
        String truncated = ImageFormats.truncation(image);
        if (truncated != null) {
            throw new IOException(image + ": " + truncated);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException(image + ": not an image this program reads");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int every = Math.max(1, longest / (2 * size)); // twice the thumbnail's size, then scaled smoothly
                param.setSourceSubsampling(every, every, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private String key(Path image) throws IOException {
        Path absolute = image.toAbsolutePath().normalize();
        String identity = absolute + "|" + Files.size(absolute) + "|" + Files.getLastModifiedTime(absolute).toMillis() + "|" + size;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
