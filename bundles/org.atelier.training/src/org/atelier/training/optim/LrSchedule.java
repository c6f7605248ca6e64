package org.atelier.training.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The learning rate at each step: a base rate shaped by a scheduler after a linear warm-up (as diffusers'
 * {@code get_scheduler}: constant, linear to 0, cosine to 0, cosine with hard restarts, polynomial to 1e-7), or
 * AUTOMATIC1111's schedule {@code 0.005:100, 1e-3:1000, 1e-5}: each rate until the step after it, the last
 * one to the end.
 */
public final class LrSchedule {

    public enum Kind {
        CONSTANT, LINEAR, COSINE, COSINE_WITH_RESTARTS, POLYNOMIAL
    }

    private record Piece(double rate, long until) {
    }

    private final List<Piece> pieces;
    private final double base;
    private final Kind kind;
    private final long warmup;
    private final long total;
    private final int restarts;
    private final double power;

    private LrSchedule(List<Piece> pieces, double base, Kind kind, long warmup, long total, int restarts, double power) {
        this.pieces = pieces;
        this.base = base;
        this.kind = kind;
        this.warmup = warmup;
        this.total = total;
        this.restarts = restarts;
        this.power = power;
    }

    /**
     * @param text a rate ({@code 1e-4}) or AUTOMATIC1111's schedule
     * @throws IllegalArgumentException saying what in the text is wrong
     */
    public static LrSchedule parse(String text, Kind kind, long warmup, long total, int restarts, double power) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("learning rate: empty; a number such as 1e-4, or rates with their last"
                    + " steps such as 0.005:100, 1e-3:1000, 1e-5");
        }
        List<Piece> pieces = new ArrayList<>();
        if (trimmed.contains(":") || trimmed.contains(",")) {
            String[] parts = trimmed.split(",");
            long previous = 0;
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i].strip();
                String[] pair = part.split(":");
                try {
                    double rate = Double.parseDouble(pair[0].strip());
                    long until = pair.length > 1 ? Long.parseLong(pair[1].strip()) : Long.MAX_VALUE;
                    if (pair.length == 1 && i != parts.length - 1) {
                        throw new IllegalArgumentException("learning rate: '" + part + "' has no step, but only the last"
                                + " rate may go without one");
                    }
                    if (until <= previous || rate < 0) {
                        throw new IllegalArgumentException("learning rate: '" + part + "': steps must grow and rates be"
                                + " positive");
                    }
                    previous = until;
                    pieces.add(new Piece(rate, until));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("learning rate: '" + part + "' is not rate:step (such as 0.005:100)");
                }
            }
            return new LrSchedule(pieces, pieces.get(0).rate(), Kind.CONSTANT, 0, total, 1, 1);
        }
        try {
            double rate = Double.parseDouble(trimmed);
            if (rate < 0 || Double.isNaN(rate)) {
                throw new IllegalArgumentException("learning rate: " + trimmed + " is negative");
            }
            return new LrSchedule(List.of(), rate, kind, warmup, total, Math.max(1, restarts), power);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("learning rate: '" + trimmed + "' is not a number");
        }
    }

    /** True for AUTOMATIC1111's stepwise schedule. */
    public boolean isStepwise() {
        return !pieces.isEmpty();
    }

    /** The rate at {@code step} (counted from 0). */
    public double at(long step) {
        if (!pieces.isEmpty()) {
            for (Piece p : pieces) {
                if (step < p.until()) {
                    return p.rate();
                }
            }
            return pieces.get(pieces.size() - 1).rate();
        }
        if (step < warmup) {
            return base * step / Math.max(1, warmup);
        }
        double progress = total <= warmup ? 1 : Math.min(1, (double) (step - warmup) / (total - warmup));
        return switch (kind) {
        case CONSTANT -> base;
        case LINEAR -> base * Math.max(0, 1 - progress);
        case COSINE -> base * 0.5 * (1 + Math.cos(Math.PI * progress));
        case COSINE_WITH_RESTARTS -> progress >= 1 ? 0 : base * 0.5 * (1 + Math.cos(Math.PI * ((restarts * progress) % 1)));
        case POLYNOMIAL -> {
            double end = 1e-7;
            yield base <= end ? base : (base - end) * Math.pow(1 - progress, power) + end;
        }
        };
    }

    @Override
    public String toString() {
        return pieces.isEmpty() ? String.format(Locale.ROOT, "%g %s", base, kind.name().toLowerCase(Locale.ROOT)) : "stepwise";
    }
}
