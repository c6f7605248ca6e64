package org.atelier.training.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.atelier.tensors.SafetensorsWriter;

/**
 * A tiny CLIP vision model with random weights (128 wide, 2 heads of 64, 2 layers, 16x16 images in patches of 4,
 * embeddings of 32), in Hugging Face's names; written in that layout or OpenCLIP's, the same weights either way; and a
 * whole CLIP model made of it and an SD 1.x checkpoint's text encoder.
 */
public final class TinyClipVision {

    public static final int WIDTH = 128;
    public static final int LAYERS = 2;
    public static final int PATCH = 4;
    public static final int IMAGE = 16;
    public static final int TOKENS = (IMAGE / PATCH) * (IMAGE / PATCH) + 1;
    public static final int PROJECTION = 32;

    /** A tensor: its shape and values. */
    public record T(long[] shape, float[] values) {
    }

    /** The weights by their Hugging Face names (without a prefix). */
    public final Map<String, T> hf = new LinkedHashMap<>();

    public TinyClipVision(long seed) {
        Random random = new Random(seed);
        put(random, "vision_model.embeddings.class_embedding", 0.5, 0, WIDTH);
        put(random, "vision_model.embeddings.patch_embedding.weight", 0.2, 0, WIDTH, 3, PATCH, PATCH);
        put(random, "vision_model.embeddings.position_embedding.weight", 0.5, 0, TOKENS, WIDTH);
        norm(random, "vision_model.pre_layrnorm");
        for (int i = 0; i < LAYERS; i++) {
            String p = "vision_model.encoder.layers." + i + ".";
            norm(random, p + "layer_norm1");
            for (String name : new String[] { "q_proj", "k_proj", "v_proj", "out_proj" }) {
                linear(random, p + "self_attn." + name, WIDTH, WIDTH);
            }
            norm(random, p + "layer_norm2");
            linear(random, p + "mlp.fc1", 4 * WIDTH, WIDTH);
            linear(random, p + "mlp.fc2", WIDTH, 4 * WIDTH);
        }
        norm(random, "vision_model.post_layernorm");
        put(random, "visual_projection.weight", 0.1, 0, PROJECTION, WIDTH);
    }

