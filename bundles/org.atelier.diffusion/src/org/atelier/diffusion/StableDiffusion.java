package org.atelier.diffusion;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atelier.diffusion.clip.ClipTextEncoder;
import org.atelier.diffusion.nn.ModelWeights;
import org.atelier.diffusion.nn.Ops;
import org.atelier.diffusion.lora.LoraSource;
import org.atelier.diffusion.sample.Condition;
import org.atelier.diffusion.sample.Denoiser;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.diffusion.sample.Sampling;
import org.atelier.diffusion.schedule.NoiseSchedule;
import org.atelier.diffusion.text.ClipTokenizer;
import org.atelier.diffusion.text.PromptChunks;
import org.atelier.diffusion.unet.UNet;
import org.atelier.diffusion.vae.Vae;
import org.atelier.runtime.Compute;
import org.atelier.runtime.ComputeException;
import org.atelier.tensors.DiffusersFolder;
import org.atelier.tensors.ModelDetector;
import org.atelier.tensors.ModelInfo;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.SdConverter;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorSource;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * A Stable Diffusion model loaded for generation: tokenizer, text encoder(s), UNet and VAE of an SD 1.x, 2.x or SDXL
 * model (a single file or a diffusers folder; v-models recognised by the file), in float32 on the CPU. Prompts are weighted as AUTOMATIC1111 weighs them (each token's hidden state
 * times its weight, then the whole rescaled to its former mean) and cut into chunks of 75 tokens joined along
 * the sequence; the negative prompt is padded with empty chunks to the prompt's length, or the other way round.
 */
public final class StableDiffusion implements AutoCloseable {

    /** What to generate. {@code strength} is used with an initial image (img2img) only. */
    public record Settings(String prompt, String negative, int steps, float cfg, Sampler sampler, long seed, int width,
            int height, int clipSkip, float strength, int attentionSlice) {

        public Settings {
            if (width % 8 != 0 || height % 8 != 0 || width <= 0 || height <= 0) {
                throw new IllegalArgumentException("size " + width + "x" + height + ": width and height are multiples of 8");
            }
            if (steps < 1) {
                throw new IllegalArgumentException("steps: at least 1, not " + steps);
            }
            if (seed < 0 || seed > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("seed: from 0 to " + Integer.MAX_VALUE + ", not " + seed);
            }
        }
    }

    /** The image and the final latents (to write with {@code --latents-out}). */
    public record Result(BufferedImage image, float[] latents, long[] latentShape) {
    }

    private final NDManager manager;
    private final TensorSource source;
    private final ModelInfo info;
    private final ClipTokenizer tokenizer;
    /** One text encoder; SDXL's two: CLIP ViT-L, then OpenCLIP bigG. */
    private final List<ClipTextEncoder> textEncoders;
    private final UNet unet;
    private final Vae vae;
    private final NoiseSchedule schedule = NoiseSchedule.stableDiffusion();

    private StableDiffusion(NDManager manager, TensorSource source, ModelInfo info, ClipTokenizer tokenizer,
            List<ClipTextEncoder> textEncoders, UNet unet, Vae vae) {
        this.manager = manager;
        this.source = source;
        this.info = info;
        this.tokenizer = tokenizer;
        this.textEncoders = textEncoders;
        this.unet = unet;
        this.vae = vae;
    }

    /**
     * Loads a model: a single-file SD 1.x, 2.x or SDXL checkpoint, or a diffusers folder of one, with a CLIP
     * tokenizer folder (null for a diffusers folder's own {@code tokenizer/}).
     *
     * @throws TensorFileException when the file is not a model this can run, saying what it is
     */
    public static StableDiffusion load(Path model, Path tokenizerFolder) throws IOException, ComputeException {
        return load(model, tokenizerFolder, List.of());
    }

