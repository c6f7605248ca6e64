package org.atelier.methods.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
