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

    /** The weights of one layer. */
    private record Layer(NDArray norm1Weight, NDArray norm1Bias, Linear q, Linear k, Linear v, Linear out,
            NDArray norm2Weight, NDArray norm2Bias, Linear fc1, Linear fc2) {
    }

    private static final float EPS = 1e-5f;

    private final NDArray tokenEmbedding;
    private final NDArray positionEmbedding;
    private final List<Layer> layers;
    private final NDArray finalNormWeight;
    private final NDArray finalNormBias;
    /** OpenCLIP's {@code text_projection} ({@code [width, projection]}, applied as {@code x @ P}); null when absent. */
    private final NDArray projection;
    /** Rows after the vocabulary's: embeddings of new tokens (textual inversion), in the order of their ids. */
    private final List<NDArray> extraEmbeddings = new ArrayList<>();
    private final int width;
    private final int heads;
    private final boolean quickGelu;
    private ModelWeights weights = new ModelWeights();

    private ClipTextEncoder(NDArray tokenEmbedding, NDArray positionEmbedding, List<Layer> layers, NDArray finalNormWeight,
            NDArray finalNormBias, NDArray projection, boolean quickGelu) {
        this.quickGelu = quickGelu;
        this.projection = projection;
        this.tokenEmbedding = tokenEmbedding;
        this.positionEmbedding = positionEmbedding;
        this.layers = layers;
        this.finalNormWeight = finalNormWeight;
        this.finalNormBias = finalNormBias;
        this.width = (int) tokenEmbedding.getShape().get(1);
        this.heads = Math.max(1, width / 64);
    }

    /**
     * Reads the encoder under {@code prefix} ({@code cond_stage_model.transformer.text_model.} in an SD 1.x
     * checkpoint) into {@code manager}.
     *
     * @throws TensorFileException naming the missing tensor when the checkpoint has no such encoder
     */
    public static ClipTextEncoder load(TensorSource source, String prefix, NDManager manager) throws IOException {
        Weights w = new Weights(source, prefix, manager, "a CLIP text encoder");
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; w.has("encoder.layers." + i + ".layer_norm1.weight"); i++) {
            String p = "encoder.layers." + i + ".";
            layers.add(new Layer(w.get(p + "layer_norm1.weight"), w.get(p + "layer_norm1.bias"),
                    hf(w, i, "self_attn.q_proj"), hf(w, i, "self_attn.k_proj"), hf(w, i, "self_attn.v_proj"),
                    hf(w, i, "self_attn.out_proj"), w.get(p + "layer_norm2.weight"), w.get(p + "layer_norm2.bias"),
                    hf(w, i, "mlp.fc1"), hf(w, i, "mlp.fc2")));
        }
        if (layers.isEmpty()) {
            throw new TensorFileException(source.file(), "no CLIP text encoder layers under '" + prefix + "'");
        }
        return new ClipTextEncoder(w.get("embeddings.token_embedding.weight"), w.get("embeddings.position_embedding.weight"),
                layers, w.get("final_layer_norm.weight"), w.get("final_layer_norm.bias"), null, true).readFrom(w);
    }

    /**
     * Reads an encoder in OpenCLIP's layout under {@code prefix} ({@code cond_stage_model.model.} in an SD 2.x
     * checkpoint).
     */
    public static ClipTextEncoder loadOpenClip(TensorSource source, String prefix, NDManager manager) throws IOException {
        Weights w = new Weights(source, prefix, manager, "an OpenCLIP text encoder");
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; w.has("transformer.resblocks." + i + ".ln_1.weight"); i++) {
            String p = "transformer.resblocks." + i + ".";
            ai.djl.ndarray.NDList qkv = w.split(p + "attn.in_proj_weight", 3);
            ai.djl.ndarray.NDList qkvBias = w.split(p + "attn.in_proj_bias", 3);
            String hf = "text_model.encoder.layers." + i + ".";
            layers.add(new Layer(w.get(p + "ln_1.weight"), w.get(p + "ln_1.bias"),
                    new Linear(hf + "self_attn.q_proj", qkv.get(0), qkvBias.get(0)),
                    new Linear(hf + "self_attn.k_proj", qkv.get(1), qkvBias.get(1)),
                    new Linear(hf + "self_attn.v_proj", qkv.get(2), qkvBias.get(2)),
                    new Linear(hf + "self_attn.out_proj", w.get(p + "attn.out_proj.weight"), w.get(p + "attn.out_proj.bias")),
                    w.get(p + "ln_2.weight"), w.get(p + "ln_2.bias"),
                    new Linear(hf + "mlp.fc1", w.get(p + "mlp.c_fc.weight"), w.get(p + "mlp.c_fc.bias")),
                    new Linear(hf + "mlp.fc2", w.get(p + "mlp.c_proj.weight"), w.get(p + "mlp.c_proj.bias"))));
        }
        if (layers.isEmpty()) {
            throw new TensorFileException(source.file(), "no OpenCLIP text encoder layers under '" + prefix + "'");
        }
        return new ClipTextEncoder(w.get("token_embedding.weight"), w.get("positional_embedding"), layers,
                w.get("ln_final.weight"), w.get("ln_final.bias"), w.optional("text_projection"), false).readFrom(w);
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

    /** A linear layer of an encoder in the Hugging Face layout, keyed by its name there. */
    private static Linear hf(Weights w, int layer, String name) throws IOException {
        String p = "encoder.layers." + layer + "." + name;
        return new Linear("text_model." + p, w.get(p + ".weight"), w.get(p + ".bias"));
    }

    /**
     * The linear layers of the attention (q, k, v, out) and of the MLP (fc1, fc2) of every layer, keyed by their
     * Hugging Face names ({@code text_model.encoder.layers.0.self_attn.q_proj}) in either layout: where kohya's
     * LoRA puts its modules.
     */
    public List<Linear> linears() {
        List<Linear> all = new ArrayList<>();
        for (Layer l : layers) {
            all.addAll(List.of(l.q(), l.k(), l.v(), l.out(), l.fc1(), l.fc2()));
        }
        return all;
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
            Layer l = layers.get(i);
            NDArray x = Ops.layerNorm(h, l.norm1Weight(), l.norm1Bias(), EPS);
            NDArray attended = Ops.attention(l.q().forward(x), l.k().forward(x), l.v().forward(x), heads, 0, mask);
            h = h.add(l.out().forward(attended));
            x = Ops.layerNorm(h, l.norm2Weight(), l.norm2Bias(), EPS);
            NDArray hidden = l.fc1().forward(x);
            hidden = quickGelu ? Ops.quickGelu(hidden) : Ops.gelu(hidden);
            h = h.add(l.fc2().forward(hidden));
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
     * OpenCLIP's pooled output ({@code [batch, projection]}): the last layer's state, through the final norm, at each
     * sequence's highest token id (its first end token), times the text projection.
     */
    public NDArray pooled(NDArray lastHidden, int[][] ids) {
        if (projection == null) {
            throw new IllegalStateException("this text encoder has no text_projection to pool with");
        }
        NDArray normed = finalNorm(lastHidden);
        NDList rows = new NDList();
        for (int b = 0; b < ids.length; b++) {
            int at = 0;
            for (int i = 1; i < ids[b].length; i++) {
                if (ids[b][i] > ids[b][at]) {
                    at = i;
                }
            }
            rows.add(normed.get(b + "," + at + ",:").reshape(1, width));
        }
        return ai.djl.ndarray.NDArrays.concat(rows, 0).matMul(projection);
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