    /** Loads a model with LoRAs merged into its weights (kohya's layout). */
    public static StableDiffusion load(Path model, Path tokenizerFolder, List<LoraSource.Lora> loras)
            throws IOException, ComputeException {
        TensorSource source = TensorFiles.open(model);
        NDManager manager = null;
        try {
            ModelInfo info = ModelDetector.detect(source);
            if (info.kind() != ModelInfo.Kind.CHECKPOINT) {
                throw new TensorFileException(model, "not a whole model (it is a " + info.summary() + ")");
            }
            ModelInfo.Architecture architecture = info.architecture();
            if (architecture != ModelInfo.Architecture.SD1 && architecture != ModelInfo.Architecture.SD2
                    && architecture != ModelInfo.Architecture.SDXL) {
                throw new TensorFileException(model, architecture.label() + " models cannot generate"
                        + (architecture == ModelInfo.Architecture.SDXL_REFINER ? " by themselves: the refiner"
                                + " finishes what an SDXL base model began, which is still to come" : "")
                        + "; SD 1.x, 2.x and SDXL can");
            }
            ClipTokenizer tokenizer = ClipTokenizer.load(tokenizerFolder(model, source, tokenizerFolder));
            if (source instanceof DiffusersFolder folder) {
                source = SdConverter.asCheckpoint(folder);
            }
            if (!loras.isEmpty()) {
                source = LoraSource.apply(source, loras);
            }
            manager = Compute.engine().newBaseManager(Compute.device());
            List<ClipTextEncoder> encoders = switch (architecture) {
            case SD2 -> List.of(ClipTextEncoder.loadOpenClip(source, "cond_stage_model.model.", manager));
            case SDXL -> List.of(ClipTextEncoder.load(source, "conditioner.embedders.0.transformer.text_model.", manager),
                    ClipTextEncoder.loadOpenClip(source, "conditioner.embedders.1.model.", manager));
            default -> List.of(ClipTextEncoder.load(source, "cond_stage_model.transformer.text_model.", manager));
            };
            UNet unet = UNet.load(source, "model.diffusion_model.", manager);
            Vae vae = Vae.load(source, "first_stage_model.", manager,
                    architecture == ModelInfo.Architecture.SDXL ? 0.13025f : 0.18215f);
            return new StableDiffusion(manager, source, info, tokenizer, encoders, unet, vae);
        } catch (IOException | RuntimeException e) {
            if (manager != null) {
                manager.close();
            }
            source.close();
            throw e;
        }
    }

    /** The tokenizer folder given, or a diffusers folder's own; an error saying what to do when there is none. */
    private static Path tokenizerFolder(Path model, TensorSource source, Path given) throws TensorFileException {
        if (given != null) {
            return given;
        }
        if (source instanceof DiffusersFolder && java.nio.file.Files.isRegularFile(model.resolve("tokenizer/vocab.json"))) {
            return model.resolve("tokenizer");
        }
        throw new TensorFileException(model, (source instanceof DiffusersFolder ? "the folder has no tokenizer/vocab.json"
                : "a single-file checkpoint holds no tokenizer") + ": name a CLIP tokenizer folder (vocab.json, merges.txt)");
    }

    public ModelInfo info() {
        return info;
    }

    // ---- the parts, for training

    public UNet unet() {
        return unet;
    }

    public Vae vae() {
        return vae;
    }

    /** One text encoder; SDXL's two (CLIP ViT-L, then OpenCLIP bigG). */
    public List<ClipTextEncoder> textEncoders() {
        return textEncoders;
    }

    public ClipTokenizer tokenizer() {
        return tokenizer;
    }

    public NoiseSchedule schedule() {
        return schedule;
    }

    /**
     * Every array the model computes with, by the checkpoint key (ldm layout) it was read from: the text encoders',
     * the UNet's and the VAE's. Training a tensor is training its arrays; writing it back is {@link ModelWeights.Tensor#value()}.
     */
    public ModelWeights weights() {
        List<ModelWeights> parts = new java.util.ArrayList<>();
        textEncoders.forEach(e -> parts.add(e.weights()));
        parts.add(unet.weights());
        parts.add(vae.weights());
        return ModelWeights.of(parts);
    }

    /** The tensors the model was read from, in the single-file (ldm) layout: a diffusers folder is seen converted. */
    public TensorSource source() {
        return source;
    }

    public boolean vPrediction() {
        return "v-prediction".equals(info.prediction());
    }

    /**
     * Makes {@code word} in prompts stand for the given vectors: one array ({@code [n, width]}) per text encoder
     * (SDXL: CLIP-L's, then bigG's), each with the same number of vectors.
     *
     * @throws IllegalArgumentException when the word is a token of the vocabulary, or the vectors do not fit the
     *                                  encoders
     */
    public void addEmbedding(String word, List<NDArray> vectors) {
        if (vectors.size() != textEncoders.size()) {
            throw new IllegalArgumentException("embedding '" + word + "' has vectors for " + vectors.size()
                    + " text encoder(s); this model has " + textEncoders.size());
        }
        long count = vectors.get(0).getShape().get(0);
        int first = textEncoders.get(0).nextId();
        for (int i = 0; i < vectors.size(); i++) {
            if (vectors.get(i).getShape().get(0) != count || textEncoders.get(i).nextId() != first) {
                throw new IllegalArgumentException("embedding '" + word + "': its parts differ in length");
            }
        }
        tokenizer.addWord(word, first, (int) count);
        for (int i = 0; i < vectors.size(); i++) {
            textEncoders.get(i).addEmbedding(vectors.get(i));
        }
    }

