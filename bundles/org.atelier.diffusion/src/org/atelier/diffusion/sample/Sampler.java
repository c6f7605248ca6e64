package org.atelier.diffusion.sample;

import java.util.Locale;

/**
 * The samplers, named as AUTOMATIC1111 names them ({@link Sampling} computes them). Plain data, touching no compute:
 * the workbench lists them without loading the engine.
 */
public enum Sampler {
    EULER("Euler", "euler"),
    EULER_ANCESTRAL("Euler a", "euler-a"),
    DPMPP_2M("DPM++ 2M", "dpmpp-2m"),
    DPMPP_2M_KARRAS("DPM++ 2M Karras", "dpmpp-2m-karras"),
    DDIM("DDIM", "ddim");

    /** Told of each step; asked whether to stop. */
    public interface Progress {
        void step(int done, int total);

        default boolean cancelled() {
            return false;
        }
    }

    private final String label;
    private final String id;

    Sampler(String label, String id) {
        this.label = label;
        this.id = id;
    }

    /** AUTOMATIC1111's name: {@code Euler a}. */
    public String label() {
        return label;
    }

    /** The name on the command line: {@code euler-a}. */
    public String id() {
        return id;
    }

    public static Sampler of(String name) {
        for (Sampler s : values()) {
            if (s.id.equalsIgnoreCase(name) || s.label.equalsIgnoreCase(name) || s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
