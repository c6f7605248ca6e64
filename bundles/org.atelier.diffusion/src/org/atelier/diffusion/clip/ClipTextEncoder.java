package org.atelier.diffusion.clip;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.atelier.diffusion.nn.Linear;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.diffusion.nn.Ops;
import org.atelier.diffusion.nn.Weights;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorSource;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * CLIP's text transformer: token and position embeddings, pre-norm layers of causal self-attention and an MLP, a
 * final layer norm. Two layouts: Hugging Face's ({@link #load}: SD 1.x's ViT-L/14 and SDXL's first encoder, with
 * QuickGELU) and OpenCLIP's ({@link #loadOpenClip}: SD 2.x's ViT-H and SDXL's bigG, with the exact GELU, q, k and v
 * stored as one {@code in_proj}). Its size comes from the checkpoint's shapes; heads are one per 64 channels
 * (every released CLIP has heads of 64), at least one. Weights are held in float32 by the given manager.
 */
public final class ClipTextEncoder {

    private static final float EPS = ClipTransformer.EPS;

    private final NDArray tokenEmbedding;
    private final NDArray positionEmbedding;
    private final ClipTransformer layers;
    private final NDArray finalNormWeight;
    private final NDArray finalNormBias;
    /** OpenCLIP's {@code text_projection} ({@code [width, projection]}, applied as {@code x @ P}); null when absent. */
    private final NDArray projection;
    /** Rows after the vocabulary's: embeddings of new tokens (textual inversion), in the order of their ids. */
    private final List<NDArray> extraEmbeddings = new ArrayList<>();
    private final int width;
    private ModelWeights weights = new ModelWeights();

    private ClipTextEncoder(NDArray tokenEmbedding, NDArray positionEmbedding, ClipTransformer layers,
            NDArray finalNormWeight, NDArray finalNormBias, NDArray projection) {
        this.projection = projection;
        this.tokenEmbedding = tokenEmbedding;
        this.positionEmbedding = positionEmbedding;
        this.layers = layers;
        this.finalNormWeight = finalNormWeight;
        this.finalNormBias = finalNormBias;
        this.width = (int) tokenEmbedding.getShape().get(1);
    }

    /** Every released CLIP text tower has heads of 64 channels. */
    private static int heads(Weights w, String tokenEmbedding) throws IOException {
        return (int) Math.max(1, w.shape(tokenEmbedding)[1] / 64);
    }

    /**
     * Reads the encoder under {@code prefix} ({@code cond_stage_model.transformer.text_model.} in an SD 1.x
     * checkpoint) into {@code manager}.
     *
     * @throws TensorFileException naming the missing tensor when the checkpoint has no such encoder
     */
    public static ClipTextEncoder load(TensorSource source, String prefix, NDManager manager) throws IOException {
        return load(source, prefix, null, true, manager);
    }

    /**
     * Reads the encoder under {@code prefix}, with the projection {@code projectionKey} ({@code [projection,
     * width]}, a Hugging Face {@code CLIPModel}'s {@code text_projection.weight}) when not null.
     */
    private static ClipTextEncoder load(TensorSource source, String prefix, String projectionKey, boolean quickGelu,
            NDManager manager) throws IOException {
        Weights w = new Weights(source, prefix, manager, "a CLIP text encoder");
        String tokens = "embeddings.token_embedding.weight";
        if (!w.has("encoder.layers.0.layer_norm1.weight")) {
            throw new TensorFileException(source.file(), "no CLIP text encoder layers under '" + prefix + "'");
        }
        ClipTransformer layers = ClipTransformer.huggingFace(w, "text_model.", heads(w, tokens), quickGelu);
        return new ClipTextEncoder(w.get(tokens), w.get("embeddings.position_embedding.weight"), layers,
                w.get("final_layer_norm.weight"), w.get("final_layer_norm.bias"),
                projectionKey == null ? null : new Weights(source, "", manager, "a CLIP model").get(projectionKey).transpose())
                .readFrom(w);
    }