    /** The memory the weights live in; a caller's scopes are made under it. */
    public NDManager manager() {
        return manager;
    }

    /** How many arrays the model's own memory holds (its weights): a generation adds none. */
    public int modelArrays() {
        return manager.getManagedArrays().size();
    }

    /**
     * Generates an image: from noise of the seed (or {@code latentsIn}), or, given {@code init}, from that image
     * noised to {@code strength}.
     */
    public Result generate(Settings s, BufferedImage init, float[] latentsIn, Sampler.Progress progress) {
        try (NDManager scope = manager.newSubManager()) {
            unet.setAttentionSlice(s.attentionSlice());
            Condition[] conditions = conditions(scope, s);
            Denoiser denoiser = new Denoiser(unet, schedule, vPrediction(), conditions[0],
                    conditions[1], s.cfg());
            Shape shape = new Shape(1, unet.inChannels(), s.height() / 8, s.width() / 8);
            scope.getEngine().setRandomSeed((int) s.seed());
            NDArray noise = latentsIn != null ? scope.create(latentsIn, shape) : scope.randomNormal(shape);
            NDArray x;
            float[] sigmas = null;
            int[] timesteps = null;
            if (s.sampler() == Sampler.DDIM) {
                timesteps = schedule.ddimTimesteps(s.steps());
                x = noise;
                if (init != null) {
                    int kept = Math.max(1, Math.round(Math.min(s.strength(), 0.999f) * s.steps()));
                    timesteps = java.util.Arrays.copyOfRange(timesteps, timesteps.length - kept, timesteps.length);
                    float a = schedule.alphaCumprod(timesteps[0]);
                    x = vae.encode(image(scope, init, s)).mul((float) Math.sqrt(a)).add(noise.mul((float) Math.sqrt(1 - a)));
                }
            } else {
                sigmas = Sampling.sigmas(s.sampler(), denoiser, s.steps());
                if (init != null) {
                    // AUTOMATIC1111's img2img: the last int(strength * steps) + 1 noise levels of the full schedule
                    int encoded = (int) (Math.min(s.strength(), 0.999f) * s.steps());
                    sigmas = java.util.Arrays.copyOfRange(sigmas, s.steps() - encoded - 1, sigmas.length);
                    x = vae.encode(image(scope, init, s)).add(noise.mul(sigmas[0]));
                } else {
                    x = noise.mul(sigmas[0]);
                }
            }
            NDArray latents = Sampling.sample(s.sampler(), denoiser, x, sigmas, timesteps, scope, progress);
            return new Result(decode(latents), latents.toFloatArray(), latents.getShape().getShape());
        }
    }

    /**
     * The weighted conditioning of the prompt and of the negative prompt, of equal lengths: the shorter padded with
     * the encoding of the empty prompt, a chunk at a time, as AUTOMATIC1111 pads it.
     */
    private Condition[] conditions(NDManager scope, Settings s) {
        Condition cond = condition(scope, s.prompt(), s.clipSkip(), s.width(), s.height(), steering);
        Condition uncond = condition(scope, s.negative() == null ? "" : s.negative(), s.clipSkip(), s.width(), s.height(),
                steering);
        long length = Math.max(cond.context().getShape().get(1), uncond.context().getShape().get(1));
        if (cond.context().getShape().get(1) != uncond.context().getShape().get(1)) {
            NDArray empty = condition(scope, "", s.clipSkip(), s.width(), s.height(), steering).context();
            cond = padded(cond, empty, length);
            uncond = padded(uncond, empty, length);
        }
        return new Condition[] { cond, uncond };
    }

    private static Condition padded(Condition c, NDArray empty, long length) {
        NDArray context = c.context();
        while (context.getShape().get(1) < length) {
            context = context.concat(empty, 1);
        }
        return new Condition(context, c.vector());
    }

    /**
     * The conditioning of one prompt ({@code [1, 77 × chunks, contextDim]}), each chunk's states weighted as the
     * prompt's emphasis says and rescaled to their former mean. SD 1.x reads CLIP's last layer (or the one CLIP
     * skip names) through the final norm, padding with the end token. SD 2.x reads its OpenCLIP encoder's
     * penultimate layer, as it was trained, and pads with 0; CLIP skip counts from there. SDXL joins the
     * penultimate states of both encoders, without their final norm, along the features, and makes its vector of
     * bigG's pooled output of the first chunk and the sizes, as AUTOMATIC1111 does (original size and target size
     * the image's, crop 0, 0). What requires gradients (LoRA modules, new embeddings) keeps them.
     */
    public Condition condition(NDManager scope, String prompt, int clipSkip, int width, int height) {
        return condition(scope, prompt, clipSkip, width, height, null);
    }

