package org.atelier.tensors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.atelier.tensors.ModelInfo.Architecture;
import org.atelier.tensors.ModelInfo.Component;
import org.atelier.tensors.ModelInfo.Kind;

/**
 * Tells what a tensor file is from its keys and shapes, as AUTOMATIC1111 and ComfyUI do: the model family
 * (SD 1.x, 2.x, SDXL base or refiner), the variant (inpainting, instruct-pix2pix), the prediction type where the
 * file shows it, and the kind (checkpoint, LoRA, embedding, hypernetwork, VAE, ...).
 */
public final class ModelDetector {

    static final String UNET = "model.diffusion_model.";
    static final String VAE = "first_stage_model.";
    private static final Pattern HYPERNETWORK_KEY = Pattern.compile("^\\d+\\.\\d\\.linear\\.\\d+\\.(weight|bias)$");

    private final TensorSource source;
    private final Map<String, TensorInfo> tensors = new LinkedHashMap<>();

    private ModelDetector(TensorSource source) {
        this.source = source;
        for (TensorInfo t : source.tensors()) {
            tensors.put(t.name(), t);
        }
    }

    public static ModelInfo detect(TensorSource source) throws IOException {
        if (source instanceof DiffusersFolder folder) {
            return folder.detect();
        }
        return new ModelDetector(source).detect();
    }

    private boolean has(String name) {
        return tensors.containsKey(name);
    }

    private boolean any(Predicate<String> test) {
        return tensors.keySet().stream().anyMatch(test);
    }

    private long dim(String name, int i) {
        TensorInfo t = tensors.get(name);
        return t == null || t.rank() <= i ? -1 : t.dim(i);
    }

    private ModelInfo detect() throws IOException {
        if (any(k -> k.endsWith(".lora_down.weight") || k.endsWith(".lora_up.weight") || k.endsWith(".lora_A.weight")
                || k.endsWith(".lora_B.weight") || k.contains(".hada_w1_a") || k.contains(".lokr_w1"))) {
            return lora();
        }
        if (any(k -> k.startsWith(UNET))) {
            return checkpoint();
        }
        if (has("string_to_param.*") || has("emb_params") || (has("clip_l") && has("clip_g"))) {
            return embedding();
        }
        if (!tensors.isEmpty() && tensors.keySet().stream().allMatch(k -> HYPERNETWORK_KEY.matcher(k).matches())) {
            return hypernetwork();
        }
        if (has("encoder.conv_in.weight") && has("decoder.conv_out.weight")) {
            return new ModelInfo(Kind.VAE, Architecture.UNKNOWN, null, null, List.of(component("VAE", k -> true)),
                    List.of("ldm layout; SD 1.x, 2.x and SDXL VAEs share it"));
        }
        if (has("encoder.conv_in.weight") && any(k -> k.startsWith("decoder.up_blocks."))) {
            return new ModelInfo(Kind.VAE, Architecture.UNKNOWN, null, null, List.of(component("VAE", k -> true)),
                    List.of("diffusers layout"));
        }
        if (has("time_embedding.linear_1.weight")) {
            return diffusersUnet();
        }
        if (any(k -> k.endsWith(HF_VISION_PATCHES) || k.endsWith(OPEN_CLIP_VISION_PATCHES))) {
            return clipVision();
        }
        if (has("text_model.embeddings.token_embedding.weight")) {
            long width = dim("text_model.embeddings.token_embedding.weight", 1);
            return new ModelInfo(Kind.TEXT_ENCODER, width == 768 ? Architecture.SD1 : Architecture.UNKNOWN, null, null,
                    List.of(component("Text encoder", k -> true)), List.of("width " + width));
        }
        if (!tensors.isEmpty() && tensors.size() <= 2
                && tensors.values().stream().allMatch(t -> t.rank() >= 1 && t.rank() <= 2)) {
            return embedding();
        }
        return new ModelInfo(Kind.UNKNOWN, Architecture.UNKNOWN, null, null, List.of(component("Tensors", k -> true)),
                List.of());
    }