    /**
     * The text tower of a whole CLIP model, with the projection into the space its image embeddings share: a
     * Hugging Face {@code CLIPModel} ({@code text_model.*}, {@code text_projection.weight}) or an OpenCLIP model
     * ({@code token_embedding.weight}, {@code transformer.*}, {@code text_projection}), a file or a folder as
     * {@link ClipVisionSettings#locate} finds one in. Its activation is what its {@code config.json}
     * ({@code text_config.hidden_act}) or {@code open_clip_config.json} ({@code quick_gelu}) says, else Hugging Face's
     * default, QuickGELU, in Hugging Face's layout and the exact GELU in OpenCLIP's.
     *
     * @throws TensorFileException naming the file when it holds no CLIP text tower with its projection
     */
    public static ClipTextEncoder openClipModel(java.nio.file.Path path, NDManager manager) throws IOException {
        ClipVisionSettings.Located located = ClipVisionSettings.locate(path);
        try (TensorSource source = org.atelier.tensors.TensorFiles.open(located.weights())) {
            for (org.atelier.tensors.TensorInfo t : source.tensors()) {
                String name = t.name();
                if (name.endsWith("text_model.embeddings.token_embedding.weight")) {
                    String prefix = name.substring(0, name.length() - "text_model.embeddings.token_embedding.weight".length());
                    if (source.tensor(prefix + "text_projection.weight") == null) {
                        throw new TensorFileException(source.file(), "a CLIP text model without its projection '" + prefix
                                + "text_projection.weight': a CLIPModel (text and vision) is needed");
                    }
                    Boolean quick = ClipVisionSettings.textQuickGelu(located.weights());
                    return load(source, prefix + "text_model.", prefix + "text_projection.weight", quick == null || quick,
                            manager);
                }
                if (name.endsWith("token_embedding.weight") && source.tensor(name.replace("token_embedding.weight",
                        "text_projection")) != null) {
                    Boolean quick = ClipVisionSettings.textQuickGelu(located.weights());
                    return loadOpenClip(source, name.substring(0, name.length() - "token_embedding.weight".length()),
                            quick != null && quick, manager);
                }
            }
            throw new TensorFileException(source.file(), "not a CLIP model: no text tower with its projection "
                    + "(text_model.* and text_projection.weight, or OpenCLIP's token_embedding.weight and text_projection)");
        }
    }

    /**
     * Reads an encoder in OpenCLIP's layout under {@code prefix} ({@code cond_stage_model.model.} in an SD 2.x
     * checkpoint).
     */
    public static ClipTextEncoder loadOpenClip(TensorSource source, String prefix, NDManager manager) throws IOException {
        return loadOpenClip(source, prefix, false, manager);
    }

    private static ClipTextEncoder loadOpenClip(TensorSource source, String prefix, boolean quickGelu, NDManager manager)
            throws IOException {
        Weights w = new Weights(source, prefix, manager, "an OpenCLIP text encoder");
        if (!w.has("transformer.resblocks.0.ln_1.weight")) {
            throw new TensorFileException(source.file(), "no OpenCLIP text encoder layers under '" + prefix + "'");
        }
        ClipTransformer layers = ClipTransformer.openClip(w, "text_model.", heads(w, "token_embedding.weight"), quickGelu);
        return new ClipTextEncoder(w.get("token_embedding.weight"), w.get("positional_embedding"), layers,
                w.get("ln_final.weight"), w.get("ln_final.bias"), w.optional("text_projection")).readFrom(w);
    }

    /** Remembers what the encoder was read from, for {@link #weights()}. */
    private ClipTextEncoder readFrom(Weights w) {
        this.weights = w.read();
        return this;
    }

    /** The arrays the encoder computes with, by the file keys they were read from. */
    public ModelWeights weights() {
        return weights;
    }

    /**
     * The linear layers of the attention (q, k, v, out) and of the MLP (fc1, fc2) of every layer, keyed by their
     * Hugging Face names ({@code text_model.encoder.layers.0.self_attn.q_proj}) in either layout: where kohya's
     * LoRA puts its modules.
     */
    public List<Linear> linears() {
        return layers.linears();
    }

    public int width() {
        return width;
    }

    public int layers() {
        return layers.size();
    }

    /**
     * The hidden states of token ids ({@code [batch][77]}): {@code [batch, 77, width]}, made in {@code manager}
     * (the caller's scope, freed with it). {@code clipSkip} 1 takes the last layer, 2 the one before
     * (AUTOMATIC1111's "Clip skip"), each through the final layer norm.
     */
    public NDArray encode(NDManager manager, int[][] ids, int clipSkip) {
        if (clipSkip < 1 || clipSkip > layers.size()) {
            throw new IllegalArgumentException("CLIP skip " + clipSkip + ": this encoder has " + layers.size() + " layers");
        }
        return finalNorm(hidden(manager, ids, layers.size() - (clipSkip - 1)).get(0));
    }

