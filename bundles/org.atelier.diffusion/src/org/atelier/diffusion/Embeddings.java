package org.atelier.diffusion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Textual-inversion embeddings as the ecosystem writes them, read as ComfyUI and AUTOMATIC1111 read them:
 * AUTOMATIC1111's {@code .pt} ({@code string_to_param.*}), kohya's safetensors ({@code emb_params}), SDXL's
 * {@code clip_l} and {@code clip_g}, or a file of one tensor (diffusers' {@code {token: vectors}}). Pickle files
 * are read by the restricted reader: nothing in them runs.
 */
public final class Embeddings {

    private Embeddings() {
    }

    /** The name a prompt uses for an embedding file: its name without the extension, as AUTOMATIC1111 names it. */
    public static String name(Path file) {
        return file.getFileName().toString().replaceFirst("\\.(safetensors|pt|bin)$", "");
    }

    /** The second text encoder's file beside a diffusers SDXL embedding ({@code name_2.safetensors}), or null. */
    private static Path secondEncoderFile(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".safetensors")) {
            return null;
        }
        Path second = file.resolveSibling(name.substring(0, name.length() - ".safetensors".length()) + "_2.safetensors");
        return Files.isRegularFile(second) ? second : null;
    }

    /**
     * The vectors of an embedding file for a model with {@code encoders} text encoders (2 for SDXL), each
     * {@code [n, width]}, in {@code manager}.
     *
     * @throws TensorFileException when the file holds no embedding, or one for another family of models
     */
    public static List<NDArray> read(Path file, int encoders, NDManager manager) throws IOException {
        Path second = secondEncoderFile(file);
        if (encoders == 2 && second != null) {
            // diffusers' SDXL pair: learned_embeds.safetensors (CLIP-L's vectors) and learned_embeds_2 (bigG's)
            List<NDArray> both = new ArrayList<>(read(file, 1, manager));
            both.addAll(read(second, 1, manager));
            return both;
        }
        try (TensorSource source = TensorFiles.open(file)) {
            List<TensorInfo> parts = new ArrayList<>();
            if (source.tensor("clip_l") != null && source.tensor("clip_g") != null) {
                parts.add(source.tensor("clip_l"));
                parts.add(source.tensor("clip_g"));
            } else if (source.tensor("string_to_param.*") != null) {
                parts.add(source.tensor("string_to_param.*"));
            } else if (source.tensor("emb_params") != null) {
                parts.add(source.tensor("emb_params"));
            } else if (source.tensors().size() == 1) {
                parts.add(source.tensors().get(0));
            } else {
                throw new TensorFileException(file, "not a textual-inversion embedding (no string_to_param, emb_params,"
                        + " clip_l/clip_g, nor a single tensor)");
            }
            if (parts.size() != encoders) {
                throw new TensorFileException(file, parts.size() == 2 ? "an SDXL embedding (clip_l, clip_g); this model has one"
                        + " text encoder" : "an embedding for one text encoder; this model (SDXL) has two: it needs clip_l and clip_g");
            }
            List<NDArray> vectors = new ArrayList<>();
            for (TensorInfo t : parts) {
                long[] shape = t.rank() == 1 ? new long[] { 1, t.dim(0) } : t.shape();
                if (shape.length != 2) {
                    throw new TensorFileException(file, "tensor '" + t.name() + "' of shape " + t.shapeText()
                            + " is not a list of vectors");
                }
                vectors.add(manager.create(source.floats(t), new Shape(shape)));
            }
            return vectors;
        }
    }
}