    private ModelInfo checkpoint() throws IOException {
        Architecture architecture;
        if (any(k -> k.startsWith("conditioner.embedders.1.model."))) {
            architecture = Architecture.SDXL;
        } else if (any(k -> k.startsWith("conditioner.embedders.0.model."))) {
            architecture = Architecture.SDXL_REFINER;
        } else if (any(k -> k.startsWith("cond_stage_model.model."))) {
            architecture = Architecture.SD2;
        } else if (any(k -> k.startsWith("cond_stage_model.transformer."))) {
            architecture = Architecture.SD1;
        } else {
            architecture = switch ((int) contextDim()) {
            case 768 -> Architecture.SD1;
            case 1024 -> Architecture.SD2;
            case 2048 -> Architecture.SDXL;
            case 1280 -> Architecture.SDXL_REFINER;
            default -> Architecture.UNKNOWN;
            };
        }
        long inChannels = dim(UNET + "input_blocks.0.0.weight", 1);
        String variant = inChannels == 9 ? "inpainting" : inChannels == 8 ? "instruct-pix2pix" : null;
        String prediction = switch (architecture) {
        case SD1 -> "epsilon";
        case SDXL, SDXL_REFINER -> has("v_pred") ? "v-prediction" : "epsilon";
        case SD2 -> sd2Prediction();
        default -> null;
        };
        List<Component> components = new ArrayList<>();
        components.add(component("UNet", k -> k.startsWith(UNET)));
        addIfAny(components, component("VAE", k -> k.startsWith(VAE)));
        if (architecture == Architecture.SDXL) {
            addIfAny(components, component("Text encoder (CLIP-L)", k -> k.startsWith("conditioner.embedders.0.")));
            addIfAny(components, component("Text encoder 2 (OpenCLIP bigG)", k -> k.startsWith("conditioner.embedders.1.")));
        } else if (architecture == Architecture.SDXL_REFINER) {
            addIfAny(components, component("Text encoder (OpenCLIP bigG)", k -> k.startsWith("conditioner.embedders.0.")));
        } else {
            addIfAny(components, component(architecture == Architecture.SD2 ? "Text encoder (OpenCLIP)" : "Text encoder (CLIP)",
                    k -> k.startsWith("cond_stage_model.")));
        }
        addIfAny(components, component("Image encoder (OpenCLIP)", k -> k.startsWith("embedder.model.visual.")));
        addIfAny(components, component("Other", k -> !k.startsWith(UNET) && !k.startsWith(VAE)
                && !k.startsWith("cond_stage_model.") && !k.startsWith("conditioner.") && !k.startsWith("embedder.model.visual.")));
        Kind kind = components.size() == 1 ? Kind.UNET : Kind.CHECKPOINT;
        List<String> notes = new ArrayList<>();
        notes.add("UNet cross-attention width " + contextDim() + ", input channels " + inChannels);
        if (any(k -> k.startsWith("model_ema."))) {
            notes.add("holds EMA weights (model_ema.*)");
        }
        return new ModelInfo(kind, architecture, variant, prediction, components, notes);
    }

    private long contextDim() {
        for (TensorInfo t : tensors.values()) {
            if (t.name().startsWith(UNET) && t.name().endsWith(".attn2.to_k.weight")) {
                return t.dim(1);
            }
        }
        return -1;
    }

    /**
     * ComfyUI's test for SD 2.x v-prediction: the spread of one LayerNorm bias of the last output block, trained
     * far wider in the v models.
     */
    private String sd2Prediction() throws IOException {
        TensorInfo bias = tensors.get(UNET + "output_blocks.11.1.transformer_blocks.0.norm1.bias");
        if (bias == null) {
            return null;
        }
        float[] v = source.floats(bias);
        double mean = 0;
        for (float x : v) {
            mean += x;
        }
        mean /= v.length;
        double variance = 0;
        for (float x : v) {
            variance += (x - mean) * (x - mean);
        }
        double std = Math.sqrt(variance / Math.max(1, v.length - 1));
        return std > 0.09 ? "v-prediction" : "epsilon";
    }

