package org.atelier.methods.lora;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.atelier.core.model.Precision;
import org.atelier.core.model.SubsetRole;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.tensors.DType;
import org.atelier.tensors.Hashes;
import org.atelier.tensors.ModelInfo;
import org.atelier.training.TrainingData;
import org.atelier.training.TrainingException;
import org.atelier.training.TrainingRun;
import org.atelier.datasets.Item;
import org.atelier.methods.lora.model.LoraConfig;
import org.atelier.training.optim.LrSchedule;

import com.google.gson.JsonObject;

/** Runs a LoRA experiment: modules attached to the base model, trained, saved as kohya's safetensors in output/. */
public final class LoraRunner implements IMethodRunner {

    private static final Set<DType> SAVED_TYPES = Set.of(DType.F16, DType.BF16, DType.F32);

    @Override
    public void run(RunContext context) throws Exception {
        TrainingRun.run(context, LoraConfig.class, (sd, config, data) -> attach(context, sd, config, data));
    }

    /** The network for a loaded model, with the metadata kohya writes about its training. */
    public static LoraNetwork attach(RunContext context, StableDiffusion sd, LoraConfig config, TrainingData data)
            throws java.io.IOException {
        LrSchedule unet = LrSchedule.parse(config.getLearningRate(), LrSchedule.Kind.CONSTANT, 0, 1, 1, 1);
        double unetRate = unet.at(0) > 0 ? unet.at(0) : 1e-4;
        double textRate = config.getTextEncoderLearningRate();
        boolean text = config.isTrainTextEncoder();
        DType type = outputType(context, config.getOutputType(), sd.info());
        String name = config.getOutputName() == null || config.getOutputName().isBlank() ? "lora" : config.getOutputName().strip();
        int convRank = config.getConvRank();
        LoraNetwork network = LoraNetwork.attach(sd, config.getRank(), config.getAlpha(), config.getDropout(),
                text ? textRate / unetRate : Double.NaN, convRank, config.getConvAlpha(), name, type,
                context.experiment().getSeed());
        context.log("LoRA: " + network.moduleCount() + " modules of rank " + config.getRank() + " (alpha "
                + LoraNetwork.number(config.getAlpha()) + ")" + (text ? " on the UNet and the text encoder" : " on the UNet")
                + (convRank > 0 ? ", LoCon on its convolutions (rank " + convRank + ")" : "")
                + (config.getOutputType() == Precision.KEEP ? ", saved in " + type + " as the base model's UNet is" : ""));
        network.metadata().putAll(metadata(context, sd, config, data, name, text ? textRate : 0, unetRate));
        return network;
    }

