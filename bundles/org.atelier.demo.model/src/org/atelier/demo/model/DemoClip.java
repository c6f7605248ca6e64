package org.atelier.demo.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

import org.atelier.diffusion.clip.ClipImageProcessor;
import org.atelier.diffusion.clip.ClipTextEncoder;
import org.atelier.diffusion.clip.ClipVisionEncoder;
import org.atelier.diffusion.clip.ClipVisionSettings;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.runtime.Compute;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.tensors.TensorSource;
import org.atelier.training.DemoShapes.Kind;
import org.atelier.training.optim.Optimizer;
import org.atelier.training.optim.Parameter;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * The vision tower of the demo's CLIP model, trained as CLIP is trained, contrastively, against the demo base model's
 * own text encoder (frozen, as OpenAI's ViT-L/14 text tower is SD 1.x's): a small ViT (64 wide, 2 layers, 32x32
 * images in patches of 8) and a text projection learn to put a picture of a red circle next to "a red circle" and
 * away from the other 20 colours and shapes. With the base model's text encoder it makes the CLIP model the demo's
 * aesthetic gradients steer through ({@link org.atelier.diffusion.clip.ClipModelFiles#assemble}).
 */
public final class DemoClip {

    public static final int WIDTH = 64;
    public static final int LAYERS = 2;
    public static final int PATCH = 8;
    public static final int IMAGE = 32;
    public static final int PROJECTION = 32;
    private static final String TEXT = "cond_stage_model.transformer.text_model.";
    /** CLIP's logit scale, fixed (CLIP learns it, up to 100). */
    private static final float SCALE = 20;

    /** What the training reached: the last loss and how often a fresh picture's nearest caption is its own. */
    public record Result(double loss, double accuracy) {
    }

    private DemoClip() {
    }

    /**
     * Trains the tower for {@code steps} steps against {@code base}'s text encoder and writes it with both
     * projections to {@code target} ({@code vision_model.*}, {@code visual_projection.weight},
     * {@code text_projection.weight}); {@code step} hears each step.
     */
    public static Result make(Path base, Path tokenizerFolder, Path target, int steps, long seed, IntConsumer step)
            throws IOException, org.atelier.runtime.ComputeException {
        ClipTokenizer tokenizer = ClipTokenizer.load(tokenizerFolder);
        List<String> captions = new ArrayList<>();
        for (ShapeSet.Colour colour : ShapeSet.Colour.values()) {
            for (Kind kind : Kind.values()) {
                captions.add("a " + colour.word() + " " + kind.word());
            }
        }
        Path initial = Files.createTempFile("demo-clip", ".safetensors");
        try (NDManager manager = Compute.engine().newBaseManager()) {
            manager.getEngine().setRandomSeed((int) seed);
            NDArray text = pooledText(base, tokenizer, captions, manager);
            writeInitial(initial, seed, (int) text.getShape().get(1));
            ClipVisionEncoder vision;
            NDArray textProjection;
            try (TensorSource source = SafetensorsReader.open(initial)) {
                vision = ClipVisionEncoder.load(source, ClipVisionSettings.DEFAULT, manager);
                textProjection = manager.create(source.floats(source.tensor("text_projection.weight")),
                        new Shape(source.tensor("text_projection.weight").shape()));
            }
            List<Parameter> parameters = new ArrayList<>();
            for (ModelWeights.Tensor t : vision.weights().tensors().values()) {
                if (!t.key().equals("visual_projection.weight")) { // the tower learns; its projection stays as drawn
                    parameters.addAll(Parameter.of(t, 1, Long.MAX_VALUE));
                }
            }
            parameters.add(new Parameter("text_projection.weight", textProjection));
            parameters.forEach(p -> p.value().setRequiresGradient(true));
            Optimizer adam = new Optimizer(Optimizer.Kind.ADAMW, 0.01, 0.9, 0.999, manager);
            NDArray eye = manager.eye(captions.size());
            double loss = Double.NaN;
            for (int s = 0; s < steps; s++) {
                List<ShapeSet.Picture> pictures = onePerCaption(ShapeSet.pictures(1, seed + 1 + s), captions);
                try (NDManager scope = manager.newSubManager();
                        GradientCollector collector = manager.getEngine().newGradientCollector()) {
                    NDArray logits = logits(vision, textProjection, text, pictures, scope);
                    NDArray rows = logits.logSoftmax(1).mul(eye).sum().div(-captions.size());
                    NDArray columns = logits.logSoftmax(0).mul(eye).sum().div(-captions.size());
                    NDArray both = rows.add(columns).div(2);
                    loss = both.getFloat();
                    collector.backward(both);
                }
                adam.step(parameters, 1e-3 * Math.min(1, (s + 1) / 20.0));
                Optimizer.zeroGradients(parameters);
                step.accept(s + 1);
            }
            double accuracy = accuracy(vision, textProjection, text, captions, seed, manager);
            write(target, vision, textProjection, steps, seed, loss, accuracy);
            return new Result(loss, accuracy);
        } finally {
            Files.deleteIfExists(initial);
        }
    }

    /** The base's text encoder's state at each caption's end token, through its final norm: {@code [captions, width]}. */
    private static NDArray pooledText(Path base, ClipTokenizer tokenizer, List<String> captions, NDManager manager)
            throws IOException {
        int[][] ids = new int[captions.size()][77];
        int[] ends = new int[captions.size()];
        for (int c = 0; c < captions.size(); c++) {
            java.util.Arrays.fill(ids[c], tokenizer.endId());
            ids[c][0] = tokenizer.startId();
            List<Integer> tokens = tokenizer.encode(captions.get(c));
            for (int i = 0; i < tokens.size(); i++) {
                ids[c][1 + i] = tokens.get(i);
            }
            ends[c] = 1 + tokens.size();
        }
        try (SafetensorsReader source = SafetensorsReader.open(base); NDManager scope = manager.newSubManager()) {
            ClipTextEncoder encoder = ClipTextEncoder.load(source, TEXT, scope);
            NDArray states = encoder.encode(scope, ids, 1);
            float[] all = states.toFloatArray();
            int width = encoder.width();
            float[] pooled = new float[captions.size() * width];
            for (int c = 0; c < captions.size(); c++) {
                System.arraycopy(all, (c * 77 + ends[c]) * width, pooled, c * width, width);
            }
            return manager.create(pooled, new Shape(captions.size(), width));
        }
    }

    /** Of {@code pictures}, the first of each caption's colour and shape, in the order of {@code captions}. */
    private static List<ShapeSet.Picture> onePerCaption(List<ShapeSet.Picture> pictures, List<String> captions) {
        Map<String, ShapeSet.Picture> first = new LinkedHashMap<>();
        for (ShapeSet.Picture p : pictures) {
            first.putIfAbsent("a " + p.colour().word() + " " + p.kind().word(), p);
        }
        return captions.stream().map(first::get).toList();
    }

    /** CLIP's logits: the scaled cosines of the pictures' image features to the captions' text features. */
    private static NDArray logits(ClipVisionEncoder vision, NDArray textProjection, NDArray text, List<ShapeSet.Picture> pictures,
            NDManager scope) {
        NDArray images = vision.embed(ClipImageProcessor.pixels(scope, pictures.stream().map(ShapeSet.Picture::image).toList(),
                IMAGE));
        images = images.div(images.norm(new int[] { 1 }, true));
        text.tempAttach(scope); // back with the weights when the scope closes: what is made of them goes with the scope
        textProjection.tempAttach(scope);
        NDArray texts = text.matMul(textProjection.transpose());
        texts = texts.div(texts.norm(new int[] { 1 }, true));
        return images.matMul(texts.transpose()).mul(SCALE);
    }

    /** How often a fresh picture's nearest caption is its own (1 in 21 by chance). */
    private static double accuracy(ClipVisionEncoder vision, NDArray textProjection, NDArray text, List<String> captions,
            long seed, NDManager manager) {
        int right = 0;
        int total = 0;
        for (int round = 0; round < 4; round++) {
            List<ShapeSet.Picture> pictures = onePerCaption(ShapeSet.pictures(1, seed ^ 0x5eed + round), captions);
            try (NDManager scope = manager.newSubManager()) {
                int[] best = logits(vision, textProjection, text, pictures, scope).argMax(1).toType(
                        ai.djl.ndarray.types.DataType.INT32, false).toIntArray();
                for (int i = 0; i < best.length; i++) {
                    right += best[i] == i ? 1 : 0;
                    total++;
                }
            }
        }
        return (double) right / total;
    }

    /** Random initial weights of the tower and both projections, CLIP's way (normal, scaled by the fan-in). */
    private static void writeInitial(Path file, long seed, int textWidth) throws IOException {
        Random random = new Random(seed);
        Map<String, SafetensorsWriter.FloatTensor> tensors = new LinkedHashMap<>();
        int tokens = (IMAGE / PATCH) * (IMAGE / PATCH) + 1;
        put(tensors, random, "vision_model.embeddings.class_embedding", 1 / Math.sqrt(WIDTH), 0, WIDTH);
        put(tensors, random, "vision_model.embeddings.patch_embedding.weight", 1 / Math.sqrt(3 * PATCH * PATCH), 0,
                WIDTH, 3, PATCH, PATCH);
        put(tensors, random, "vision_model.embeddings.position_embedding.weight", 0.02, 0, tokens, WIDTH);
        norm(tensors, "vision_model.pre_layrnorm");
        for (int i = 0; i < LAYERS; i++) {
            String p = "vision_model.encoder.layers." + i + ".";
            norm(tensors, p + "layer_norm1");
            for (String name : new String[] { "q_proj", "k_proj", "v_proj", "out_proj" }) {
                linear(tensors, random, p + "self_attn." + name, WIDTH, WIDTH);
            }
            norm(tensors, p + "layer_norm2");
            linear(tensors, random, p + "mlp.fc1", 4 * WIDTH, WIDTH);
            linear(tensors, random, p + "mlp.fc2", WIDTH, 4 * WIDTH);
        }
        norm(tensors, "vision_model.post_layernorm");
        put(tensors, random, "visual_projection.weight", 1 / Math.sqrt(WIDTH), 0, PROJECTION, WIDTH);
        put(tensors, random, "text_projection.weight", 1 / Math.sqrt(textWidth), 0, PROJECTION, textWidth);
        SafetensorsWriter.write(file, Map.of(), tensors);
    }

    private static void put(Map<String, SafetensorsWriter.FloatTensor> tensors, Random random, String name, double scale,
            double offset, long... shape) {
        int n = 1;
        for (long d : shape) {
            n *= (int) d;
        }
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (offset + (random == null ? 0 : scale * random.nextGaussian()));
        }
        tensors.put(name, new SafetensorsWriter.FloatTensor(shape, v));
    }

    private static void norm(Map<String, SafetensorsWriter.FloatTensor> tensors, String name) {
        put(tensors, null, name + ".weight", 0, 1, WIDTH);
        put(tensors, null, name + ".bias", 0, 0, WIDTH);
    }

    private static void linear(Map<String, SafetensorsWriter.FloatTensor> tensors, Random random, String name, int out, int in) {
        put(tensors, random, name + ".weight", 1 / Math.sqrt(in), 0, out, in);
        put(tensors, null, name + ".bias", 0, 0, out);
    }

    /** The trained tower and both projections, with what made them in the metadata. */
    private static void write(Path target, ClipVisionEncoder vision, NDArray textProjection, int steps, long seed, double loss,
            double accuracy) throws IOException {
        Map<String, SafetensorsWriter.FloatTensor> tensors = new LinkedHashMap<>();
        for (ModelWeights.Tensor t : vision.weights().tensors().values()) {
            tensors.put(t.key(), new SafetensorsWriter.FloatTensor(t.value().getShape().getShape(), t.value().toFloatArray()));
        }
        tensors.put("text_projection.weight", new SafetensorsWriter.FloatTensor(textProjection.getShape().getShape(),
                textProjection.toFloatArray()));
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("num_attention_heads", Integer.toString(ClipVisionSettings.DEFAULT.heads(WIDTH)));
        metadata.put("hidden_act", "gelu");
        metadata.put("atelier.kind", "demo-clip-vision");
        metadata.put("steps", Integer.toString(steps));
        metadata.put("seed", Long.toString(seed));
        metadata.put("loss", String.format(java.util.Locale.ROOT, "%.4f", loss));
        metadata.put("accuracy", String.format(java.util.Locale.ROOT, "%.3f", accuracy));
        Files.createDirectories(target.toAbsolutePath().getParent());
        SafetensorsWriter.write(target, metadata, tensors);
    }
}
