package org.atelier.diffusion.clip;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
    private record Layer(NDArray norm1Weight, NDArray norm1Bias, NDArray qWeight, NDArray qBias, NDArray kWeight,
            NDArray kBias, NDArray vWeight, NDArray vBias, NDArray outWeight, NDArray outBias, NDArray norm2Weight,
            NDArray norm2Bias, NDArray fc1Weight, NDArray fc1Bias, NDArray fc2Weight, NDArray fc2Bias) {
    }

    private static final float EPS = 1e-5f;

    private final NDArray tokenEmbedding;
    private final NDArray positionEmbedding;
    private final List<Layer> layers;
    private final NDArray finalNormWeight;
    private final NDArray finalNormBias;
    /** OpenCLIP's {@code text_projection} ({@code [width, projection]}, applied as {@code x @ P}); null when absent. */
    private final NDArray projection;
    private final int width;
    private final int heads;
    private final boolean quickGelu;

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
                    w.get(p + "self_attn.q_proj.weight"), w.get(p + "self_attn.q_proj.bias"),
                    w.get(p + "self_attn.k_proj.weight"), w.get(p + "self_attn.k_proj.bias"),
                    w.get(p + "self_attn.v_proj.weight"), w.get(p + "self_attn.v_proj.bias"),
                    w.get(p + "self_attn.out_proj.weight"), w.get(p + "self_attn.out_proj.bias"),
                    w.get(p + "layer_norm2.weight"), w.get(p + "layer_norm2.bias"), w.get(p + "mlp.fc1.weight"),
                    w.get(p + "mlp.fc1.bias"), w.get(p + "mlp.fc2.weight"), w.get(p + "mlp.fc2.bias")));
        }
        if (layers.isEmpty()) {
            throw new TensorFileException(source.file(), "no CLIP text encoder layers under '" + prefix + "'");
        }
        return new ClipTextEncoder(w.get("embeddings.token_embedding.weight"), w.get("embeddings.position_embedding.weight"),
                layers, w.get("final_layer_norm.weight"), w.get("final_layer_norm.bias"), null, true);
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
            ai.djl.ndarray.NDList qkv = w.get(p + "attn.in_proj_weight").split(3, 0);
            ai.djl.ndarray.NDList qkvBias = w.get(p + "attn.in_proj_bias").split(3, 0);
            layers.add(new Layer(w.get(p + "ln_1.weight"), w.get(p + "ln_1.bias"), qkv.get(0), qkvBias.get(0), qkv.get(1),
                    qkvBias.get(1), qkv.get(2), qkvBias.get(2), w.get(p + "attn.out_proj.weight"),
                    w.get(p + "attn.out_proj.bias"), w.get(p + "ln_2.weight"), w.get(p + "ln_2.bias"),
                    w.get(p + "mlp.c_fc.weight"), w.get(p + "mlp.c_fc.bias"), w.get(p + "mlp.c_proj.weight"),
                    w.get(p + "mlp.c_proj.bias")));
        }
        if (layers.isEmpty()) {
            throw new TensorFileException(source.file(), "no OpenCLIP text encoder layers under '" + prefix + "'");
        }
        return new ClipTextEncoder(w.get("token_embedding.weight"), w.get("positional_embedding"), layers,
                w.get("ln_final.weight"), w.get("ln_final.bias"), w.optional("text_projection"), false);
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
        NDArray tokens = tokenEmbedding.gather(rows, 0);
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
            NDArray attended = Ops.attention(Ops.linear(x, l.qWeight(), l.qBias()), Ops.linear(x, l.kWeight(), l.kBias()),
                    Ops.linear(x, l.vWeight(), l.vBias()), heads, 0, mask);
            h = h.add(Ops.linear(attended, l.outWeight(), l.outBias()));
            x = Ops.layerNorm(h, l.norm2Weight(), l.norm2Bias(), EPS);
            NDArray hidden = Ops.linear(x, l.fc1Weight(), l.fc1Bias());
            hidden = quickGelu ? Ops.quickGelu(hidden) : Ops.gelu(hidden);
            h = h.add(Ops.linear(hidden, l.fc2Weight(), l.fc2Bias()));
        }
        states.add(h);
        return states;
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