    private ModelInfo lora() throws IOException {
        Architecture architecture = Architecture.UNKNOWN;
        if (any(k -> k.startsWith("lora_te1_") || k.startsWith("lora_te2_"))) {
            architecture = Architecture.SDXL;
        } else {
            for (TensorInfo t : tensors.values()) {
                if (t.name().contains("attn2") && t.name().contains("to_k") && (t.name().endsWith("lora_down.weight")
                        || t.name().endsWith("lora_A.weight"))) {
                    architecture = switch ((int) t.dim(1)) {
                    case 768 -> Architecture.SD1;
                    case 1024 -> Architecture.SD2;
                    case 2048 -> Architecture.SDXL;
                    default -> Architecture.UNKNOWN;
                    };
                    break;
                }
            }
        }
        List<String> notes = new ArrayList<>();
        TensorInfo down = tensors.values().stream().filter(t -> t.name().endsWith("lora_down.weight")
                || t.name().endsWith("lora_A.weight")).findFirst().orElse(null);
        if (down != null) {
            notes.add("rank " + down.dim(0));
        }
        TensorInfo alpha = tensors.values().stream().filter(t -> t.name().endsWith(".alpha")).findFirst().orElse(null);
        if (alpha != null) {
            notes.add("alpha " + source.floats(alpha)[0]);
        }
        long modules = tensors.keySet().stream().filter(k -> k.endsWith("lora_down.weight") || k.endsWith("lora_A.weight")
                || k.endsWith("hada_w1_a") || k.endsWith("lokr_w1")).count();
        notes.add(modules + " modules");
        String module = source.metadata().get("ss_network_module");
        if (module != null) {
            notes.add("trained with " + module);
        }
        List<Component> components = new ArrayList<>();
        addIfAny(components, component("UNet modules", k -> k.startsWith("lora_unet") || k.startsWith("unet.")));
        addIfAny(components, component("Text encoder modules", k -> k.startsWith("lora_te") || k.startsWith("text_encoder")));
        addIfAny(components, component("Other", k -> !k.startsWith("lora_unet") && !k.startsWith("unet.")
                && !k.startsWith("lora_te") && !k.startsWith("text_encoder")));
        return new ModelInfo(Kind.LORA, architecture, null, null, components, notes);
    }

    private ModelInfo embedding() {
        List<String> notes = new ArrayList<>();
        Architecture architecture = Architecture.UNKNOWN;
        if (has("clip_g")) {
            architecture = Architecture.SDXL;
            notes.add(vectors(tensors.get("clip_g")) + " vectors (clip_l, clip_g)");
        } else {
            TensorInfo vector = has("string_to_param.*") ? tensors.get("string_to_param.*")
                    : has("emb_params") ? tensors.get("emb_params") : tensors.values().iterator().next();
            long width = vector.dim(vector.rank() - 1);
            architecture = width == 768 ? Architecture.SD1 : width == 1024 ? Architecture.SD2 : Architecture.UNKNOWN;
            String format = has("string_to_param.*") ? "AUTOMATIC1111" : has("emb_params") ? "kohya" : "diffusers";
            notes.add(vectors(vector) + " vectors of width " + width + " (" + format + " format)");
        }
        return new ModelInfo(Kind.EMBEDDING, architecture, null, null, List.of(component("Vectors", k -> true)), notes);
    }

    private static long vectors(TensorInfo t) {
        return t.rank() == 1 ? 1 : t.dim(0);
    }

    private ModelInfo hypernetwork() {
        Set<String> sizes = new java.util.TreeSet<>();
        for (String k : tensors.keySet()) {
            sizes.add(k.substring(0, k.indexOf('.')));
        }
        Architecture architecture = sizes.contains("1024") ? Architecture.SD2 : sizes.contains("768") ? Architecture.SD1
                : Architecture.UNKNOWN;
        return new ModelInfo(Kind.HYPERNETWORK, architecture, null, null, List.of(component("Modules", k -> true)),
                List.of("context widths " + String.join(", ", sizes)));
    }