    private void put(Random random, String name, double scale, double offset, long... shape) {
        int n = 1;
        for (long d : shape) {
            n *= (int) d;
        }
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (offset + scale * random.nextGaussian());
        }
        hf.put(name, new T(shape, v));
    }

    private void norm(Random random, String name) {
        put(random, name + ".weight", 0.1, 1, WIDTH);
        put(random, name + ".bias", 0.1, 0, WIDTH);
    }

    private void linear(Random random, String name, int out, int in) {
        put(random, name + ".weight", 1 / Math.sqrt(in), 0, out, in);
        put(random, name + ".bias", 0.1, 0, out);
    }

    public float[] get(String hfName) {
        return hf.get(hfName).values();
    }

    /** Writes the Hugging Face layout, every key under {@code prefix}. */
    public void writeHuggingFace(Path file, String prefix) throws IOException {
        Map<String, T> out = new LinkedHashMap<>();
        hf.forEach((k, t) -> out.put(prefix + k, t));
        write(file, out);
    }

    /** Writes OpenCLIP's layout under {@code prefix} ({@code visual.}, or {@code embedder.model.visual.}). */
    public void writeOpenClip(Path file, String prefix) throws IOException {
        Map<String, T> out = new LinkedHashMap<>();
        String v = "vision_model.";
        out.put(prefix + "class_embedding", hf.get(v + "embeddings.class_embedding"));
        out.put(prefix + "positional_embedding", hf.get(v + "embeddings.position_embedding.weight"));
        out.put(prefix + "conv1.weight", hf.get(v + "embeddings.patch_embedding.weight"));
        out.put(prefix + "ln_pre.weight", hf.get(v + "pre_layrnorm.weight"));
        out.put(prefix + "ln_pre.bias", hf.get(v + "pre_layrnorm.bias"));
        for (int i = 0; i < LAYERS; i++) {
            String p = v + "encoder.layers." + i + ".";
            String o = prefix + "transformer.resblocks." + i + ".";
            out.put(o + "ln_1.weight", hf.get(p + "layer_norm1.weight"));
            out.put(o + "ln_1.bias", hf.get(p + "layer_norm1.bias"));
            out.put(o + "attn.in_proj_weight", concat(new long[] { 3 * WIDTH, WIDTH }, get(p + "self_attn.q_proj.weight"),
                    get(p + "self_attn.k_proj.weight"), get(p + "self_attn.v_proj.weight")));
            out.put(o + "attn.in_proj_bias", concat(new long[] { 3 * WIDTH }, get(p + "self_attn.q_proj.bias"),
                    get(p + "self_attn.k_proj.bias"), get(p + "self_attn.v_proj.bias")));
            out.put(o + "attn.out_proj.weight", hf.get(p + "self_attn.out_proj.weight"));
            out.put(o + "attn.out_proj.bias", hf.get(p + "self_attn.out_proj.bias"));
            out.put(o + "ln_2.weight", hf.get(p + "layer_norm2.weight"));
            out.put(o + "ln_2.bias", hf.get(p + "layer_norm2.bias"));
            out.put(o + "mlp.c_fc.weight", hf.get(p + "mlp.fc1.weight"));
            out.put(o + "mlp.c_fc.bias", hf.get(p + "mlp.fc1.bias"));
            out.put(o + "mlp.c_proj.weight", hf.get(p + "mlp.fc2.weight"));
            out.put(o + "mlp.c_proj.bias", hf.get(p + "mlp.fc2.bias"));
        }
        out.put(prefix + "ln_post.weight", hf.get(v + "post_layernorm.weight"));
        out.put(prefix + "ln_post.bias", hf.get(v + "post_layernorm.bias"));
        float[] projection = get("visual_projection.weight");
        float[] transposed = new float[projection.length];
        for (int o = 0; o < PROJECTION; o++) {
            for (int c = 0; c < WIDTH; c++) {
                transposed[c * PROJECTION + o] = projection[o * WIDTH + c];
            }
        }
        out.put(prefix + "proj", new T(new long[] { WIDTH, PROJECTION }, transposed));
        write(file, out);
    }

    /**
     * A Hugging Face {@code CLIPModel} folder at {@code target}: the text encoder of the SD 1.x {@code checkpoint}
     * with a random text projection to 32, and this vision tower (as OpenAI's ViT-L/14 is SD 1.x's text encoder with
     * its vision tower).
     */
    public static Path clipModel(Path checkpoint, Path target, long seed) throws IOException {
        Map<String, T> tensors = new LinkedHashMap<>(new TinyClipVision(seed).hf);
        int width;
        try (org.atelier.tensors.SafetensorsReader sd = org.atelier.tensors.SafetensorsReader.open(checkpoint)) {
            width = (int) sd.tensor("cond_stage_model.transformer.text_model.embeddings.token_embedding.weight").dim(1);
        }
        Random random = new Random(seed + 1);
        float[] projection = new float[PROJECTION * width];
        for (int i = 0; i < projection.length; i++) {
            projection[i] = (float) (random.nextGaussian() / Math.sqrt(width));
        }
        tensors.put("text_projection.weight", new T(new long[] { PROJECTION, width }, projection));
        Path vision = java.nio.file.Files.createTempFile("tiny-clip-vision", ".safetensors");
        try {
            write(vision, tensors);
            return org.atelier.diffusion.clip.ClipModelFiles.assemble(checkpoint, vision, target);
        } finally {
            java.nio.file.Files.deleteIfExists(vision);
        }
    }

    private static T concat(long[] shape, float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] all = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return new T(shape, all);
    }

    public static void write(Path file, Map<String, T> tensors) throws IOException {
        Map<String, SafetensorsWriter.FloatTensor> out = new LinkedHashMap<>();
        tensors.forEach((k, t) -> out.put(k, new SafetensorsWriter.FloatTensor(t.shape(), t.values())));
        SafetensorsWriter.write(file, Map.of(), out);
    }

}
