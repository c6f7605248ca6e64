package org.atelier.methods.merge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

import org.atelier.common.AtomicFiles;
import org.atelier.tensors.DType;
import org.atelier.tensors.Hashes;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;
import org.atelier.tensors.Tensors;
import org.atelier.tensors.TorchWriter;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * Merges checkpoints the way AUTOMATIC1111's checkpoint merger does, streaming: tensor by tensor and, inside a
 * tensor, chunk by chunk, on all cores, so memory stays small whatever the model's size. Keys: only those
 * containing {@code model} and present in B are merged; A's others are copied, B's own dropped; a key missing
 * from C merges with a zero difference; an inpainting (9 channels) or instruct-pix2pix (8) A merges its first 4
 * input channels with a plain B; any other shape mismatch is an error naming the key. A VAE, when given, replaces
 * A's {@code first_stage_model.} tensors after the merge (AUTOMATIC1111's "bake in VAE").
 * <p>
 * Chunks are merged by a pool of threads and written in order by the calling thread, so reading, computing and
 * writing overlap. The merges that need a whole tensor at once take one tensor at a time: their memory is a few
 * times the largest tensor's.
 */
public final class Merger {

    /** What to merge and how. */
    public record Spec(MergeMethod method, Path a, Path b, Path c, double multiplier, double beta, double[] blocks,
            DType dtype, String discard, String name, long seed, Path vae) {

        /** A merge with no VAE baked in. */
        public Spec(MergeMethod method, Path a, Path b, Path c, double multiplier, double beta, double[] blocks,
                DType dtype, String discard, String name, long seed) {
            this(method, a, b, c, multiplier, beta, blocks, dtype, discard, name, seed, null);
        }

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
    public record Result(int merged, int copied, int discarded, int partial, int baked, Map<String, String> metadata) {
    }

    /** Elements per chunk: 1 MiB of float32. */
    static final int CHUNK = 1 << 18;
    private static final List<String> SKIPPED = List.of("cond_stage_model.transformer.text_model.embeddings.position_ids");
    private static final String VAE_PREFIX = "first_stage_model.";

    private Merger() {
    }

    /** How a tensor of the output is made. */
    private enum Kind {
        COPY, CHUNKS, WHOLE, FIRST_CHANNELS
    }

    /** One tensor of the output: where its values come from and how they are combined. */
    private record Item(String name, Kind kind, TensorSource source, TensorInfo a, TensorInfo b, TensorInfo c,
            DType out, double multiplier) {
    }

    /** Merges into {@code output}: safetensors, or a PyTorch {@code .ckpt} when the name ends so. */
    public static Result merge(Spec spec, Path output, Progress progress) throws IOException {
        if (!isCkpt(output)) {
            return mergeSafetensors(spec, output, progress);
        }
        Path temp = AtomicFiles.temporaryBeside(output);
        try {
            Result result = mergeSafetensors(spec, temp, progress);
            writeCkpt(temp, output);
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static boolean isCkpt(Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ckpt") || name.endsWith(".pt");
    }

    /** A flat state dict, as AUTOMATIC1111's merger saves a {@code .ckpt}; tensors read from the mapped file. */
    private static void writeCkpt(Path safetensors, Path output) throws IOException {
        try (SafetensorsReader reader = SafetensorsReader.open(safetensors)) {
            Map<String, Object> state = new LinkedHashMap<>();
            for (TensorInfo t : reader.tensors()) {
                state.put(t.name(), new TorchWriter.Data(t.dtype(), t.shape(), reader.bytes(t)));
            }
            TorchWriter.write(output, state);
        }
    }

    private static Result mergeSafetensors(Spec spec, Path output, Progress progress) throws IOException {
        if (spec.method().models() >= 2 && spec.b() == null || spec.method().models() == 3 && spec.c() == null) {
            throw new IllegalArgumentException(spec.method().id() + " takes " + spec.method().models() + " models");
        }
        Pattern discard = spec.discard() == null || spec.discard().isBlank() ? null : Pattern.compile(spec.discard());
        try (TensorSource a = TensorFiles.open(spec.a());
                TensorSource b = spec.method().models() >= 2 ? TensorFiles.open(spec.b()) : null;
                TensorSource c = spec.method().models() == 3 ? TensorFiles.open(spec.c()) : null;
                TensorSource vae = spec.vae() == null ? null : TensorFiles.open(spec.vae())) {
            boolean sdxl = Blocks.isSdxl(a);
            if (spec.blocks() != null && spec.blocks().length != Blocks.names(sdxl).size()) {
                throw new IllegalArgumentException("block weights: " + (sdxl ? "SDXL" : "SD 1.x/2.x") + " takes "
                        + Blocks.names(sdxl).size() + " (" + String.join(" ", Blocks.names(sdxl)) + "), not "
                        + spec.blocks().length);
            }
            List<Item> items = new ArrayList<>();
            int discarded = 0;
            int baked = 0;
            for (TensorInfo ta : a.tensors()) {
                if (discard != null && discard.matcher(ta.name()).find()) {
                    discarded++;
                    continue;
                }
                DType out = target(ta.dtype(), spec.dtype());
                TensorInfo fromVae = vae == null ? null : vaeTensor(vae, ta.name());
                if (fromVae != null) {
                    if (!Arrays.equals(fromVae.shape(), ta.shape())) {
                        throw new TensorFileException(spec.vae(), "tensor '" + fromVae.name() + "' has shape "
                                + fromVae.shapeText() + " but A's '" + ta.name() + "' has " + ta.shapeText()
                                + ": the VAE does not fit the model");
                    }
                    items.add(new Item(ta.name(), Kind.COPY, vae, fromVae, null, null, target(fromVae.dtype(), spec.dtype()), 0));
                    baked++;
                    continue;
                }
                items.add(item(spec, sdxl, ta, out, a, b, c));
            }
            if (vae != null && baked == 0) {
                throw new TensorFileException(spec.vae(), "none of its tensors is a VAE tensor of A (first_stage_model.*):"
                        + " is it a VAE in the original (ldm) layout?");
            }
            Map<String, String> metadata = metadata(spec);
            List<SafetensorsWriter.Spec> specs = new ArrayList<>();
            for (Item item : items) {
                specs.add(new SafetensorsWriter.Spec(item.name(), item.out(), item.a().shape()));
            }
            SafetensorsWriter writer = SafetensorsWriter.create(output, metadata, specs);
            try {
                new Pipeline(spec, writer, items, progress, b, c).execute();
                writer.close();
            } catch (IOException | RuntimeException e) {
                writer.abort();
                throw e;
            }
            int merged = 0;
            int copied = 0;
            int partial = 0;
            for (Item item : items) {
                switch (item.kind()) {
                case CHUNKS, WHOLE -> merged++;
                case FIRST_CHANNELS -> partial++;
                case COPY -> copied++;
                }
            }
            return new Result(merged, copied - baked, discarded, partial, baked, metadata);
        }
    }

    /** The VAE's tensor for A's key {@code first_stage_model.X}: {@code X}, or the key itself; null for others. */
    private static TensorInfo vaeTensor(TensorSource vae, String key) {
        if (!key.startsWith(VAE_PREFIX)) {
            return null;
        }
        TensorInfo t = vae.tensor(key.substring(VAE_PREFIX.length()));
        return t != null ? t : vae.tensor(key);
    }

    private static Item item(Spec spec, boolean sdxl, TensorInfo ta, DType out, TensorSource a, TensorSource b,
            TensorSource c) throws IOException {
        TensorInfo tb = b == null || !ta.name().contains("model") || SKIPPED.contains(ta.name()) ? null
                : b.tensor(ta.name());
        if (tb == null) {
            return new Item(ta.name(), Kind.COPY, a, ta, null, null, out, 0);
        }
        TensorInfo tc = c == null ? null : c.tensor(ta.name());
        if (tc != null && !Arrays.equals(tc.shape(), tb.shape())) {
            throw new TensorFileException(spec.c(), "tensor '" + ta.name() + "' has shape " + tc.shapeText()
                    + " in C but " + tb.shapeText() + " in B");
        }
        double multiplier = spec.blocks() == null ? spec.multiplier()
                : Blocks.weight(ta.name(), sdxl, spec.blocks(), spec.multiplier());
        if (!Arrays.equals(ta.shape(), tb.shape())) {
            checkFirstChannels(spec, ta, tb);
            return new Item(ta.name(), Kind.FIRST_CHANNELS, a, ta, tb, tc, out, multiplier);
        }
        return new Item(ta.name(), spec.method().wholeTensor() ? Kind.WHOLE : Kind.CHUNKS, a, ta, tb, tc, out, multiplier);
    }

    private static DType target(DType source, DType wanted) {
        return wanted != null && source.isFloatingPoint() ? wanted : source;
    }

    /** One merge's work: chunks computed by a pool, written in order by the calling thread. */
    private static final class Pipeline {

        /** The buffers of one chunk in flight: inputs as float32 and the encoded output. */
        private static final class Slot {
            final float[] a = new float[CHUNK];
            final float[] b = new float[CHUNK];
            final float[] c = new float[CHUNK];
            final ByteBuffer out = ByteBuffer.allocateDirect(CHUNK * 8).order(ByteOrder.LITTLE_ENDIAN);
        }

        /** A chunk (or whole tensor) being made: the tensor it belongs to, whether it is the last, its bytes. */
        private record Pending(Item item, int index, boolean last, Slot slot, Future<ByteBuffer> bytes) {
        }

        private final Spec spec;
        private final SafetensorsWriter writer;
        private final List<Item> items;
        private final Progress progress;
        private final TensorSource b;
        private final TensorSource c;
        private final ExecutorService pool;
        /** How many chunks may be in flight: a few more than there are threads, so none waits for work. */
        private final int window;
        private final BlockingQueue<Slot> slots;
        private final ArrayDeque<Pending> pending = new ArrayDeque<>();
        /** Whole tensors are made one at a time: their memory is several times the tensor's. */
        private final Semaphore whole = new Semaphore(1);

        Pipeline(Spec spec, SafetensorsWriter writer, List<Item> items, Progress progress, TensorSource b, TensorSource c) {
            this.spec = spec;
            this.writer = writer;
            this.items = items;
            this.progress = progress;
            this.b = b;
            this.c = c;
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "atelier-merge");
                t.setDaemon(true);
                return t;
            });
            this.window = Math.min(16, threads + 2);
            this.slots = new ArrayBlockingQueue<>(window);
            for (int i = 0; i < window; i++) {
                slots.add(new Slot());
            }
        }

        void execute() throws IOException {
            try {
                for (int index = 0; index < items.size(); index++) {
                    Item item = items.get(index);
                    if (item.kind() == Kind.WHOLE || item.kind() == Kind.FIRST_CHANNELS) {
                        // a made whole tensor waits in memory until written: let few wait
                        while (pending.stream().filter(p -> p.slot() == null).count() >= 2) {
                            writeOldest();
                        }
                        submit(item, index, true, null, () -> whole(item));
                        continue;
                    }
                    long numel = item.a().numel();
                    if (numel == 0) {
                        submit(item, index, true, null, () -> ByteBuffer.allocate(0));
                        continue;
                    }
                    for (long first = 0; first < numel; first += CHUNK) {
                        long from = first;
                        int n = (int) Math.min(CHUNK, numel - first);
                        Slot slot = freeSlot();
                        submit(item, index, first + n == numel, slot,
                                () -> item.kind() == Kind.COPY ? copy(item, from, n, slot) : chunk(item, from, n, slot));
                    }
                }
                while (!pending.isEmpty()) {
                    writeOldest();
                }
            } finally {
                pool.shutdownNow();
            }
        }

        private Slot freeSlot() throws IOException {
            while (slots.isEmpty()) {
                writeOldest();
            }
            return slots.poll();
        }

        private void submit(Item item, int index, boolean last, Slot slot, Callable<ByteBuffer> work) throws IOException {
            if (progress.cancelled()) {
                throw new CancellationException("cancelled");
            }
            pending.add(new Pending(item, index, last, slot, pool.submit(work)));
            if (pending.size() > 2 * window) {
                writeOldest(); // empty tensors and whole ones take no slot: bound them too
            }
        }

        private void writeOldest() throws IOException {
            Pending p = pending.poll();
            ByteBuffer bytes;
            try {
                bytes = p.bytes().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException(cause);
            }
            writer.append(p.item().name(), bytes);
            if (p.slot() != null) {
                slots.add(p.slot());
            }
            if (p.last()) {
                progress.tensor(p.index() + 1, items.size(), p.item().name());
            }
        }

        /** The stored bytes of a tensor of A (or the VAE) in its own type, or converted to the output's. */
        private ByteBuffer copy(Item item, long first, int n, Slot slot) throws IOException {
            slot.out.clear();
            if (item.out() == item.a().dtype()) {
                item.source().read(item.a(), first, n, slot.out);
            } else {
                item.source().floats(item.a(), first, slot.a, 0, n);
                Tensors.fromFloats(slot.a, 0, n, item.out(), slot.out);
            }
            return slot.out.flip();
        }

        private ByteBuffer chunk(Item item, long first, int n, Slot slot) throws IOException {
            MergeMethod method = spec.method();
            item.source().floats(item.a(), first, slot.a, 0, n);
            b.floats(item.b(), first, slot.b, 0, n);
            if (method.models() == 3) {
                if (item.c() != null) {
                    c.floats(item.c(), first, slot.c, 0, n);
                } else {
                    // C lacks the key: a zero difference for add difference, else C's share stays A's
                    System.arraycopy(method == MergeMethod.ADD_DIFFERENCE ? slot.b : slot.a, 0, slot.c, 0, n);
                }
            }
            method.apply(slot.a, slot.b, slot.c, 0, n, item.multiplier(), spec.beta(), first, item.a().shape());
            slot.out.clear();
            Tensors.fromFloats(slot.a, 0, n, item.out(), slot.out);
            return slot.out.flip();
        }

        private ByteBuffer whole(Item item) throws IOException, InterruptedException {
            whole.acquire();
            try {
                float[] va = item.source().floats(item.a());
                float[] vb = b.floats(item.b());
                float[] merged;
                if (item.kind() == Kind.FIRST_CHANNELS) {
                    float[] vc = spec.method().models() < 3 ? vb : item.c() != null ? c.floats(item.c()) : null;
                    merged = firstChannels(spec, item, va, vb, vc);
                } else {
                    // C lacking the key: no change to take from it (TIES, DARE, perpendicular from A's own)
                    float[] vc = spec.method().models() < 3 ? null
                            : item.c() != null ? c.floats(item.c()) : va;
                    // each tensor its own drops, the same for the same seed and key
                    long seed = spec.seed() * 31 + item.name().hashCode();
                    merged = spec.method().applyWhole(va, vb, vc, item.a().shape(), item.multiplier(), spec.beta(), seed);
                }
                return Tensors.fromFloats(merged, item.out());
            } finally {
                whole.release();
            }
        }
    }