    /**
     * The hidden states after the first {@code depth} layers and after the one following it, without the final
     * layer norm (as Hugging Face's {@code hidden_states[depth]} and {@code [depth + 1]}; the second is absent when
     * {@code depth} is all the layers): SDXL conditions on the penultimate state and pools the last.
     */
    public NDList hidden(NDManager manager, int[][] ids, int depth) {
        int batch = ids.length;
        int length = ids[0].length;
        int[] flat = new int[batch * length];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(ids[b], 0, flat, b * length, length);
        }
        // rows of the embedding: gather along the rows with each id repeated across the width
        NDArray rows = manager.create(flat).toType(DataType.INT64, false).reshape(-1, 1).repeat(1, width);
        NDArray table = tokenEmbedding;
        if (!extraEmbeddings.isEmpty()) {
            // joined at every call: trained vectors change between calls, and gradients reach them through the join
            NDList all = new NDList(tokenEmbedding);
            all.addAll(extraEmbeddings);
            table = ai.djl.ndarray.NDArrays.concat(all, 0);
            table.attach(manager);
        }
        NDArray tokens = table.gather(rows, 0);
        NDArray positions = positionEmbedding.get("0:" + length);
        tokens.attach(manager); // made from the weights: moved to the caller's scope
        positions.attach(manager);
        NDArray h = tokens.reshape(batch, length, width).add(positions);
        NDArray mask = causalMask(manager, length);
        NDList states = new NDList();
        for (int i = 0; i < Math.min(depth + 1, layers.size()); i++) {
            if (i == depth) {
                states.add(h);
            }
            h = layers.layer(i, h, mask);
        }
        states.add(h);
        return states;
    }

    /** The number of tokens of the vocabulary: the first id of {@link #addEmbedding extra embeddings}. */
    public int vocabularySize() {
        return (int) tokenEmbedding.getShape().get(0);
    }

    /** The next id an embedding added gets. */
    public int nextId() {
        int next = vocabularySize();
        for (NDArray e : extraEmbeddings) {
            next += (int) e.getShape().get(0);
        }
        return next;
    }

    /** The token embedding table ({@code [vocabulary, width]}). */
    public NDArray tokenEmbedding() {
        return tokenEmbedding;
    }

    /**
     * Adds vectors ({@code [n, width]}) for the ids from {@link #nextId()} on: a textual-inversion embedding, trained
     * or loaded. Gradients reach them when they require them.
     *
     * @return the first id of the vectors
     */
    public int addEmbedding(NDArray vectors) {
        if (vectors.getShape().dimension() != 2 || vectors.getShape().get(1) != width) {
            throw new IllegalArgumentException("embedding vectors of shape " + vectors.getShape() + " for a text encoder of width "
                    + width);
        }
        int first = nextId();
        extraEmbeddings.add(vectors);
        return first;
    }

    /** The final layer norm. */
    public NDArray finalNorm(NDArray hidden) {
        return Ops.layerNorm(hidden, finalNormWeight, finalNormBias, EPS);
    }

    /**
     * The pooled output ({@code [batch, projection]}: OpenCLIP's, a {@code CLIPModel}'s text features): the last
     * layer's state, through the final norm, at each sequence's highest token id (its first end token), times the
     * text projection.
     */
    public NDArray pooled(NDArray lastHidden, int[][] ids) {
        if (projection == null) {
            throw new IllegalStateException("this text encoder has no text_projection to pool with");
        }
        NDArray normed = finalNorm(lastHidden);
        int length = ids[0].length;
        float[] pick = new float[ids.length * length];
        for (int b = 0; b < ids.length; b++) {
            int at = 0;
            for (int i = 1; i < ids[b].length; i++) {
                if (ids[b][i] > ids[b][at]) {
                    at = i;
                }
            }
            pick[b * length + at] = 1;
        }
        // the end token's state picked by a one-hot sum, through which gradients flow (DJL's indexing by numbers
        // gives a copy without a gradient)
        NDArray oneHot = normed.getManager().create(pick, new Shape(ids.length, length, 1));
        return normed.mul(oneHot).sum(new int[] { 1 }).matMul(projection);
    }

    /** {@code -inf} above the diagonal: a token attends to itself and those before it. */
    private static NDArray causalMask(NDManager manager, int length) {
        float[] mask = new float[length * length];
        for (int i = 0; i < length; i++) {
            for (int j = i + 1; j < length; j++) {
                mask[i * length + j] = Float.NEGATIVE_INFINITY;
            }
        }
        return manager.create(mask, new Shape(length, length));
    }
}