    /**
     * Changes the text encoder's states of a chunk ({@code [1, 77, width]}, after its emphasis) given the chunk's
     * token ids, for the prompt and the negative prompt alike, as AUTOMATIC1111's hook on its encoder sees every
     * chunk: aesthetic gradients.
     */
    public interface PromptSteering {
        NDArray steer(NDManager scope, NDArray states, int[] ids);
    }

    private PromptSteering steering;

    /**
     * Steers the prompts of the generations from now on, or no more ({@code null}). SD 1.x only: its one text
     * encoder's states are what a steering changes.
     *
     * @throws IllegalArgumentException on another family
     */
    public void setPromptSteering(PromptSteering steering) {
        if (steering != null && info.architecture() != ModelInfo.Architecture.SD1) {
            throw new IllegalArgumentException("prompt steering applies to SD 1.x, not to " + info.architecture().label());
        }
        this.steering = steering;
    }

    private Condition condition(NDManager scope, String prompt, int clipSkip, int width, int height, PromptSteering steering) {
        return switch (info.architecture()) {
        case SDXL -> {
            if (clipSkip != 1) {
                throw new IllegalArgumentException("clip skip: SDXL reads the penultimate layers of its text encoders, as"
                        + " it was trained; clip skip applies to SD 1.x and 2.x");
            }
            NDArray[] pooled = new NDArray[1];
            NDArray first = encodeChunks(scope, new PromptChunks(tokenizer, tokenizer.endId()).chunks(prompt).chunks(),
                    (ids, chunk) -> textEncoders.get(0).hidden(scope, ids, textEncoders.get(0).layers() - 1).get(0));
            ClipTextEncoder bigG = textEncoders.get(1);
            NDArray second = encodeChunks(scope, new PromptChunks(tokenizer, 0).chunks(prompt).chunks(), (ids, chunk) -> {
                NDList states = bigG.hidden(scope, ids, bigG.layers() - 1);
                if (chunk == 0) {
                    pooled[0] = bigG.pooled(states.get(1), ids);
                }
                return states.get(0);
            });
            int pooledWidth = (int) pooled[0].getShape().get(1);
            yield new Condition(first.concat(second, 2), pooled[0].concat(sizes(scope, width, height, pooledWidth), 1));
        }
        case SD2 -> new Condition(encodeChunks(scope, new PromptChunks(tokenizer, 0).chunks(prompt).chunks(),
                (ids, chunk) -> textEncoders.get(0).encode(scope, ids, clipSkip + 1)));
        default -> {
            NDArray z = encodeChunks(scope, new PromptChunks(tokenizer, tokenizer.endId()).chunks(prompt).chunks(),
                    (ids, chunk) -> textEncoders.get(0).encode(scope, ids, clipSkip), steering);
            yield new Condition(z);
        }
        };
    }

    /** One encoder's hidden states of a chunk of token ids; {@code chunk} counts the prompt's chunks from 0. */
    private interface ChunkEncoder {
        NDArray encode(int[][] ids, int chunk);
    }

    /** The chunks' weighted states, joined along the sequence. */
    private NDArray encodeChunks(NDManager scope, List<PromptChunks.Chunk> chunks, ChunkEncoder encoder) {
        return encodeChunks(scope, chunks, encoder, null);
    }