    /**
     * An inpainting (9 input channels) or instruct-pix2pix (8) A with a plain B (4) merges in its first 4 input
     * channels; a plain A with such a B is refused, as in AUTOMATIC1111; anything else that differs is an error.
     */
    private static void checkFirstChannels(Spec spec, TensorInfo ta, TensorInfo tb) throws TensorFileException {
        long[] sa = ta.shape();
        long[] sb = tb.shape();
        boolean sameOtherwise = sa.length == 4 && sb.length == 4 && sa[0] == sb[0] && sa[2] == sb[2] && sa[3] == sb[3];
        if (sameOtherwise && sb[1] == 4 && (sa[1] == 9 || sa[1] == 8)) {
            if (spec.method().wholeTensor() || spec.method() == MergeMethod.TENSOR_SUM
                    || spec.method() == MergeMethod.TENSOR_SWAP) {
                throw new TensorFileException(spec.b(), "tensor '" + ta.name() + "': " + spec.method().a1111Name()
                        + " cannot merge " + ta.shapeText() + " with " + tb.shapeText() + "; use weighted sum or add difference");
            }
            return;
        }
        if (sameOtherwise && sa[1] == 4 && (sb[1] == 9 || sb[1] == 8)) {
            String kind = sb[1] == 9 ? "inpainting" : "instruct-pix2pix";
            throw new TensorFileException(spec.a(), "tensor '" + ta.name() + "': when merging an " + kind
                    + " model with a normal one, A must be the " + kind + " model");
        }
        throw new TensorFileException(spec.b(), "tensor '" + ta.name() + "' has shape " + tb.shapeText()
                + " in B but " + ta.shapeText() + " in A: the models do not fit together");
    }