    private ModelInfo diffusersUnet() {
        long context = -1;
        for (TensorInfo t : tensors.values()) {
            if (t.name().endsWith("attn2.to_k.weight")) {
                context = t.dim(1);
                break;
            }
        }
        Architecture architecture = switch ((int) context) {
        case 768 -> Architecture.SD1;
        case 1024 -> Architecture.SD2;
        case 2048 -> Architecture.SDXL;
        case 1280 -> Architecture.SDXL_REFINER;
        default -> Architecture.UNKNOWN;
        };
        return new ModelInfo(Kind.UNET, architecture, null, null, List.of(component("UNet", k -> true)),
                List.of("diffusers layout, cross-attention width " + context));
    }

    /** The key ending that marks a CLIP vision tower in Hugging Face's layout. */
    public static final String HF_VISION_PATCHES = "vision_model.embeddings.patch_embedding.weight";
    /** The key ending that marks a CLIP vision tower in OpenCLIP's layout. */
    public static final String OPEN_CLIP_VISION_PATCHES = "visual.conv1.weight";

    /**
     * A CLIP vision tower in Hugging Face's layout ({@code CLIPVisionModelWithProjection}, {@code CLIPModel}) or
     * OpenCLIP's, with its sizes and the released model they are.
     */
    private ModelInfo clipVision() {
        String patches = tensors.keySet().stream()
                .filter(k -> k.endsWith(HF_VISION_PATCHES) || k.endsWith(OPEN_CLIP_VISION_PATCHES)).findFirst().orElseThrow();
        boolean hf = patches.endsWith(HF_VISION_PATCHES);
        String prefix = patches.substring(0, patches.length() - (hf ? HF_VISION_PATCHES : OPEN_CLIP_VISION_PATCHES).length());
        long width = dim(patches, 0);
        long patch = dim(patches, 2);
        String positions = prefix + (hf ? "vision_model.embeddings.position_embedding.weight" : "visual.positional_embedding");
        long side = dim(positions, 0) <= 1 ? -1 : patch * Math.round(Math.sqrt(dim(positions, 0) - 1));
        long projection = hf ? dim(prefix + "visual_projection.weight", 0) : dim(prefix + "visual.proj", 1);
        String layerKey = hf ? "vision_model.encoder.layers." : "visual.transformer.resblocks.";
        long layers = tensors.keySet().stream().filter(k -> k.startsWith(prefix + layerKey))
                .map(k -> k.substring((prefix + layerKey).length()).split("\\.")[0]).distinct().count();
        List<String> notes = new ArrayList<>();
        String name = width == 1024 && projection == 768 ? "ViT-L/" + patch + " (OpenAI)"
                : width == 1280 && projection == 1024 ? "ViT-H/" + patch + " (OpenCLIP)"
                : width == 1664 && projection == 1280 ? "ViT-bigG/" + patch + " (OpenCLIP)"
                : width == 768 ? "ViT-B/" + patch : null;
        if (name != null) {
            notes.add(name);
        }
        notes.add((hf ? "Hugging Face" : "OpenCLIP") + " layout" + (prefix.isEmpty() ? "" : " under '" + prefix + "'"));
        notes.add(layers + " layers " + width + " wide, " + side + "x" + side + " images in patches of " + patch);
        notes.add(projection > 0 ? "image embeddings of " + projection
                : "no projection (a CLIPVisionModel): no image embeddings");
        if (any(k -> k.startsWith(prefix + "text_model.") || k.startsWith(prefix + "transformer.resblocks."))) {
            notes.add("with its text tower");
        }
        return new ModelInfo(Kind.CLIP_VISION, Architecture.UNKNOWN, null, null,
                List.of(component("Vision tower", k -> k.startsWith(prefix + (hf ? "vision_model." : "visual."))
                        || k.equals(prefix + "visual_projection.weight"))), notes);
    }

    private Component component(String name, Predicate<String> member) {
        long parameters = 0;
        int count = 0;
        Set<DType> dtypes = EnumSet.noneOf(DType.class);
        for (TensorInfo t : tensors.values()) {
            if (member.test(t.name())) {
                parameters += t.numel();
                dtypes.add(t.dtype());
                count++;
            }
        }
        return new Component(name, parameters, dtypes, count);
    }

    private static void addIfAny(List<Component> components, Component component) {
        if (component.tensors() > 0) {
            components.add(component);
        }
    }
}
