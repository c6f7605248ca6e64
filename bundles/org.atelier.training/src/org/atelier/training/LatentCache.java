package org.atelier.training;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.atelier.diffusion.vae.Vae;
import org.atelier.tensors.DType;
import org.atelier.tensors.Hashes;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.tensors.TensorInfo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.atelier.datasets.Item;
import org.atelier.datasets.ImageFormats;
import org.atelier.datasets.Buckets;

/**
 * An image's latents for a bucket, encoded by the VAE once and kept on disk: one safetensors file per image,
 * VAE, bucket and flip, named by the image's content hash, the VAE's identity and the bucket, so a changed image,
 * another VAE or another bucket is encoded anew and nothing stale is read. Files are written whole under a
 * temporary name, as every file here is.
 */
public final class LatentCache {

    private final Path folder;
    private final String vaeId;
    private final Vae vae;
    /** Each image's content hash, by path, with the size and time it was taken at: hashed (or looked up) once a run. */
    private final Map<Path, String[]> hashes = new java.util.HashMap<>();

    /**
     * @param folder where the latents are kept
     * @param vaeId  what identifies the VAE's weights (the model file's hash)
     */
    public LatentCache(Path folder, String vaeId, Vae vae) {
        this.folder = folder;
        this.vaeId = vaeId;
        this.vae = vae;
    }

    /** The file of an image's latents in a bucket. */
    Path file(Item item, Buckets.Size bucket, boolean flip) throws IOException {
        String image = imageHash(item.image());
        return folder.resolve(image.substring(0, 2)).resolve(image + "-" + vaeId + "-" + bucket + (flip ? "-flip" : "")
                + ".safetensors");
    }

    /** The first 32 hex digits of the image's sha256, remembered while the file's size and time stay the same. */
    private String imageHash(Path image) throws IOException {
        java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(image,
                java.nio.file.attribute.BasicFileAttributes.class);
        String stamp = a.size() + ":" + a.lastModifiedTime().toMillis();
        String[] known = hashes.get(image);
        if (known == null || !known[0].equals(stamp)) {
            known = new String[] { stamp, Hashes.sha256Cached(image).substring(0, 32) };
            hashes.put(image, known);
        }
        return known[1];
    }

    /** True when the latents are on disk already. */
    public boolean has(Item item, Buckets.Size bucket, boolean flip) throws IOException {
        return Files.isRegularFile(file(item, bucket, flip));
    }

    /**
     * The latents ({@code [1, 4, height/8, width/8]}) in {@code scope}: read from the cache, or encoded (the image
     * scaled to cover the bucket, cropped in its centre, flipped when asked) and kept.
     */
    public NDArray latents(Item item, Buckets.Size bucket, boolean flip, NDManager scope) throws IOException {
        Path file = file(item, bucket, flip);
        Shape shape = new Shape(1, 4, bucket.height() / 8, bucket.width() / 8);
        if (Files.isRegularFile(file)) {
            try (SafetensorsReader reader = SafetensorsReader.open(file)) {
                TensorInfo t = reader.tensor("latents");
                if (t != null && java.util.Arrays.equals(t.shape(), shape.getShape())) {
                    return scope.create(reader.floats(t), shape);
                }
            } catch (IOException e) {
                // a damaged cache file is encoded again below
            }
        }
        NDArray latents = encode(item, bucket, flip, -1, -1, scope);
        Files.createDirectories(file.getParent());
        try (SafetensorsWriter writer = SafetensorsWriter.create(file, Map.of("format", "pt"),
                List.of(new SafetensorsWriter.Spec("latents", DType.F32, shape.getShape())))) {
            writer.writeFloats("latents", latents.toFloatArray());
        }
        return latents;
    }

    /** Encodes without keeping (random crops): the crop at {@code (x, y)} of the scaled image, or its centre for -1. */
    public NDArray encode(Item item, Buckets.Size bucket, boolean flip, int x, int y, NDManager scope) throws IOException {
        float[] pixels = pixels(ImageFormats.read(item.image()), bucket, flip, x, y);
        try (NDManager work = scope.newSubManager()) {
            NDArray images = work.create(pixels, new Shape(1, 3, bucket.height(), bucket.width()));
            NDArray latents = vae.encode(images);
            latents.attach(scope);
            return latents;
        }
    }

    /**
     * The image scaled (bicubic) to cover the bucket, cropped to it at {@code (x, y)} of the scaled image (its
     * centre for -1), flipped left to right when asked: {@code [3, H, W]} in [-1, 1], alpha dropped.
     */
    public static float[] pixels(BufferedImage image, Buckets.Size bucket, boolean flip, int x, int y) {
        double scale = Math.max((double) bucket.width() / image.getWidth(), (double) bucket.height() / image.getHeight());
        int w = Math.max(bucket.width(), (int) Math.ceil(image.getWidth() * scale));
        int h = Math.max(bucket.height(), (int) Math.ceil(image.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        int left = x < 0 ? (w - bucket.width()) / 2 : Math.min(x, w - bucket.width());
        int top = y < 0 ? (h - bucket.height()) / 2 : Math.min(y, h - bucket.height());
        int bw = bucket.width();
        int bh = bucket.height();
        int[] rgb = scaled.getRGB(left, top, bw, bh, null, 0, bw);
        float[] chw = new float[3 * bw * bh];
        for (int row = 0; row < bh; row++) {
            for (int col = 0; col < bw; col++) {
                int p = rgb[row * bw + (flip ? bw - 1 - col : col)];
                int at = row * bw + col;
                chw[at] = ((p >> 16) & 0xff) / 127.5f - 1;
                chw[bw * bh + at] = ((p >> 8) & 0xff) / 127.5f - 1;
                chw[2 * bw * bh + at] = (p & 0xff) / 127.5f - 1;
            }
        }
        return chw;
    }
}