    /** The chunks' weighted states, each then changed by {@code steering} when not null, joined along the sequence. */
    private NDArray encodeChunks(NDManager scope, List<PromptChunks.Chunk> chunks, ChunkEncoder encoder,
            PromptSteering steering) {
        List<NDArray> encoded = new ArrayList<>();
        for (PromptChunks.Chunk chunk : chunks) {
            NDArray z = encoder.encode(new int[][] { chunk.tokens() }, encoded.size());
            float[] weights = new float[chunk.weights().length];
            boolean weighted = false;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) chunk.weights()[i];
                weighted |= weights[i] != 1f;
            }
            if (weighted) {
                NDArray before = z.mean();
                z = z.mul(scope.create(weights, new Shape(1, weights.length, 1)));
                z = z.mul(before.div(z.mean()));
            }
            encoded.add(steering == null ? z : steering.steer(scope, z, chunk.tokens()));
        }
        return encoded.size() == 1 ? encoded.get(0) : NDArrays.concat(new NDList(encoded), 1);
    }

    /**
     * SDXL's size conditioning: original height and width, crop top and left, target height and width, each a
     * sinusoidal embedding ({@code [cos, sin]}) as wide as the UNet's vector leaves for it beside the pooled text.
     */
    private NDArray sizes(NDManager scope, int width, int height, int pooledWidth) {
        int each = (unet.vectorDim() - pooledWidth) / 6;
        NDArray values = scope.create(new float[] { height, width, 0, 0, height, width });
        return UNet.timestepEmbedding(values, each).reshape(1, 6L * each);
    }

    /** The image latents ({@code [1, C, h, w]}) decode to, through the VAE. */
    public BufferedImage decode(NDArray latents) {
        try (NDArray pixels = Ops.scoped(latents, in -> vae.decode(in).add(1f).div(2f).clip(0f, 1f).mul(255f).floor())) {
            return toImage(pixels);
        }
    }

    /** An RGB image, resized to the settings' size where it differs, as {@code [1, 3, H, W]} in [-1, 1]. */
    private static NDArray image(NDManager scope, BufferedImage init, Settings s) {
        BufferedImage sized = init;
        if (init.getWidth() != s.width() || init.getHeight() != s.height()) {
            sized = new BufferedImage(s.width(), s.height(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = sized.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(init, 0, 0, s.width(), s.height(), null);
            g.dispose();
        }
        return pixels(scope, sized);
    }

    /** An RGB image at its own size as {@code [1, 3, H, W]} in [-1, 1], as the VAE's encoder takes it. */
    public static NDArray pixels(NDManager scope, BufferedImage sized) {
        int w = sized.getWidth();
        int h = sized.getHeight();
        float[] chw = new float[3 * w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = sized.getRGB(x, y);
                for (int c = 0; c < 3; c++) {
                    int value = (rgb >> (16 - 8 * c)) & 0xff;
                    chw[c * w * h + y * w + x] = 2 * (value / 255f) - 1;
                }
            }
        }
        return scope.create(chw, new Shape(1, 3, h, w));
    }

    /** {@code [1, 3, H, W]} of 0..255 values to an RGB image. */
    private static BufferedImage toImage(NDArray pixels) {
        Shape s = pixels.getShape();
        int h = (int) s.get(2);
        int w = (int) s.get(3);
        float[] v = pixels.toFloatArray();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = (int) v[y * w + x];
                int g = (int) v[w * h + y * w + x];
                int b = (int) v[2 * w * h + y * w + x];
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    /**
     * The parameters text AUTOMATIC1111 writes into its PNGs: the prompt, the negative prompt, then the settings
     * ({@code Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 42, Size: 512x512, Model hash: ..., Model: ...}).
     */
    public static String parameters(Settings s, String modelHash, String modelName, boolean img2img) {
        StringBuilder text = new StringBuilder(s.prompt());
        if (s.negative() != null && !s.negative().isEmpty()) {
            text.append("\nNegative prompt: ").append(s.negative());
        }
        text.append(String.format(Locale.ROOT, "\nSteps: %d, Sampler: %s, CFG scale: %s, Seed: %d, Size: %dx%d",
                s.steps(), s.sampler().label(), number(s.cfg()), s.seed(), s.width(), s.height()));
        if (modelHash != null) {
            text.append(", Model hash: ").append(modelHash);
        }
        text.append(", Model: ").append(modelName);
        if (img2img) {
            text.append(", Denoising strength: ").append(number(s.strength()));
        }
        if (s.clipSkip() > 1) {
            text.append(", Clip skip: ").append(s.clipSkip());
        }
        return text.append(", Version: Atelier").toString();
    }

    /**
     * The parameters text of an image generated from {@code model} (its short hash, as AUTOMATIC1111 shows it, for
     * a file; its name without extension) with LoRAs ({@code Lora: name:strength ...}).
     */
    public static String parameters(Settings s, Path model, boolean img2img, List<LoraSource.Lora> loras) throws IOException {
        String name = model.getFileName().toString().replaceFirst("\\.(safetensors|ckpt|pt)$", "");
        String hash = java.nio.file.Files.isRegularFile(model)
                ? org.atelier.tensors.Hashes.shortHash(org.atelier.tensors.Hashes.sha256Cached(model)) : null;
        String text = parameters(s, hash, name, img2img);
        if (!loras.isEmpty()) {
            text += ", Lora: " + loras.stream().map(l -> l.file().getFileName().toString()
                    .replaceFirst("\\.(safetensors|ckpt|pt)$", "") + ":" + l.strength())
                    .collect(java.util.stream.Collectors.joining(" "));
        }
        return text;
    }

    private static String number(float v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Float.toString(v);
    }

    @Override
    public void close() throws IOException {
        manager.close();
        source.close();
    }
}