    /** A's tensor with its first 4 input channels merged with B's (and C's), the others kept. */
    private static float[] firstChannels(Spec spec, Item item, float[] va, float[] vb, float[] vc) {
        long[] sa = item.a().shape();
        // C lacking the key: a zero difference for add difference, else C's share stays A's
        boolean cFromA = spec.method().models() == 3 && item.c() == null && spec.method() != MergeMethod.ADD_DIFFERENCE;
        float[] c = vc != null ? vc : vb;
        long kernel = sa[2] * sa[3];
        int row = (int) (4 * kernel);
        float[] ra = new float[row];
        float[] rb = new float[row];
        float[] rc = new float[row];
        for (int o = 0; o < sa[0]; o++) {
            int at = (int) (o * sa[1] * kernel);
            int atB = (int) (o * 4 * kernel);
            System.arraycopy(va, at, ra, 0, row);
            System.arraycopy(vb, atB, rb, 0, row);
            System.arraycopy(cFromA ? va : c, cFromA ? at : atB, rc, 0, row);
            spec.method().apply(ra, rb, rc, 0, row, item.multiplier(), spec.beta(), 0, new long[] { row });
            System.arraycopy(ra, 0, va, at, row);
        }
        return va;
    }

    /** AUTOMATIC1111's metadata ({@code sd_merge_recipe}, {@code sd_merge_models}) and our complete recipe. */
    static Map<String, String> metadata(Spec spec) throws IOException {
        Gson gson = new Gson();
        String hashA = hash(spec.a());
        String hashB = hash(spec.b());
        String hashC = hash(spec.c());
        String hashVae = hash(spec.vae());
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
        recipe.addProperty("bake_in_vae", spec.vae() == null ? null : spec.vae().getFileName().toString());
        recipe.addProperty("discard_weights", spec.discard() == null ? "" : spec.discard());
        recipe.addProperty("is_inpainting", false);
        recipe.addProperty("is_instruct_pix2pix", false);
        JsonObject models = new JsonObject();
        for (Path model : new Path[] { spec.a(), spec.b(), spec.c() }) {
            if (model != null && Files.isRegularFile(model)) {
                JsonObject entry = new JsonObject();
                entry.addProperty("name", model.getFileName().toString());
                entry.addProperty("legacy_hash", Hashes.legacyModelHash(model));
                models.add(hash(model), entry);
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
        ours.addProperty("vae", hashVae);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "pt");
        metadata.put("sd_merge_recipe", gson.toJson(recipe));
        metadata.put("sd_merge_models", gson.toJson(models));
        metadata.put("atelier_merge_recipe", gson.toJson(ours));
        return metadata;
    }

    /** A model file's sha256 (remembered between merges); null for none or for a diffusers folder. */
    private static String hash(Path model) throws IOException {
        return model == null || !Files.isRegularFile(model) ? null : Hashes.sha256Cached(model);
    }
}
