package org.atelier.methods.merge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorSource;

/**
 * The UNet blocks of block-weighted merging ("MBW"), and which block a checkpoint key belongs to.
 * <ul>
 * <li>SD 1.x/2.x: 25 blocks IN00-IN11, M00, OUT00-OUT11, plus BASE for everything outside the UNet;</li>
 * <li>SDXL: 20 blocks BASE, IN00-IN08, MID, OUT00-OUT08 (BASE also holds everything outside the UNet).</li>
 * </ul>
 * {@code input_blocks.N} is IN N, {@code middle_block} the middle block, {@code output_blocks.N} OUT N, the final
 * norm and convolution ({@code out.}) OUT11 (OUT08 in SDXL). The time embedding ({@code time_embed}, and SDXL's
 * {@code label_emb}) goes to BASE, as sd-mecha does: supermerger and sd-meh put it in IN00, but it conditions every
 * block alike, and BASE is the weight for what belongs to no block.
 */
public final class Blocks {

    private static final String UNET = "model.diffusion_model.";
    private static final Pattern INPUT = Pattern.compile("input_blocks\\.(\\d+)\\..*");
    private static final Pattern OUTPUT = Pattern.compile("output_blocks\\.(\\d+)\\..*");

    private Blocks() {
    }

    /** The block names of a layout, in the order their weights are given. */
    public static List<String> names(boolean sdxl) {
        List<String> names = new ArrayList<>();
        if (sdxl) {
            names.add("BASE");
        }
        int count = sdxl ? 9 : 12;
        for (int i = 0; i < count; i++) {
            names.add(String.format("IN%02d", i));
        }
        names.add(sdxl ? "MID" : "M00");
        for (int i = 0; i < count; i++) {
            names.add(String.format("OUT%02d", i));
        }
        return names;
    }

    /** The block of a key ({@code BASE} outside the UNet and for the time embedding). */
    public static String of(String key, boolean sdxl) {
        if (!key.startsWith(UNET)) {
            return "BASE";
        }
        String k = key.substring(UNET.length());
        Matcher m = INPUT.matcher(k);
        if (m.matches()) {
            return String.format("IN%02d", Integer.parseInt(m.group(1)));
        }
        m = OUTPUT.matcher(k);
        if (m.matches()) {
            return String.format("OUT%02d", Integer.parseInt(m.group(1)));
        }
        if (k.startsWith("middle_block.")) {
            return sdxl ? "MID" : "M00";
        }
        if (k.startsWith("out.")) {
            return sdxl ? "OUT08" : "OUT11";
        }
        return "BASE";
    }

    /**
     * Named weight curves over the UNet blocks, from IN00 through the middle block to the last OUT block (the
     * names are supermerger's): {@code ALL_A} 0 everywhere, {@code ALL_B} 1, {@code FLAT_25}, {@code FLAT_75},
     * {@code GRAD_V} 1 at both ends falling straight to 0 in the middle, {@code GRAD_A} the opposite,
     * {@code SMOOTHSTEP} 0 to 1 along a smoothstep, {@code REVERSE-SMOOTHSTEP}, {@code COSINE} GRAD_V's smooth
     * form {@code (1 + cos 2πx) / 2}, {@code REVERSE_COSINE}.
     */
    public static final List<String> PRESETS = List.of("ALL_A", "ALL_B", "FLAT_25", "FLAT_75", "GRAD_V", "GRAD_A",
            "SMOOTHSTEP", "REVERSE-SMOOTHSTEP", "COSINE", "REVERSE_COSINE");

    /**
     * Block weights from text: a preset's name ({@link #PRESETS}) or comma-separated numbers, 25 for SD 1.x/2.x
     * or 20 for SDXL (BASE first). A preset gives SDXL's BASE the merge's multiplier {@code base}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static double[] parse(String text, boolean sdxl, double base) {
        String name = text.trim();
        int count = names(sdxl).size();
        if (PRESETS.contains(name.toUpperCase(Locale.ROOT))) {
            int unet = sdxl ? count - 1 : count;
            double[] weights = new double[count];
            for (int i = 0; i < unet; i++) {
                weights[sdxl ? i + 1 : i] = curve(name.toUpperCase(Locale.ROOT), i / (double) (unet - 1));
            }
            if (sdxl) {
                weights[0] = base;
            }
            return weights;
        }
        String[] parts = name.split(",");
        double[] weights = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                weights[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("block weights: '" + parts[i].trim() + "' is neither a number nor a"
                        + " preset (" + String.join(", ", PRESETS) + ")");
            }
        }
        if (weights.length != count) {
            throw new IllegalArgumentException("block weights: " + (sdxl ? "SDXL" : "SD 1.x/2.x") + " takes " + count
                    + " (" + String.join(" ", names(sdxl)) + "), not " + weights.length);
        }
        return weights;
    }

    private static double curve(String preset, double x) {
        double smooth = x * x * (3 - 2 * x);
        double cosine = (1 + Math.cos(2 * Math.PI * x)) / 2;
        double v = Math.abs(2 * x - 1);
        return switch (preset) {
        case "ALL_A" -> 0;
        case "ALL_B" -> 1;
        case "FLAT_25" -> 0.25;
        case "FLAT_75" -> 0.75;
        case "GRAD_V" -> v;
        case "GRAD_A" -> 1 - v;
        case "SMOOTHSTEP" -> smooth;
        case "REVERSE-SMOOTHSTEP" -> 1 - smooth;
        case "COSINE" -> cosine;
        case "REVERSE_COSINE" -> 1 - cosine;
        default -> throw new IllegalArgumentException(preset);
        };
    }

    /** True when the checkpoint has SDXL's layout (its blocks are SDXL's 20). */
    public static boolean isSdxl(TensorSource model) {
        return model.tensor("conditioner.embedders.1.model.ln_final.weight") != null
                || model.tensors().stream().anyMatch(t -> t.name().startsWith("model.diffusion_model.label_emb."));
    }

    /** Block weights from text (see {@link #parse}) for the layout of the checkpoint {@code a}. */
    public static double[] parse(String text, Path a, double base) throws IOException {
        try (TensorSource model = TensorFiles.open(a)) {
            return parse(text, isSdxl(model), base);
        }
    }

    /**
     * The multiplier of a key under block weights: the block's weight, or {@code base} for BASE (SD 1.x/2.x give
     * BASE separately; SDXL lists it first among its 20).
     */
    public static double weight(String key, boolean sdxl, double[] weights, double base) {
        String block = of(key, sdxl);
        if (block.equals("BASE")) {
            return sdxl ? weights[0] : base;
        }
        return weights[names(sdxl).indexOf(block)];
    }
}
