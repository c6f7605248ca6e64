package org.atelier.diffusion.unet;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.diffusion.nn.Linear;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.diffusion.nn.Ops;
import org.atelier.diffusion.nn.Weights;
import org.atelier.tensors.TensorFileException;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The denoising UNet of Stable Diffusion 1.x, 2.x and SDXL in the original (ldm) layout, built from what the checkpoint
 * holds: each input, middle and output block is read as the residual blocks, spatial transformers, down- and
 * upsamplers its keys show, so the channel widths, levels and depths come from the file. Attention has 8 heads
 * where the transformers project with convolutions (SD 1.x) and heads of 64 channels where they project with
 * linear layers (SD 2.x, SDXL). SDXL adds to the timestep embedding its
 * {@code label_emb} of a vector (the pooled text and the size conditioning). Latents of any size work: where an upsampled state and its skip connection differ by
 * the odd row, the state is resized to the skip's size (AUTOMATIC1111's fix). Numerics as the reference: GroupNorm of 32 groups (eps 1e-5 in residual blocks, 1e-6
 * before transformers), LayerNorm eps 1e-5, GEGLU with the exact GELU, timestep embedding {@code [cos, sin]}.
 * <p>
 * A pass runs its blocks' parts one segment at a time through a {@link Runner}: each in a scope of its own, or
 * recorded for gradient checkpointing ({@link GradientCheckpointing}), the same computation either way. A segment is
 * a part of a block, or the output layer; it knows the weights under its key ({@link Segments#of}), which no other
 * segment uses.
 */
public final class UNet {

    private static final int GROUPS = 32;

    /** One part of a block: all take the hidden state, the timestep embedding and the text context. */
    private interface Part {
        NDArray forward(NDArray x, NDArray emb, NDArray context);
    }

    private final Weights w;
    private final NDArray timeEmbed0Weight;
    private final NDArray timeEmbed0Bias;
    private final NDArray timeEmbed2Weight;
    private final NDArray timeEmbed2Bias;
    /** SDXL's embedding of the pooled text and the size conditioning (label_emb); null in SD 1.x and 2.x. */
    private final NDArray[] labelEmbed;
    private final List<List<Part>> input = new ArrayList<>();
    private final List<Part> middle = new ArrayList<>();
    private final List<List<Part>> output = new ArrayList<>();
    private final NDArray outNormWeight;
    private final NDArray outNormBias;
    private final NDArray outConvWeight;
    private final NDArray outConvBias;
    private final int modelChannels;
    private final int inChannels;
    private final int contextDim;
    private int slice;
    private AttentionControl control;
    private final List<Linear> linears = new ArrayList<>();
    private final List<Linear> convolutions = new ArrayList<>();
    /** Each part's weights, as its segment reports them. */
    private final Map<Part, List<NDArray>> partWeights = new IdentityHashMap<>();
    private final List<NDArray> outWeights;

    private UNet(Weights w) throws IOException {
        this.w = w;
        long[] convIn = w.shape("input_blocks.0.0.weight");
        modelChannels = (int) convIn[0];
        inChannels = (int) convIn[1];
        timeEmbed0Weight = w.get("time_embed.0.weight");
        timeEmbed0Bias = w.get("time_embed.0.bias");
        timeEmbed2Weight = w.get("time_embed.2.weight");
        timeEmbed2Bias = w.get("time_embed.2.bias");
        labelEmbed = w.has("label_emb.0.0.weight") ? new NDArray[] { w.get("label_emb.0.0.weight"),
                w.get("label_emb.0.0.bias"), w.get("label_emb.0.2.weight"), w.get("label_emb.0.2.bias") } : null;
        String firstTransformer = null;
        for (int i = 0; w.has("input_blocks." + i + ".0.weight") || w.has("input_blocks." + i + ".0.in_layers.0.weight")
                || w.has("input_blocks." + i + ".0.op.weight"); i++) {
            input.add(i == 0 ? List.of(weighed("input_blocks.0.0.", new Conv(layer(null, w, "input_blocks.0.0", 1, 1))))
                    : block("input_blocks." + i + "."));
            if (firstTransformer == null && w.has("input_blocks." + i + ".1.proj_in.weight")) {
                firstTransformer = "input_blocks." + i + ".1.";
            }
        }
        middle.addAll(block("middle_block."));
        for (int i = 0; w.has("output_blocks." + i + ".0.in_layers.0.weight"); i++) {
            output.add(block("output_blocks." + i + "."));
        }
        if (firstTransformer == null) {
            throw new TensorFileException(w.file(), "the UNet has no attention: not a Stable Diffusion UNet");
        }
        contextDim = (int) w.shape(firstTransformer + "transformer_blocks.0.attn2.to_k.weight")[1];
        outNormWeight = w.get("out.0.weight");
        outNormBias = w.get("out.0.bias");
        outConvWeight = w.get("out.2.weight");
        outConvBias = w.get("out.2.bias");
        outWeights = Segments.weights(w, "out.");
    }

    /** {@code part}, made from the weights under {@code segment}, noted with them. */
    private Part weighed(String segment, Part part) {
        partWeights.put(part, Segments.weights(w, segment));
        return part;
    }

    /**
     * The weights its segments compute with: every weight of the blocks and the output layer, each used by one segment
     * ({@link Segments}); not the time embedding's. Compared by identity.
     */
    public Set<NDArray> segmentWeights() {
        Set<NDArray> all = Collections.newSetFromMap(new IdentityHashMap<>());
        partWeights.values().forEach(all::addAll);
        all.addAll(outWeights);
        return all;
    }

    /** The arrays the network computes with, by the file keys they were read from. */
    public ModelWeights weights() {
        return w.read();
    }

    /**
     * Reads the UNet under {@code prefix} ({@code model.diffusion_model.} in a checkpoint) into the manager.
     *
     * @throws TensorFileException naming a missing tensor when the file holds no such UNet
     */
    public static UNet load(org.atelier.tensors.TensorSource source, String prefix, NDManager manager) throws IOException {
        return new UNet(new Weights(source, prefix, manager, "a Stable Diffusion UNet"));
    }

    /** The parts of one block, in order, from its numbered children's keys. */
    private List<Part> block(String prefix) throws IOException {
        List<Part> parts = new ArrayList<>();
        for (int j = 0; ; j++) {
            String p = prefix + j + ".";
            if (w.has(p + "in_layers.0.weight")) {
                parts.add(weighed(p, new ResBlock(w.under(p))));
            } else if (w.has(p + "proj_in.weight")) {
                parts.add(weighed(p, new Transformer(w.under(p))));
            } else if (w.has(p + "op.weight")) {
                parts.add(weighed(p, new Conv(layer(convolutions, w, p + "op", 2, 1))));
            } else if (w.has(p + "conv.weight")) {
                Conv conv = new Conv(layer(convolutions, w, p + "conv", 1, 1));
                parts.add(weighed(p, (x, emb, context) -> conv.forward(Ops.upsample2(x), emb, context)));
            } else {
                break;
            }
        }
        if (parts.isEmpty()) {
            throw new TensorFileException(w.file(), "UNet block '" + prefix + "' holds nothing known");
        }
        return parts;
    }

    public int inChannels() {
        return inChannels;
    }

    public int contextDim() {
        return contextDim;
    }

    /** Computes attention {@code slice} batch-and-head rows at a time (0: all at once), to bound memory. */
    public void setAttentionSlice(int slice) {
        this.slice = slice;
    }

    /**
     * Lets {@code control} see and change every attention's weights in the passes that follow (null: none);
     * attention is then computed whole, unsliced.
     */
    public void setAttentionControl(AttentionControl control) {
        this.control = control;
    }

    /** The width of the vector an SDXL UNet is conditioned on besides the text (2816 in SDXL base); 0 for none. */
    public int vectorDim() {
        return labelEmbed == null ? 0 : (int) labelEmbed[0].getShape().get(1);
    }

    /**
     * The model's prediction (noise, or v for v-models) for latents {@code x} ({@code [B, C, H, W]}) at timesteps
     * {@code t} ({@code [B]}, fractional allowed) given the text {@code context} ({@code [B, T, contextDim]}).
     */
    public NDArray forward(NDArray x, NDArray t, NDArray context) {
        return forward(x, t, context, null);
    }

    /** As {@link #forward(NDArray, NDArray, NDArray)}, with SDXL's vector {@code y} ({@code [B, vectorDim]}). */
    public NDArray forward(NDArray x, NDArray t, NDArray context, NDArray y) {
        checkVector(y);
        // the skip connections and every block's output freed once the pass is done; only its result stays
        return Ops.scoped(x, in -> pass(in, t, context, y), t, context, y);
    }

    private NDArray pass(NDArray x, NDArray t, NDArray context, NDArray vector) {
        return blocks(x, embedding(t, vector), context, Runner.PLAIN);
    }

    /** Throws unless {@code y} is given exactly when the UNet takes a vector (SDXL). */
    void checkVector(NDArray y) {
        if ((y == null) != (labelEmbed == null)) {
            throw new IllegalArgumentException(labelEmbed == null ? "this UNet takes no vector conditioning"
                    : "this UNet (SDXL) needs its vector conditioning: the pooled text and the sizes");
        }
    }

    /** The timestep embedding every residual block is conditioned on, plus SDXL's embedding of its vector. */
    NDArray embedding(NDArray t, NDArray vector) {
        NDArray time = Ops.linear(Ops.silu(Ops.linear(timestepEmbedding(t, modelChannels), timeEmbed0Weight, timeEmbed0Bias)),
                timeEmbed2Weight, timeEmbed2Bias);
        return vector == null ? time
                : time.add(Ops.linear(Ops.silu(Ops.linear(vector, labelEmbed[0], labelEmbed[1])), labelEmbed[2], labelEmbed[3]));
    }

    /**
     * The input, middle and output blocks and the output layer on latents {@code x}, each part (each joining of a
     * skip connection with the part after it) one segment run by {@code runner}; the skip connections are the input
     * blocks' outputs.
     */
    NDArray blocks(NDArray x, NDArray emb, NDArray context, Runner runner) {
        Deque<NDArray> skips = new ArrayDeque<>();
        NDArray h = x;
        for (List<Part> block : input) {
            for (Part part : block) {
                h = runner.run(single(part), emb, context, h);
            }
            skips.push(h);
        }
        for (Part part : middle) {
            h = runner.run(single(part), emb, context, h);
        }
        for (List<Part> block : output) {
            h = runner.run(joined(block.get(0)), emb, context, h, skips.pop());
            for (Part part : block.subList(1, block.size())) {
                h = runner.run(single(part), emb, context, h);
            }
        }
        return runner.run(Segments.of(outWeights, (in, e, c) -> Ops.conv2d(Ops.silu(Ops.groupNorm(in.get(0), GROUPS, outNormWeight,
                outNormBias, 1e-5f)), outConvWeight, outConvBias, 1, 1)), emb, context, h);
    }

    private Runner.Segment single(Part part) {
        return Segments.of(partWeights.get(part), (in, emb, context) -> part.forward(in.get(0), emb, context));
    }

    /** The state joined with its skip connection (channels after channels), then {@code part}. */
    private Runner.Segment joined(Part part) {
        return Segments.of(partWeights.get(part), (in, emb, context) -> {
            NDArray h = in.get(0);
            Shape hs = h.getShape();
            Shape ss = in.get(1).getShape();
            if (hs.get(2) != ss.get(2) || hs.get(3) != ss.get(3)) {
                // latents not a multiple of 8 (images not of 64): upsampled twice the odd size; as AUTOMATIC1111
                // does, the upsampled state is resized to its skip's size
                h = Ops.resizeNearest(h, ss.get(2), ss.get(3));
            }
            return part.forward(h.concat(in.get(1), 1), emb, context);
        });
    }

    /**
     * The sinusoidal embedding of timesteps as the reference makes it: {@code [cos(t f), sin(t f)]} with
     * {@code f_i = exp(-ln(10000) i / half)}, cosines first.
     */
    public static NDArray timestepEmbedding(NDArray t, int dim) {
        int half = dim / 2;
        NDManager manager = t.getManager();
        NDArray freqs = manager.arange(0f, half).mul((float) (-Math.log(10000) / half)).exp();
        NDArray args = t.reshape(-1, 1).toType(ai.djl.ndarray.types.DataType.FLOAT32, false).mul(freqs.reshape(1, half));
        return args.cos().concat(args.sin(), 1);
    }

    /** A convolution (conv_in, a downsampler, an upsampler's). */
    private static final class Conv implements Part {
        private final Linear layer;

        Conv(Linear layer) {
            this.layer = layer;
        }

        @Override
        public NDArray forward(NDArray x, NDArray emb, NDArray context) {
            return layer.forward(x);
        }
    }

    /** A residual block conditioned on the timestep: norm, SiLU, conv; plus the embedding; norm, SiLU, conv. */
    private final class ResBlock implements Part {
        private final NDArray norm1Weight;
        private final NDArray norm1Bias;
        private final Linear conv1;
        private final Linear embedding;
        private final NDArray norm2Weight;
        private final NDArray norm2Bias;
        private final Linear conv2;
        private final Linear skip;

        ResBlock(Weights w) throws IOException {
            norm1Weight = w.get("in_layers.0.weight");
            norm1Bias = w.get("in_layers.0.bias");
            conv1 = layer(convolutions, w, "in_layers.2", 1, 1);
            embedding = layer(convolutions, w, "emb_layers.1", 1, 0);
            norm2Weight = w.get("out_layers.0.weight");
            norm2Bias = w.get("out_layers.0.bias");
            conv2 = layer(convolutions, w, "out_layers.3", 1, 1);
            skip = w.has("skip_connection.weight") ? layer(convolutions, w, "skip_connection", 1, 0) : null;
        }

        @Override
        public NDArray forward(NDArray x, NDArray emb, NDArray context) {
            NDArray h = conv1.forward(Ops.silu(Ops.groupNorm(x, GROUPS, norm1Weight, norm1Bias, 1e-5f)));
            NDArray e = embedding.forward(Ops.silu(emb));
            h = h.add(e.reshape(e.getShape().get(0), e.getShape().get(1), 1, 1));
            h = conv2.forward(Ops.silu(Ops.groupNorm(h, GROUPS, norm2Weight, norm2Bias, 1e-5f)));
            return (skip == null ? x : skip.forward(x)).add(h);
        }
    }

    /** A spatial transformer: norm, project in, transformer blocks over the positions, project out, residual. */
    private final class Transformer implements Part {
        private final NDArray normWeight;
        private final NDArray normBias;
        private final Linear projIn;
        private final Linear projOut;
        private final List<Block> blocks = new ArrayList<>();

        Transformer(Weights w) throws IOException {
            normWeight = w.get("norm.weight");
            normBias = w.get("norm.bias");
            projIn = linear(w, "proj_in");
            projOut = linear(w, "proj_out");
            for (int k = 0; w.has("transformer_blocks." + k + ".norm1.weight"); k++) {
                blocks.add(new Block(w.under("transformer_blocks." + k + ".")));
            }
        }

        @Override
        public NDArray forward(NDArray x, NDArray emb, NDArray context) {
            Shape s = x.getShape();
            long b = s.get(0);
            long c = s.get(1);
            long hw = s.get(2) * s.get(3);
            NDArray h = Ops.groupNorm(x, GROUPS, normWeight, normBias, 1e-6f);
            boolean linear = !projIn.isConvolution();
            if (!linear) {
                h = projIn.forward(h);
            }
            long inner = projIn.outFeatures();
            h = h.reshape(b, linear ? c : inner, hw).transpose(0, 2, 1);
            if (linear) {
                h = projIn.forward(h);
            }
            int heads = linear ? (int) Math.max(1, inner / 64) : 8;
            for (Block block : blocks) {
                h = Ops.scoped(h, in -> block.forward(in, context, heads), context);
            }
            if (linear) {
                h = projOut.forward(h);
                h = h.transpose(0, 2, 1).reshape(s);
            } else {
                h = h.transpose(0, 2, 1).reshape(b, inner, s.get(2), s.get(3));
                h = projOut.forward(h);
            }
            return x.add(h);
        }
    }

    /** Self-attention, cross-attention on the text, and a GEGLU feed-forward, each after a layer norm. */
    private final class Block {
        private final NDArray[] norms = new NDArray[6];
        private final Linear[] self;
        private final Linear[] cross;
        private final Linear ffIn;
        private final Linear ffOut;

        Block(Weights w) throws IOException {
            for (int i = 0; i < 3; i++) {
                norms[2 * i] = w.get("norm" + (i + 1) + ".weight");
                norms[2 * i + 1] = w.get("norm" + (i + 1) + ".bias");
            }
            self = attention(w, "attn1.");
            cross = attention(w, "attn2.");
            ffIn = linear(w, "ff.net.0.proj");
            ffOut = linear(w, "ff.net.2");
        }

        private Linear[] attention(Weights w, String prefix) throws IOException {
            return new Linear[] { linear(w, prefix + "to_q"), linear(w, prefix + "to_k"), linear(w, prefix + "to_v"),
                    linear(w, prefix + "to_out.0") };
        }

        NDArray forward(NDArray x, NDArray context, int heads) {
            NDArray h = Ops.layerNorm(x, norms[0], norms[1], 1e-5f);
            x = x.add(attend(h, h, self, heads, false));
            h = Ops.layerNorm(x, norms[2], norms[3], 1e-5f);
            x = x.add(attend(h, context, cross, heads, true));
            h = Ops.layerNorm(x, norms[4], norms[5], 1e-5f);
            NDList halves = ffIn.forward(h).split(2, 2);
            NDArray geglu = halves.get(0).mul(Ops.gelu(halves.get(1)));
            return x.add(ffOut.forward(geglu));
        }

        private NDArray attend(NDArray x, NDArray context, Linear[] p, int heads, boolean onText) {
            AttentionControl c = control != null && control.controls(onText, x.getShape().get(1)) ? control : null;
            NDArray out = Ops.attention(p[0].forward(x), p[1].forward(context), p[2].forward(context), heads, slice, null,
                    c == null ? null : weights -> c.control(weights, onText, heads));
            return p[3].forward(out);
        }
    }

    /** A linear layer of the transformers, named by its key under the UNet, listed for adapters (LoRA). */
    private Linear linear(Weights at, String name) throws IOException {
        return layer(linears, at, name, 1, 0);
    }

    /** A layer named by its key under the UNet, listed in {@code list} (null: in none) for adapters. */
    private Linear layer(List<Linear> list, Weights at, String name, int stride, int padding) throws IOException {
        Linear layer = new Linear(at.key(name).substring(w.prefix().length()), at.get(name + ".weight"),
                at.optional(name + ".bias"), stride, padding);
        if (list != null) {
            list.add(layer);
        }
        return layer;
    }

    /**
     * The layers of the residual blocks (convolutions, the time embedding's projection, shortcuts) and the down-
     * and upsamplers' convolutions, keyed by their ldm names under the UNet: where LoCon puts its modules.
     */
    public List<Linear> convolutions() {
        return java.util.Collections.unmodifiableList(convolutions);
    }

    /**
     * The linear layers of the transformers (projections in and out, attention q, k, v and out, feed-forward), in
     * the order of the checkpoint, keyed by their ldm names under the UNet ({@code input_blocks.1.1.proj_in}):
     * where kohya's LoRA puts its modules.
     */
    public List<Linear> linears() {
        return java.util.Collections.unmodifiableList(linears);
    }
}
