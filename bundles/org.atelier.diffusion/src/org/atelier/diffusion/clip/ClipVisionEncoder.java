package org.atelier.diffusion.clip;

import java.io.IOException;

import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.diffusion.nn.Ops;
import org.atelier.diffusion.nn.Weights;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * CLIP's vision tower: the image cut into patches (a convolution of the patch's size and stride), a class token
 * before them, position embeddings, a layer norm, the {@link ClipTransformer transformer}, a layer norm of the class
 * token's state, and the projection into the space CLIP's text shares: the image embedding ({@code image_embeds}),
 * 768 floats for OpenAI's ViT-L/14, 1024 for OpenCLIP's ViT-H/14. Read from Hugging Face's layout
 * ({@code vision_model.*} and {@code visual_projection.weight}: {@code CLIPVisionModelWithProjection},
 * {@code CLIPModel}, a diffusers pipeline's {@code image_encoder/}) or OpenCLIP's ({@code visual.*}, as in OpenCLIP's
 * files and, under {@code embedder.model.visual.}, in unCLIP checkpoints), wherever in the file they sit. Weights are
 * held in float32 by the given manager.
 */
public final class ClipVisionEncoder {

    /** The files' naming of the tower. */
    public enum Layout {
        HUGGING_FACE, OPEN_CLIP
    }

    private static final String HF_PATCHES = org.atelier.tensors.ModelDetector.HF_VISION_PATCHES;
    private static final String OPEN_CLIP_PATCHES = org.atelier.tensors.ModelDetector.OPEN_CLIP_VISION_PATCHES;

    private final Layout layout;
    private final NDArray patchEmbedding;
    private final NDArray classEmbedding;
    private final NDArray positionEmbedding;
    private final NDArray preNormWeight;
    private final NDArray preNormBias;
    private final ClipTransformer layers;
    private final NDArray postNormWeight;
    private final NDArray postNormBias;
    /** {@code [width, projection]}, applied as {@code x @ P}. */
    private final NDArray projection;
    private final int patch;
    private final int imageSize;
    private ModelWeights weights = new ModelWeights();

    private ClipVisionEncoder(Layout layout, NDArray patchEmbedding, NDArray classEmbedding, NDArray positionEmbedding,
            NDArray preNormWeight, NDArray preNormBias, ClipTransformer layers, NDArray postNormWeight,
            NDArray postNormBias, NDArray projection) {
        this.layout = layout;
        this.patchEmbedding = patchEmbedding;
        this.classEmbedding = classEmbedding;
        this.positionEmbedding = positionEmbedding;
        this.preNormWeight = preNormWeight;
        this.preNormBias = preNormBias;
        this.layers = layers;
        this.postNormWeight = postNormWeight;
        this.postNormBias = postNormBias;
        this.projection = projection;
        this.patch = (int) patchEmbedding.getShape().get(2);
        this.imageSize = patch * (int) Math.round(Math.sqrt(positionEmbedding.getShape().get(0) - 1));
    }

    /** The prefix the tower's keys sit under in {@code source} and their layout; empty when it holds none. */
    public static java.util.Optional<java.util.Map.Entry<String, Layout>> find(TensorSource source) {
        for (TensorInfo t : source.tensors()) {
            String name = t.name();
            if (name.endsWith(HF_PATCHES)) {
                return java.util.Optional.of(java.util.Map.entry(name.substring(0, name.length() - HF_PATCHES.length()),
                        Layout.HUGGING_FACE));
            }
            if (name.endsWith(OPEN_CLIP_PATCHES)) {
                return java.util.Optional.of(java.util.Map.entry(
                        name.substring(0, name.length() - OPEN_CLIP_PATCHES.length()), Layout.OPEN_CLIP));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Reads the vision tower of {@code source}, wherever its keys sit, with the activation and heads {@code settings}
     * gives (a {@code config.json}'s), else those of the released models of its width.
     *
     * @throws TensorFileException when the file holds no CLIP vision tower, or one without its projection
     */
    public static ClipVisionEncoder load(TensorSource source, ClipVisionSettings settings, NDManager manager)
            throws IOException {
        var found = find(source).orElseThrow(() -> new TensorFileException(source.file(), "no CLIP vision model in it: "
                + "neither Hugging Face's '" + HF_PATCHES + "' nor OpenCLIP's '" + OPEN_CLIP_PATCHES + "' is there"));
        String prefix = found.getKey();
        if (found.getValue() == Layout.HUGGING_FACE) {
            Weights top = new Weights(source, prefix, manager, "a CLIP vision model");
            Weights w = top.under("vision_model.");
            int width = (int) w.shape("embeddings.patch_embedding.weight")[0];
            ClipTransformer layers = ClipTransformer.huggingFace(w, "vision_model.", settings.heads(width),
                    settings.quickGelu(width));
            String projectionKey = prefix + "visual_projection.weight";
            if (source.tensor(projectionKey) == null) {
                throw new TensorFileException(source.file(), "a CLIP vision model without its projection '" + projectionKey
                        + "' (a CLIPVisionModel, not a CLIPVisionModelWithProjection): image embeddings need it");
            }
            return new ClipVisionEncoder(Layout.HUGGING_FACE, w.get("embeddings.patch_embedding.weight"),
                    w.get("embeddings.class_embedding"), w.get("embeddings.position_embedding.weight"),
                    w.get("pre_layrnorm.weight"), w.get("pre_layrnorm.bias"), layers, w.get("post_layernorm.weight"),
                    w.get("post_layernorm.bias"), top.get("visual_projection.weight").transpose()).readFrom(top);
        }
        Weights w = new Weights(source, prefix + "visual.", manager, "an OpenCLIP vision model");
        int width = (int) w.shape("conv1.weight")[0];
        ClipTransformer layers = ClipTransformer.openClip(w, "vision_model.", settings.heads(width), settings.quickGelu(width));
        return new ClipVisionEncoder(Layout.OPEN_CLIP, w.get("conv1.weight"), w.get("class_embedding"),
                w.get("positional_embedding"), w.get("ln_pre.weight"), w.get("ln_pre.bias"), layers,
                w.get("ln_post.weight"), w.get("ln_post.bias"), w.get("proj")).readFrom(w);
    }

    /**
     * Reads the CLIP vision model at {@code path}: a file, or a folder as {@link ClipVisionSettings#locate} finds one
     * in, with its configuration.
     */
    public static ClipVisionEncoder open(java.nio.file.Path path, NDManager manager) throws IOException {
        ClipVisionSettings.Located located = ClipVisionSettings.locate(path);
        try (TensorSource source = org.atelier.tensors.TensorFiles.open(located.weights())) {
            return load(source, located.settings(), manager);
        }
    }

    private ClipVisionEncoder readFrom(Weights w) {
        weights = w.read();
        return this;
    }

    /** The arrays the encoder computes with, by the file keys they were read from. */
    public ModelWeights weights() {
        return weights;
    }

    public Layout layout() {
        return layout;
    }

    /** The side of the square images it sees: 224 for the released models. */
    public int imageSize() {
        return imageSize;
    }

    /** The side of its patches: 14 for ViT-L/14 and ViT-H/14. */
    public int patchSize() {
        return patch;
    }

    /** The width of its transformer. */
    public int width() {
        return (int) patchEmbedding.getShape().get(0);
    }

    /** The length of its image embeddings: 768 for ViT-L/14, 1024 for ViT-H/14. */
    public int embeddingSize() {
        return (int) projection.getShape().get(1);
    }

    public int layers() {
        return layers.size();
    }

    /**
     * The image embeddings ({@code [batch, embeddingSize]}) of images preprocessed as CLIP's
     * {@link ClipImageProcessor} does ({@code [batch, 3, imageSize, imageSize]}), in {@code pixels}' manager.
     */
    public NDArray embed(NDArray pixels) {
        Shape s = pixels.getShape();
        if (s.dimension() != 4 || s.get(1) != 3 || s.get(2) != imageSize || s.get(3) != imageSize) {
            throw new IllegalArgumentException("images of shape " + s + " for a CLIP vision model of " + imageSize + "x"
                    + imageSize + " RGB images");
        }
        long batch = s.get(0);
        int width = width();
        NDArray patches = Ops.conv2d(pixels, patchEmbedding, null, patch, 0);
        patches = patches.reshape(batch, width, -1).transpose(0, 2, 1);
        // made in a scope of its own, so that the reshaped copy is freed; the result moves to the caller's
        NDArray cls = Ops.scoped(classEmbedding, c -> c.reshape(1, 1, width).repeat(0, batch));
        cls.attach(pixels.getManager());
        NDArray h = cls.concat(patches, 1).add(positionEmbedding);
        h = Ops.layerNorm(h, preNormWeight, preNormBias, ClipTransformer.EPS);
        for (int i = 0; i < layers.size(); i++) {
            h = layers.layer(i, h, null);
        }
        NDArray pooled = Ops.layerNorm(h.get(":, 0, :"), postNormWeight, postNormBias, ClipTransformer.EPS);
        return pooled.matMul(projection);
    }
}
