package org.atelier.diffusion.clip;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.atelier.diffusion.nn.Linear;
import org.atelier.diffusion.nn.Ops;
import org.atelier.diffusion.nn.Weights;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * The layers CLIP's text and vision towers share: pre-norm layers of self-attention and an MLP, read from Hugging
 * Face's layout ({@code encoder.layers.N.self_attn.q_proj}) or OpenCLIP's ({@code transformer.resblocks.N}, q, k and
 * v as one {@code in_proj}). Their linear layers are keyed by their Hugging Face names under {@code tower}
 * ({@code text_model.} or {@code vision_model.}) in either layout, where kohya's LoRA puts its modules.
 */
final class ClipTransformer {

    /** The weights of one layer. */
    private record Layer(NDArray norm1Weight, NDArray norm1Bias, Linear q, Linear k, Linear v, Linear out,
            NDArray norm2Weight, NDArray norm2Bias, Linear fc1, Linear fc2) {
    }

    static final float EPS = 1e-5f;

    private final List<Layer> layers;
    private final int heads;
    private final boolean quickGelu;

    private ClipTransformer(List<Layer> layers, int heads, boolean quickGelu) {
        this.layers = layers;
        this.heads = heads;
        this.quickGelu = quickGelu;
    }

    /** The layers {@code encoder.layers.N.} of {@code w}, in Hugging Face's layout; empty when there are none. */
    static ClipTransformer huggingFace(Weights w, String tower, int heads, boolean quickGelu) throws IOException {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; w.has("encoder.layers." + i + ".layer_norm1.weight"); i++) {
            String p = "encoder.layers." + i + ".";
            layers.add(new Layer(w.get(p + "layer_norm1.weight"), w.get(p + "layer_norm1.bias"),
                    linear(w, tower, p + "self_attn.q_proj"), linear(w, tower, p + "self_attn.k_proj"),
                    linear(w, tower, p + "self_attn.v_proj"), linear(w, tower, p + "self_attn.out_proj"),
                    w.get(p + "layer_norm2.weight"), w.get(p + "layer_norm2.bias"), linear(w, tower, p + "mlp.fc1"),
                    linear(w, tower, p + "mlp.fc2")));
        }
        return new ClipTransformer(layers, heads, quickGelu);
    }

    private static Linear linear(Weights w, String tower, String name) throws IOException {
        return new Linear(tower + name, w.get(name + ".weight"), w.get(name + ".bias"));
    }

    /** The layers {@code transformer.resblocks.N.} of {@code w}, in OpenCLIP's layout; empty when there are none. */
    static ClipTransformer openClip(Weights w, String tower, int heads, boolean quickGelu) throws IOException {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; w.has("transformer.resblocks." + i + ".ln_1.weight"); i++) {
            String p = "transformer.resblocks." + i + ".";
            NDList qkv = w.split(p + "attn.in_proj_weight", 3);
            NDList qkvBias = w.split(p + "attn.in_proj_bias", 3);
            String hf = tower + "encoder.layers." + i + ".";
            layers.add(new Layer(w.get(p + "ln_1.weight"), w.get(p + "ln_1.bias"),
                    new Linear(hf + "self_attn.q_proj", qkv.get(0), qkvBias.get(0)),
                    new Linear(hf + "self_attn.k_proj", qkv.get(1), qkvBias.get(1)),
                    new Linear(hf + "self_attn.v_proj", qkv.get(2), qkvBias.get(2)),
                    new Linear(hf + "self_attn.out_proj", w.get(p + "attn.out_proj.weight"), w.get(p + "attn.out_proj.bias")),
                    w.get(p + "ln_2.weight"), w.get(p + "ln_2.bias"),
                    new Linear(hf + "mlp.fc1", w.get(p + "mlp.c_fc.weight"), w.get(p + "mlp.c_fc.bias")),
                    new Linear(hf + "mlp.fc2", w.get(p + "mlp.c_proj.weight"), w.get(p + "mlp.c_proj.bias"))));
        }
        return new ClipTransformer(layers, heads, quickGelu);
    }

    int size() {
        return layers.size();
    }

    /** The attention's (q, k, v, out) and the MLP's (fc1, fc2) linear layers of every layer. */
    List<Linear> linears() {
        List<Linear> all = new ArrayList<>();
        for (Layer l : layers) {
            all.addAll(List.of(l.q(), l.k(), l.v(), l.out(), l.fc1(), l.fc2()));
        }
        return all;
    }

    /** Layer {@code i} applied to the states {@code h} ({@code [batch, tokens, width]}); {@code mask} may be null. */
    NDArray layer(int i, NDArray h, NDArray mask) {
        Layer l = layers.get(i);
        NDArray x = Ops.layerNorm(h, l.norm1Weight(), l.norm1Bias(), EPS);
        NDArray attended = Ops.attention(l.q().forward(x), l.k().forward(x), l.v().forward(x), heads, 0, mask);
        h = h.add(l.out().forward(attended));
        x = Ops.layerNorm(h, l.norm2Weight(), l.norm2Bias(), EPS);
        NDArray hidden = l.fc1().forward(x);
        hidden = quickGelu ? Ops.quickGelu(hidden) : Ops.gelu(hidden);
        return h.add(l.fc2().forward(hidden));
    }
}
