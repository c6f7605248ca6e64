package org.atelier.methods.merge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.atelier.tensors.DType;
import org.atelier.tensors.Hashes;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;
import org.atelier.tensors.Tensors;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * Merges checkpoints the way AUTOMATIC1111's checkpoint merger does, streaming: tensor by tensor and, inside a
 * tensor, chunk by chunk, so memory stays small whatever the model's size. Keys: only those containing
 * {@code model} and present in B are merged; A's others are copied, B's own dropped; a key missing from C merges
 * with a zero difference; an inpainting (9 channels) or instruct-pix2pix (8) A merges its first 4 input channels
 * with a plain B; any other shape mismatch is an error naming the key.
 */
public final class Merger {

    /** What to merge and how. */
    public record Spec(MergeMethod method, Path a, Path b, Path c, double multiplier, double beta, double[] blocks,
            DType dtype, String discard, String name, long seed) {

        /** A merge seeded with 0 (DARE's drops). */
        public Spec(MergeMethod method, Path a, Path b, Path c, double multiplier, double beta, double[] blocks,
                DType dtype, String discard, String name) {
            this(method, a, b, c, multiplier, beta, blocks, dtype, discard, name, 0);
        }

        /** A merge with one multiplier for every key. */
        public Spec(MergeMethod method, Path a, Path b, Path c, double multiplier, DType dtype, String discard, String name) {
            this(method, a, b, c, multiplier, 0, null, dtype, discard, name);
        }
    }

    /** Progress, one call per tensor; and where cancellation is asked. */
    public interface Progress {
        void tensor(int done, int total, String name);

        default boolean cancelled() {
            return false;
        }
    }

    /** What the merge did. */
    public record Result(int merged, int copied, int discarded, int partial, Map<String, String> metadata) {
    }

    private static final int CHUNK = 1 << 20;
    private static final List<String> SKIPPED = List.of("cond_stage_model.transformer.text_model.embeddings.position_ids");

    private Merger() {
    }

    public static Result merge(Spec spec, Path output, Progress progress) throws IOException {
        if (spec.method().models() >= 2 && spec.b() == null || spec.method().models() == 3 && spec.c() == null) {
            throw new IllegalArgumentException(spec.method().id() + " takes " + spec.method().models() + " models");
        }
        Pattern discard = spec.discard() == null || spec.discard().isBlank() ? null : Pattern.compile(spec.discard());
        try (TensorSource a = TensorFiles.open(spec.a());
                TensorSource b = spec.method().models() >= 2 ? TensorFiles.open(spec.b()) : null;
                TensorSource c = spec.method().models() == 3 ? TensorFiles.open(spec.c()) : null) {
            List<TensorInfo> outputs = new ArrayList<>();
            List<SafetensorsWriter.Spec> specs = new ArrayList<>();
            for (TensorInfo t : a.tensors()) {
                if (discard != null && discard.matcher(t.name()).find()) {
                    continue;
                }
                outputs.add(t);
                specs.add(new SafetensorsWriter.Spec(t.name(), target(t.dtype(), spec.dtype()), t.shape()));
            }
            int discarded = a.tensors().size() - outputs.size();
            Map<String, String> metadata = metadata(spec);
            int merged = 0;
            int copied = 0;
            int partial = 0;
            float[] chunkA = new float[CHUNK];
            float[] chunkB = new float[CHUNK];
            float[] chunkC = new float[CHUNK];
            boolean sdxl = a.tensor("conditioner.embedders.1.model.ln_final.weight") != null
                    || a.tensors().stream().anyMatch(t -> t.name().startsWith("model.diffusion_model.label_emb."));
            if (spec.blocks() != null && spec.blocks().length != Blocks.names(sdxl).size()) {
                throw new IllegalArgumentException("block weights: " + (sdxl ? "SDXL" : "SD 1.x/2.x") + " takes "
                        + Blocks.names(sdxl).size() + " (" + String.join(" ", Blocks.names(sdxl)) + "), not "
                        + spec.blocks().length);
            }
            SafetensorsWriter writer = SafetensorsWriter.create(output, metadata, specs);
            try {
                for (int i = 0; i < outputs.size(); i++) {
                    if (progress.cancelled()) {
                        throw new java.util.concurrent.CancellationException("cancelled");
                    }
                    TensorInfo ta = outputs.get(i);
                    DType out = specs.get(i).dtype();
                    TensorInfo tb = b == null || !ta.name().contains("model") || SKIPPED.contains(ta.name()) ? null
                            : b.tensor(ta.name());
                    if (tb == null) {
                        copy(a, ta, out, writer, chunkA);
                        copied++;
                    } else {
                        TensorInfo tc = c == null ? null : c.tensor(ta.name());
                        if (tc != null && !Arrays.equals(tc.shape(), tb.shape())) {
                            throw new TensorFileException(spec.c(), "tensor '" + ta.name() + "' has shape "
                                    + tc.shapeText() + " in C but " + tb.shapeText() + " in B");
                        }
                        double multiplier = spec.blocks() == null ? spec.multiplier()
                                : Blocks.weight(ta.name(), sdxl, spec.blocks(), spec.multiplier());
                        if (Arrays.equals(ta.shape(), tb.shape()) && spec.method().wholeTensor()) {
                            float[] va = a.floats(ta);
                            float[] vb = b.floats(tb);
                            // C lacking the key: no change to take from it (TIES, DARE, perpendicular from A's own)
                            float[] vc = c == null ? null : tc != null ? c.floats(tc) : va;
                            // each tensor its own drops, the same for the same seed and key
                            long seed = spec.seed() * 31 + ta.name().hashCode();
                            writer.write(ta.name(), Tensors.fromFloats(
                                    spec.method().applyWhole(va, vb, vc, multiplier, spec.beta(), seed), out));
                            merged++;
                        } else if (Arrays.equals(ta.shape(), tb.shape())) {
                            mergeTensor(spec, multiplier, a, ta, b, tb, c, tc, out, writer, chunkA, chunkB, chunkC);
                            merged++;
                        } else {
                            mergeFirstChannels(spec, multiplier, a, ta, b, tb, c, tc, out, writer);
                            partial++;
                        }
                    }
                    progress.tensor(i + 1, outputs.size(), ta.name());
                }
                writer.close();
            } catch (IOException | RuntimeException e) {
                writer.abort();
                throw e;
            }
            return new Result(merged, copied, discarded, partial, metadata);
        }
    }

