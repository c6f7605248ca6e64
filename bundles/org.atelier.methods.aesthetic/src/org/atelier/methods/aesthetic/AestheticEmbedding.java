package org.atelier.methods.aesthetic;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.atelier.datasets.ImageFormats;
import org.atelier.diffusion.clip.ClipImageProcessor;
import org.atelier.diffusion.clip.ClipVisionEncoder;
import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.tensors.TorchWriter;

import ai.djl.ndarray.NDManager;

/**
 * An aesthetic embedding as the aesthetic-gradients extension makes it: the mean of the raw CLIP image embeddings
 * ({@code get_image_features}) of a set of images, saved as it saves it, a bare {@code [1, D]} float tensor in a
 * {@code .pt} (and, for the tools that read no pickle, the same tensor in a safetensors file).
 */
public final class AestheticEmbedding {

    /** The tensor a safetensors file holds the embedding in. */
    public static final String TENSOR = "aesthetic_embedding";

    /** Where the work is, and whether to stop. */
    public interface Progress {
        void image(int done, int total);

        boolean cancelled();
    }

    private AestheticEmbedding() {
    }

    /**
     * The mean of the images' CLIP image embeddings ({@code D} floats); also, per image, the cosine of its embedding
     * to the mean, in {@code similarities} when not null (how alike the set is, as CLIP sees it).
     *
     * @throws CancellationException when {@code progress} says to stop
     */
    public static float[] mean(ClipVisionEncoder encoder, List<Path> images, NDManager manager, Progress progress,
            double[] similarities) throws IOException {
        int size = encoder.embeddingSize();
        float[][] embeddings = new float[images.size()][];
        double[] sum = new double[size];
        for (int i = 0; i < images.size(); i++) {
            if (progress.cancelled()) {
                throw new CancellationException("cancelled after " + i + " of " + images.size() + " images");
            }
            BufferedImage image = ImageFormats.read(images.get(i));
            try (NDManager scope = manager.newSubManager()) {
                embeddings[i] = encoder.embed(ClipImageProcessor.pixels(scope, List.of(image), encoder.imageSize())).toFloatArray();
            }
            for (int d = 0; d < size; d++) {
                sum[d] += embeddings[i][d];
            }
            progress.image(i + 1, images.size());
        }
        float[] mean = new float[size];
        for (int d = 0; d < size; d++) {
            mean[d] = (float) (sum[d] / images.size());
        }
        if (similarities != null) {
            for (int i = 0; i < images.size(); i++) {
                similarities[i] = cosine(embeddings[i], mean);
            }
        }
        return mean;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    /** Writes the embedding as the extension does: a bare {@code [1, D]} float32 tensor, pickled (temporary name, renamed). */
    public static void writePt(Path file, float[] embedding) throws IOException {
        TorchWriter.write(file, TorchWriter.Data.ofFloats(embedding, new long[] { 1, embedding.length }, DType.F32));
    }

    /** Writes the embedding as {@value #TENSOR} ({@code [1, D]}) in a safetensors file with {@code metadata}. */
    public static void writeSafetensors(Path file, float[] embedding, Map<String, String> metadata) throws IOException {
        SafetensorsWriter.write(file, metadata,
                Map.of(TENSOR, new SafetensorsWriter.FloatTensor(new long[] { 1, embedding.length }, embedding)));
    }

}
