package org.atelier.diffusion.aesthetic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.clip.ClipTextEncoder;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;

/**
 * Aesthetic gradients (Gallego, 2022), as the aesthetic-gradients extension for AUTOMATIC1111 applies them to each
 * chunk its hook on the text encoder sees (the prompt's and the negative prompt's, after their emphasis): a fresh copy of the CLIP model's text tower is trained with Adam for {@code steps} steps so
 * that the chunk's text features (its end token's state through the text projection) turn towards the aesthetic
 * embedding (the mean CLIP image embedding of a set of images, normalised), then the copy's states of the chunk are
 * blended into the model's own by {@code weight}: linearly, or by the extension's slerp (per feature, across the
 * tokens). Weight 0 or no steps leave the prompt as it was, to the bit. Ids past the CLIP model's vocabulary (a
 * textual-inversion word's) are read as id 0, as AUTOMATIC1111 of the extension's time passed them.
 */
public final class AestheticSteering implements StableDiffusion.PromptSteering {

    /**
     * @param steps        Adam steps on the copy of the text tower per chunk (the extension's default 5)
     * @param learningRate Adam's learning rate (default 0.0001)
     * @param weight       how much of the steered states replaces the prompt's, 0 to 1 (default 0.9)
     * @param slerp        blend by spherical interpolation instead of linearly
     */
    public record Settings(int steps, double learningRate, double weight, boolean slerp) {
        public Settings {
            if (steps < 0 || steps > 1000) {
                throw new IllegalArgumentException("aesthetic steps: 0 to 1000, not " + steps);
            }
            if (!(learningRate >= 0) || learningRate > 1) {
                throw new IllegalArgumentException("aesthetic learning rate: 0 to 1, not " + learningRate);
            }
            if (!(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException("aesthetic weight: 0 to 1, not " + weight);
            }
        }

        /** Whether it changes anything: the extension steers only with steps, a learning rate and a weight. */
        public boolean active() {
            return steps > 0 && learningRate > 0 && weight > 0;
        }
    }

    /** The cosine similarity of the last steered chunk's text features to the embedding, before and after. */
    public record Similarity(double before, double after) {
    }

    private final Path clipModel;
    private final float[] embedding;
    private final Settings settings;
    private final int clipSkip;
    private final List<Similarity> similarities = new ArrayList<>();

    private AestheticSteering(Path clipModel, float[] embedding, Settings settings, int clipSkip) {
        this.clipModel = clipModel;
        this.embedding = embedding;
        this.settings = settings;
        this.clipSkip = clipSkip;
    }

    /**
     * The steering of {@code sd}'s prompts towards the embedding in {@code embeddingFile} through the CLIP model
     * {@code clipModel} (a {@code CLIPModel} whose text tower is as wide as the model's conditioning: OpenAI's
     * ViT-L/14 for SD 1.x), both checked here.
     *
     * @throws TensorFileException naming the file and the sizes when they do not fit together
     */
    public static AestheticSteering of(StableDiffusion sd, Path clipModel, Path embeddingFile, Settings settings, int clipSkip)
            throws IOException {
        try (NDManager probe = sd.manager().newSubManager()) {
            return of(clipModel, embeddingFile, settings, clipSkip, sd.unet().contextDim(), probe);
        }
    }

