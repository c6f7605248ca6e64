package org.atelier.methods.lora;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.atelier.core.model.SubsetRole;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.tensors.DType;
import org.atelier.tensors.Hashes;
import org.atelier.tensors.ModelInfo;
import org.atelier.training.Config;
import org.atelier.training.TrainingData;
import org.atelier.training.TrainingRun;
import org.atelier.datasets.Item;
import org.atelier.training.optim.LrSchedule;

import com.google.gson.JsonObject;

/** Runs a LoRA experiment: modules attached to the base model, trained, saved as kohya's safetensors in output/. */
public final class LoraRunner implements IMethodRunner {

    @Override
    public void run(RunContext context) throws Exception {
        TrainingRun.run(context, (sd, config, data) -> attach(context, sd, config, data));
    }

    /** The network for a loaded model, with the metadata kohya writes about its training. */
    public static LoraNetwork attach(RunContext context, StableDiffusion sd, Config config, TrainingData data) throws java.io.IOException {
        LrSchedule unet = LrSchedule.parse(config.text("learningRate"), LrSchedule.Kind.CONSTANT, 0, 1, 1, 1);
        double unetRate = unet.at(0) > 0 ? unet.at(0) : 1e-4;
        double textRate = config.number("textEncoderLearningRate");
        boolean text = config.flag("trainTextEncoder");
        DType type = switch (config.literal("outputType")) {
        case "BF16" -> DType.BF16;
        case "FP32" -> DType.F32;
        default -> DType.F16;
        };
        String name = config.text("outputName").isBlank() ? "lora" : config.text("outputName").strip();
        int convRank = config.integer("convRank");
        LoraNetwork network = LoraNetwork.attach(sd, config.integer("rank"), config.number("alpha"), config.number("dropout"),
                text ? textRate / unetRate : Double.NaN, convRank, config.number("convAlpha"), name, type,
                context.experiment().getSeed());
        context.log("LoRA: " + network.moduleCount() + " modules of rank " + config.integer("rank") + " (alpha "
                + LoraNetwork.number(config.number("alpha")) + ")" + (text ? " on the UNet and the text encoder" : " on the UNet")
                + (convRank > 0 ? ", LoCon on its convolutions (rank " + convRank + ")" : ""));
        network.metadata().putAll(metadata(context, sd, config, data, name, text ? textRate : 0, unetRate));
        return network;
    }

    /** kohya's {@code ss_*} training metadata and the {@code modelspec.*} of Stability's model spec. */
    private static Map<String, String> metadata(RunContext context, StableDiffusion sd, Config config, TrainingData data,
            String name, double textRate, double unetRate) throws java.io.IOException {
        Map<String, String> m = new LinkedHashMap<>();
        ModelInfo.Architecture architecture = sd.info().architecture();
        int resolution = context.experiment().getDatasets().get(0).getResolution();
        Path model = context.baseModelPath();
        m.put("ss_output_name", name);
        m.put("ss_training_started_at", Long.toString(Instant.now().getEpochSecond()));
        m.put("ss_learning_rate", config.text("learningRate"));
        m.put("ss_unet_lr", Double.toString(unetRate));
        m.put("ss_text_encoder_lr", Double.toString(textRate));
        m.put("ss_num_train_images", Integer.toString(data.epochs().imagesPerEpoch()));
        m.put("ss_num_reg_images", Long.toString(data.training().stream().filter(i -> i.role() == SubsetRole.REGULARISATION)
                .mapToLong(Item::repeats).sum()));
        m.put("ss_num_batches_per_epoch", Integer.toString(data.epochs().batchesPerEpoch()));
        m.put("ss_num_epochs", Integer.toString(data.epochCount()));
        m.put("ss_batch_size_per_device", Integer.toString(config.integer("batchSize")));
        m.put("ss_total_batch_size", Integer.toString(config.integer("batchSize") * config.integer("gradientAccumulation")));
        m.put("ss_gradient_accumulation_steps", Integer.toString(config.integer("gradientAccumulation")));
        m.put("ss_max_train_steps", Integer.toString(config.integer("steps")));
        m.put("ss_lr_warmup_steps", Integer.toString(config.integer("warmupSteps")));
        m.put("ss_lr_scheduler", config.literal("scheduler").toLowerCase(java.util.Locale.ROOT));
        m.put("ss_optimizer", config.literal("optimizer"));
        m.put("ss_mixed_precision", "no");
        m.put("ss_full_fp16", "False");
        m.put("ss_v2", architecture == ModelInfo.Architecture.SD2 ? "True" : "False");
        m.put("ss_base_model_version", switch (architecture) {
        case SD2 -> "sd_v2";
        case SDXL -> "sdxl_base_v1-0";
        default -> "sd_v1";
        });
        m.put("ss_clip_skip", Integer.toString(config.integer("clipSkip")));
        m.put("ss_cache_latents", config.flag("cacheLatents") ? "True" : "False");
        m.put("ss_seed", Long.toString(context.experiment().getSeed()));
        m.put("ss_noise_offset", Double.toString(config.number("noiseOffset")));
        m.put("ss_min_snr_gamma", Double.toString(config.number("minSnrGamma")));
        m.put("ss_max_grad_norm", Double.toString(config.number("maxGradNorm")));
        m.put("ss_resolution", "(" + resolution + ", " + resolution + ")");
        m.put("ss_sd_model_name", model.getFileName().toString());
        if (java.nio.file.Files.isRegularFile(model)) {
            m.put("ss_new_sd_model_hash", Hashes.sha256Cached(model));
        }
        m.put("ss_tag_frequency", tagFrequency(data).toString());
        if (config.integer("convRank") > 0) {
            JsonObject args = new JsonObject();
            args.addProperty("conv_dim", Integer.toString(config.integer("convRank")));
            args.addProperty("conv_alpha", LoraNetwork.number(config.number("convAlpha")));
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