    /** One reused buffer for the encoded chunks: a merge allocates nothing per tensor. */
    private static final ThreadLocal<ByteBuffer> ENCODED = ThreadLocal.withInitial(() -> ByteBuffer.allocate(CHUNK * 8));

    private static ByteBuffer encode(float[] values, int count, DType type) {
        ByteBuffer buffer = ENCODED.get();
        buffer.clear();
        Tensors.fromFloats(values, 0, count, type, buffer);
        return buffer.flip();
    }

    private static DType target(DType source, DType wanted) {
        return wanted != null && source.isFloatingPoint() ? wanted : source;
    }

    private static void copy(TensorSource a, TensorInfo ta, DType out, SafetensorsWriter writer, float[] chunk)
            throws IOException {
        if (out == ta.dtype()) {
            writer.write(ta.name(), a.bytes(ta));
            return;
        }
        long numel = ta.numel();
        for (long first = 0; first < numel; first += CHUNK) {
            int n = (int) Math.min(CHUNK, numel - first);
            a.floats(ta, first, chunk, 0, n);
            writer.append(ta.name(), encode(chunk, n, out));
        }
        if (numel == 0) {
            writer.write(ta.name(), ByteBuffer.allocate(0));
        }
    }

    private static void mergeTensor(Spec spec, double multiplier, TensorSource a, TensorInfo ta, TensorSource b, TensorInfo tb,
            TensorSource c, TensorInfo tc, DType out, SafetensorsWriter writer, float[] chunkA, float[] chunkB,
            float[] chunkC) throws IOException {
        long numel = ta.numel();
        if (numel == 0) {
            writer.write(ta.name(), ByteBuffer.allocate(0));
            return;
        }
        for (long first = 0; first < numel; first += CHUNK) {
            int n = (int) Math.min(CHUNK, numel - first);
            a.floats(ta, first, chunkA, 0, n);
            b.floats(tb, first, chunkB, 0, n);
            if (spec.method().models() == 3) {
                if (tc != null) {
                    c.floats(tc, first, chunkC, 0, n);
                } else if (spec.method() == MergeMethod.ADD_DIFFERENCE) {
                    System.arraycopy(chunkB, 0, chunkC, 0, n); // C lacks the key: a zero difference
                } else {
                    System.arraycopy(chunkA, 0, chunkC, 0, n); // C lacks the key: C's share stays A's
                }
            }
            spec.method().apply(chunkA, chunkB, chunkC, n, multiplier, spec.beta());
            writer.append(ta.name(), encode(chunkA, n, out));
        }
    }