    /**
     * The steering of the states of a model whose conditioning is {@code contextDim} wide, the CLIP model read in
     * {@code probe} to check it (and freed with it).
     */
    public static AestheticSteering of(Path clipModel, Path embeddingFile, Settings settings, int clipSkip, int contextDim,
            NDManager probe) throws IOException {
        float[] embedding = readEmbedding(embeddingFile);
        ClipTextEncoder text = ClipTextEncoder.openClipModel(clipModel, probe);
        int[][] ids = { { 0, 1 } };
        long projection = text.pooled(text.hidden(probe, ids, text.layers()).get(0), ids).getShape().get(1);
        if (projection != embedding.length) {
            throw new TensorFileException(embeddingFile, "an aesthetic embedding of " + embedding.length + " floats, where "
                    + clipModel.getFileName() + " projects to " + projection + ": made with another CLIP model");
        }
        if (text.width() != contextDim) {
            throw new TensorFileException(clipModel, "its text tower is " + text.width() + " wide, where the model's "
                    + "conditioning is " + contextDim + ": aesthetic gradients need the CLIP model of the model's text "
                    + "encoder (OpenAI's ViT-L/14 for SD 1.x)");
        }
        float norm = 0;
        for (float v : embedding) {
            norm += v * v;
        }
        norm = (float) Math.sqrt(norm);
        if (!(norm > 0) || !Float.isFinite(norm)) {
            throw new TensorFileException(embeddingFile, "the aesthetic embedding is " + (norm == 0 ? "zero" : "not finite"));
        }
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] /= norm;
        }
        return new AestheticSteering(clipModel, embedding, settings, clipSkip);
    }

    /**
     * The aesthetic embedding in {@code file}: its one tensor of {@code [1, D]} or {@code [D]} floats (the
     * extension's bare tensor in a {@code .pt}, or a safetensors file).
     */
    public static float[] readEmbedding(Path file) throws IOException {
        try (TensorSource source = TensorFiles.open(file)) {
            List<TensorInfo> tensors = source.tensors();
            if (tensors.size() != 1) {
                throw new TensorFileException(file, "an aesthetic embedding is one tensor; this file holds " + tensors.size());
            }
            TensorInfo t = tensors.get(0);
            if (t.rank() < 1 || t.rank() > 2 || t.rank() == 2 && t.dim(0) != 1) {
                throw new TensorFileException(file, "tensor '" + t.name() + "' is " + java.util.Arrays.toString(t.shape())
                        + ": an aesthetic embedding is [1, D] or [D]");
            }
            return source.floats(t);
        }
    }

    /**
     * The similarities of the chunks steered since the last {@link #forget()}, in the order they were steered: a
     * generation steers the prompt's chunks first, then the negative prompt's.
     */
    public List<Similarity> similarities() {
        return List.copyOf(similarities);
    }

    /** The prompt's first chunk's similarities since the last {@link #forget()}; null when none was steered. */
    public Similarity promptSimilarity() {
        return similarities.isEmpty() ? null : similarities.get(0);
    }

    /** Forgets the similarities recorded, before a generation. */
    public void forget() {
        similarities.clear();
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public NDArray steer(NDManager scope, NDArray states, int[] ids) {
        if (!settings.active()) {
            return states;
        }
        try (NDManager own = scope.newSubManager()) {
            ClipTextEncoder copy = ClipTextEncoder.openClipModel(clipModel, own);
            List<NDArray> parameters = new ArrayList<>();
            for (ModelWeights.Tensor t : copy.weights().tensors().values()) {
                if (t.key().endsWith("text_projection")) {
                    continue; // the extension trains the text model, not the projection after it
                }
                for (NDArray part : t.parts()) {
                    part.setRequiresGradient(true);
                    parameters.add(part);
                }
            }
            NDArray target = own.create(embedding, new Shape(1, embedding.length));
            Adam adam = Adam.builder().optLearningRateTracker(Tracker.fixed((float) settings.learningRate())).build();
            int[] known = ids.clone();
            for (int i = 0; i < known.length; i++) {
                if (known[i] >= copy.vocabularySize()) {
                    known[i] = 0;
                }
            }
            int[][] batch = { known };
            double before = Double.NaN;
            for (int step = 0; step < settings.steps(); step++) {
                try (NDManager stepScope = own.newSubManager();
                        GradientCollector collector = own.getEngine().newGradientCollector()) {
                    NDArray similarity = similarity(copy, stepScope, batch, target);
                    if (step == 0) {
                        before = similarity.getFloat();
                    }
                    collector.backward(similarity.neg().mean());
                }
                for (int i = 0; i < parameters.size(); i++) {
                    NDArray p = parameters.get(i);
                    try (NDArray gradient = p.getGradient()) {
                        adam.update(String.valueOf(i), p, gradient);
                        gradient.subi(gradient);
                    }
                }
            }
            try (NDManager check = own.newSubManager()) {
                similarities.add(new Similarity(before, similarity(copy, check, batch, target).getFloat()));
            }
            NDArray steered = copy.encode(own, batch, clipSkip);
            NDArray blended = settings.slerp() ? slerp(states, steered, settings.weight())
                    : states.mul(1 - settings.weight()).add(steered.mul(settings.weight()));
            blended.attach(scope);
            return blended;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The cosine of the chunk's text features with the (normalised) target: {@code [1, 1]}. */
    private static NDArray similarity(ClipTextEncoder text, NDManager scope, int[][] ids, NDArray target) {
        NDArray features = text.pooled(text.hidden(scope, ids, text.layers()).get(0), ids);
        NDArray normalised = features.div(features.norm(new int[] { 1 }, true));
        return normalised.matMul(target.transpose());
    }

    /**
     * The extension's slerp of {@code low} to {@code high} ({@code [1, tokens, width]}) by {@code t}: each feature's
     * column over the tokens normalised, the angle between the two columns, and the columns interpolated on it.
     */
    static NDArray slerp(NDArray low, NDArray high, double t) {
        NDArray lowNorm = low.div(low.norm(new int[] { 1 }, true));
        NDArray highNorm = high.div(high.norm(new int[] { 1 }, true));
        NDArray omega = lowNorm.mul(highNorm).sum(new int[] { 1 }).clip(-1, 1).acos();
        NDArray so = omega.sin();
        // where the columns are parallel the angle is 0 and the slerp its limit, the linear blend
        NDArray parallel = so.abs().lt(1e-6f);
        NDArray safe = ai.djl.ndarray.NDArrays.where(parallel, so.onesLike(), so);
        NDArray a = ai.djl.ndarray.NDArrays.where(parallel, so.onesLike().mul(1 - t), omega.mul(1 - t).sin().div(safe));
        NDArray b = ai.djl.ndarray.NDArrays.where(parallel, so.onesLike().mul(t), omega.mul(t).sin().div(safe));
        return a.expandDims(1).mul(low).add(b.expandDims(1).mul(high));
    }
}