    /** kohya's {@code ss_*} training metadata and the {@code modelspec.*} of Stability's model spec. */
    private static Map<String, String> metadata(RunContext context, StableDiffusion sd, LoraConfig config, TrainingData data,
            String name, double textRate, double unetRate) throws java.io.IOException {
        Map<String, String> m = new LinkedHashMap<>();
        ModelInfo.Architecture architecture = sd.info().architecture();
        int resolution = context.experiment().getDatasets().get(0).getResolution();
        Path model = context.baseModelPath();
        m.put("ss_output_name", name);
        m.put("ss_training_started_at", Long.toString(Instant.now().getEpochSecond()));
        m.put("ss_learning_rate", config.getLearningRate());
        m.put("ss_unet_lr", Double.toString(unetRate));
        m.put("ss_text_encoder_lr", Double.toString(textRate));
        m.put("ss_num_train_images", Integer.toString(data.epochs().imagesPerEpoch()));
        m.put("ss_num_reg_images", Long.toString(data.training().stream().filter(i -> i.role() == SubsetRole.REGULARISATION)
                .mapToLong(Item::repeats).sum()));
        m.put("ss_num_batches_per_epoch", Integer.toString(data.epochs().batchesPerEpoch()));
        m.put("ss_num_epochs", Integer.toString(data.epochCount()));
        m.put("ss_batch_size_per_device", Integer.toString(config.getBatchSize()));
        m.put("ss_total_batch_size", Integer.toString(config.getBatchSize() * config.getGradientAccumulation()));
        m.put("ss_gradient_accumulation_steps", Integer.toString(config.getGradientAccumulation()));
        m.put("ss_max_train_steps", Integer.toString(config.getSteps()));
        m.put("ss_lr_warmup_steps", Integer.toString(config.getWarmupSteps()));
        m.put("ss_lr_scheduler", config.getScheduler().getLiteral().toLowerCase(java.util.Locale.ROOT));
        m.put("ss_optimizer", config.getOptimizer().getLiteral());
        m.put("ss_mixed_precision", "no");
        m.put("ss_full_fp16", "False");
        m.put("ss_v2", architecture == ModelInfo.Architecture.SD2 ? "True" : "False");
        m.put("ss_base_model_version", switch (architecture) {
        case SD2 -> "sd_v2";
        case SDXL -> "sdxl_base_v1-0";
        default -> "sd_v1";
        });
        m.put("ss_clip_skip", Integer.toString(config.getClipSkip()));
        m.put("ss_cache_latents", config.isCacheLatents() ? "True" : "False");
        m.put("ss_seed", Long.toString(context.experiment().getSeed()));
        m.put("ss_noise_offset", Double.toString(config.getNoiseOffset()));
        m.put("ss_min_snr_gamma", Double.toString(config.getMinSnrGamma()));
        m.put("ss_max_grad_norm", Double.toString(config.getMaxGradNorm()));
        m.put("ss_resolution", "(" + resolution + ", " + resolution + ")");
        m.put("ss_sd_model_name", model.getFileName().toString());
        if (java.nio.file.Files.isRegularFile(model)) {
            m.put("ss_new_sd_model_hash", Hashes.sha256Cached(model));
        }
        m.put("ss_tag_frequency", tagFrequency(data).toString());
        if (config.getConvRank() > 0) {
            JsonObject args = new JsonObject();
            args.addProperty("conv_dim", Integer.toString(config.getConvRank()));
            args.addProperty("conv_alpha", LoraNetwork.number(config.getConvAlpha()));
            m.put("ss_network_args", args.toString());
        }
        m.put("ss_dataset_dirs", datasetDirs(data).toString());
        m.put("modelspec.sai_model_spec", "1.0.0");
        m.put("modelspec.architecture", switch (architecture) {
        case SD2 -> sd.vPrediction() ? "stable-diffusion-v2-768-v/lora" : "stable-diffusion-v2-512/lora";
        case SDXL -> "stable-diffusion-xl-v1-base/lora";
        default -> "stable-diffusion-v1/lora";
        });
        m.put("modelspec.implementation", architecture == ModelInfo.Architecture.SDXL
                ? "https://github.com/Stability-AI/generative-models" : "diffusers");
        m.put("modelspec.title", name);
        m.put("modelspec.resolution", resolution + "x" + resolution);
        m.put("modelspec.date", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)
                .toLocalDateTime().withNano(0)));
        m.put("modelspec.prediction_type", sd.vPrediction() ? "v" : "epsilon");
        return m;
    }

    /**
     * The element type the modules are saved in: the precision chosen, or with {@code KEEP} the type of the base
     * model's UNet.
     *
     * @throws TrainingException when KEEP meets a UNet of mixed types or of a type a LoRA is not saved in
     */
    public static DType outputType(RunContext context, Precision precision, ModelInfo base) {
        return switch (precision) {
        case FP16 -> DType.F16;
        case BF16 -> DType.BF16;
        case FP32 -> DType.F32;
        case KEEP -> {
            Set<DType> types = base.components().stream().filter(c -> "UNet".equals(c.name()))
                    .flatMap(c -> c.dtypes().stream()).collect(Collectors.toCollection(TreeSet::new));
            if (types.size() == 1 && SAVED_TYPES.contains(types.iterator().next())) {
                yield types.iterator().next();
            }
            throw new TrainingException("experiment '" + context.experiment().getName() + "' › config › outputType: KEEP"
                    + " saves the LoRA in the type of the base model's UNet, but the UNet of "
                    + context.baseModelPath().getFileName() + " holds " + (types.isEmpty() ? "no tensors" : types)
                    + "; choose FP16, BF16 or FP32");
        }
        };
    }

    /** kohya's {@code ss_tag_frequency}: per image folder, how many captions hold each tag. */
    static JsonObject tagFrequency(TrainingData data) {
        Map<String, Map<String, Integer>> byFolder = new LinkedHashMap<>();
        for (Item item : data.training()) {
            Map<String, Integer> tags = byFolder.computeIfAbsent(item.image().getParent().getFileName().toString(),
                    k -> new LinkedHashMap<>());
            for (String tag : item.caption().split(",")) {
                if (!tag.isBlank()) {
                    tags.merge(tag.strip(), 1, Integer::sum);
                }
            }
        }
        JsonObject json = new JsonObject();
        byFolder.forEach((folder, tags) -> {
            JsonObject counts = new JsonObject();
            tags.forEach(counts::addProperty);
            json.add(folder, counts);
        });
        return json;
    }

    /** kohya's {@code ss_dataset_dirs}: per image folder, its repeats and image count. */
    private static JsonObject datasetDirs(TrainingData data) {
        JsonObject json = new JsonObject();
        for (Item item : data.training()) {
            String folder = item.image().getParent().getFileName().toString();
            JsonObject entry = json.has(folder) ? json.getAsJsonObject(folder) : new JsonObject();
            entry.addProperty("n_repeats", item.repeats());
            entry.addProperty("img_count", entry.has("img_count") ? entry.get("img_count").getAsInt() + 1 : 1);
            json.add(folder, entry);
        }
        return json;
    }
}