    /**
     * An inpainting (9 input channels) or instruct-pix2pix (8) A with a plain B (4): the first 4 input channels are
     * merged, the others kept from A. A plain A with such a B is refused, as in AUTOMATIC1111.
     */
    private static void mergeFirstChannels(Spec spec, double multiplier, TensorSource a, TensorInfo ta, TensorSource b, TensorInfo tb,
            TensorSource c, TensorInfo tc, DType out, SafetensorsWriter writer) throws IOException {
        long[] sa = ta.shape();
        long[] sb = tb.shape();
        boolean sameOtherwise = sa.length == 4 && sb.length == 4 && sa[0] == sb[0] && sa[2] == sb[2] && sa[3] == sb[3];
        if (spec.method().wholeTensor()) {
            throw new TensorFileException(spec.b(), "tensor '" + ta.name() + "': " + spec.method().a1111Name()
                    + " cannot merge " + ta.shapeText() + " with " + tb.shapeText() + "; use weighted sum or add difference");
        }
        if (!sameOtherwise || sb[1] != 4 || (sa[1] != 9 && sa[1] != 8)) {
            if (sameOtherwise && sa[1] == 4 && (sb[1] == 9 || sb[1] == 8)) {
                throw new TensorFileException(spec.a(), "tensor '" + ta.name() + "': when merging an "
                        + (sb[1] == 9 ? "inpainting" : "instruct-pix2pix") + " model with a normal one, A must be the "
                        + (sb[1] == 9 ? "inpainting" : "instruct-pix2pix") + " model");
            }
            throw new TensorFileException(spec.b(), "tensor '" + ta.name() + "' has shape " + tb.shapeText()
                    + " in B but " + ta.shapeText() + " in A: the models do not fit together");
        }
        float[] va = a.floats(ta);
        float[] vb = b.floats(tb);
        float[] vc = spec.method().models() < 3 ? vb : tc != null ? c.floats(tc) : vb.clone();
        // C lacking the key: a zero difference for add difference, else C's share stays A's
        boolean cFromA = spec.method().models() == 3 && tc == null && spec.method() != MergeMethod.ADD_DIFFERENCE;
        long kernel = sa[2] * sa[3];
        float[] row = new float[(int) (4 * kernel)];
        float[] rowB = new float[row.length];
        float[] rowC = new float[row.length];
        for (int o = 0; o < sa[0]; o++) {
            int at = (int) (o * sa[1] * kernel);
            int atB = (int) (o * 4 * kernel);
            System.arraycopy(va, at, row, 0, row.length);
            System.arraycopy(vb, atB, rowB, 0, row.length);
            System.arraycopy(cFromA ? va : vc, cFromA ? at : atB, rowC, 0, row.length);
            spec.method().apply(row, rowB, rowC, row.length, multiplier, spec.beta());
            System.arraycopy(row, 0, va, at, row.length);
        }
        writer.write(ta.name(), Tensors.fromFloats(va, out));
    }

    /** AUTOMATIC1111's metadata ({@code sd_merge_recipe}, {@code sd_merge_models}) and our complete recipe. */
    static Map<String, String> metadata(Spec spec) throws IOException {
        Gson gson = new Gson();
        String hashA = Hashes.sha256(spec.a());
        String hashB = spec.b() == null ? null : Hashes.sha256(spec.b());
        String hashC = spec.c() == null ? null : Hashes.sha256(spec.c());
        JsonObject recipe = new JsonObject();
        recipe.addProperty("type", "webui");
        recipe.addProperty("primary_model_hash", hashA);
        recipe.addProperty("secondary_model_hash", hashB);
        recipe.addProperty("tertiary_model_hash", hashC);
        recipe.addProperty("interp_method", spec.method().a1111Name());
        recipe.addProperty("multiplier", spec.multiplier());
        recipe.addProperty("save_as_half", spec.dtype() == DType.F16);
        recipe.addProperty("custom_name", spec.name());
        recipe.addProperty("config_source", 0);
        recipe.add("bake_in_vae", null);
        recipe.addProperty("discard_weights", spec.discard() == null ? "" : spec.discard());
        recipe.addProperty("is_inpainting", false);
        recipe.addProperty("is_instruct_pix2pix", false);
        JsonObject models = new JsonObject();
        for (Object[] m : new Object[][] { { spec.a(), hashA }, { spec.b(), hashB }, { spec.c(), hashC } }) {
            if (m[0] != null) {
                JsonObject model = new JsonObject();
                model.addProperty("name", ((Path) m[0]).getFileName().toString());
                model.addProperty("legacy_hash", Hashes.legacyModelHash((Path) m[0]));
                models.add((String) m[1], model);
            }
        }
        JsonObject ours = new JsonObject();
        ours.addProperty("method", spec.method().id());
        ours.addProperty("multiplier", spec.multiplier());
        ours.addProperty("beta", spec.beta());
        ours.addProperty("seed", spec.seed());
        if (spec.blocks() != null) {
            ours.add("blocks", gson.toJsonTree(spec.blocks()));
        }
        ours.addProperty("dtype", spec.dtype() == null ? null : spec.dtype().label());
        ours.addProperty("discard", spec.discard());
        ours.addProperty("a", hashA);
        ours.addProperty("b", hashB);
        ours.addProperty("c", hashC);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "pt");
        metadata.put("sd_merge_recipe", gson.toJson(recipe));
        metadata.put("sd_merge_models", gson.toJson(models));
        metadata.put("atelier_merge_recipe", gson.toJson(ours));
        return metadata;
    }
}
