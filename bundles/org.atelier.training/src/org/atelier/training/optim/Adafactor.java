package org.atelier.training.optim;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Adafactor (Shazeer and Stern, 2018) as transformers' {@code Adafactor} computes it, the optimizer kohya's and
 * OneTrainer's "Adafactor" are. For each parameter {@code p} with gradient {@code g}, at its own step {@code t}:
 * <ul>
 * <li>its step size: {@code ρ = min(1e-2, 1/sqrt(t))} with relative step ({@code min(1e-6·t, 1/sqrt(t))} with
 * warm-up init), else the learning rate given; times {@code max(eps2, RMS(p))} when scaling by the parameter;</li>
 * <li>the second moment, {@code β2t = 1 - t^decayRate}, of {@code g² + eps1}: for {@code p} of 2 dimensions or more,
 * its means over the last dimension (rows) and over the one before (columns) are averaged,
 * {@code R = β2t·R + (1-β2t)·mean(g² + eps1)}, and the full one approximated by {@code R·C / mean(R)}; for fewer, it
 * is averaged whole;</li>
 * <li>the update {@code u = g / sqrt(v)}, divided by {@code max(1, RMS(u) / clipThreshold)}, times the step size;
 * with beta1, replaced by its average {@code m = β1·m + (1-β1)·u};</li>
 * <li>{@code p -= p·weightDecay·stepSize}, then {@code p -= u}.</li>
 * </ul>
 * The step counts are kept per parameter, as transformers does, so a parameter first reached late starts its own
 * averages from step 1. Its state, saved in checkpoints, has transformers' names: {@code exp_avg_sq_row},
 * {@code exp_avg_sq_col} or {@code exp_avg_sq}, {@code exp_avg} with beta1, and {@code step} (a single value, exact up
 * to 2^24 steps).
 */
public final class Adafactor {

    /**
     * The settings, named as transformers' arguments (kohya's {@code optimizer_args}), with their checks.
     *
     * @param relativeStep   the step size made from the step count, the learning rate given ignored
     * @param scaleParameter the step size times the parameter's root mean square
     * @param warmupInit     the relative step size rising from 1e-6 (needs relative step)
     * @param clipThreshold  the largest root mean square of an update before its step size
     * @param decayRate      the exponent of the second moment's decay
     * @param eps1           added to the squared gradients
     * @param eps2           the smallest parameter scale
     * @param beta1          the first moment's decay; 0 for no first moment (transformers' {@code None})
     * @param weightDecay    the weights' decay, times the step size
     */
    public record Settings(boolean relativeStep, boolean scaleParameter, boolean warmupInit, double clipThreshold,
            double decayRate, double eps1, double eps2, double beta1, double weightDecay) {

        /** transformers' defaults, which kohya keeps: relative step, scaled by the parameter, no first moment. */
        public static final Settings DEFAULTS = new Settings(true, true, false, 1.0, -0.8, 1e-30, 1e-3, 0, 0);

        /** @throws IllegalArgumentException naming the setting that cannot be used, and why */
        public Settings {
            if (warmupInit && !relativeStep) {
                throw new IllegalArgumentException("warmupInit: Adafactor's warm-up init makes the relative step size rise;"
                        + " it needs relativeStep (transformers refuses the pair)");
            }
            check("clipThreshold", clipThreshold, clipThreshold > 0, "above 0");
            check("decayRate", decayRate, decayRate <= 0, "0 or below (the decay 1 - t^rate is then between 0 and 1)");
            check("eps1", eps1, eps1 >= 0, "0 or above");
            check("eps2", eps2, eps2 >= 0, "0 or above");
            check("beta1", beta1, beta1 >= 0 && beta1 < 1, "from 0 (none) to below 1");
            check("weightDecay", weightDecay, weightDecay >= 0, "0 or above");
        }

        private static void check(String name, double value, boolean valid, String range) {
            if (!valid || !Double.isFinite(value)) {
                throw new IllegalArgumentException(name + ": Adafactor's " + name + " is " + value + "; it must be " + range);
            }
        }

        /** Whether a first moment is kept (beta1 set). */
        public boolean firstMoment() {
            return beta1 != 0;
        }
    }

    private static final String ROW = "exp_avg_sq_row";
    private static final String COLUMN = "exp_avg_sq_col";
    private static final String SECOND = "exp_avg_sq";
    private static final String FIRST = "exp_avg";
    private static final String STEP = "step";

    private final Settings settings;
    private final NDManager manager;
    /** Arrays by kind of state, then by parameter name. */
    private final Map<String, Map<String, NDArray>> arrays = new LinkedHashMap<>();
    private final Map<String, Long> counts = new HashMap<>();
    private double reportedStepSize;
    /** The parameter whose step size {@link #stepSize()} reports: the first of the step begun. */
    private String reported;

    public Adafactor(Settings settings, NDManager manager) {
        this.settings = settings;
        this.manager = manager;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * The step size of the first parameter of the last step, without its learning rate factor: what transformers'
     * {@code AdafactorSchedule} reports for a group (the relative step size, or the learning rate, times the
     * parameter's scale); 0 before the first step.
     */
    public double stepSize() {
        return reportedStepSize;
    }

    /**
     * One step of every parameter with a gradient; {@code lr} (times each parameter's factor) is used only without
     * relative step.
     */
    public void step(List<Parameter> parameters, double lr) {
        begin(parameters);
        update(parameters, lr);
    }

    /** Begins a step updated a part at a time ({@link #update}), whose step size is reported of its first parameter. */
    void begin(List<Parameter> parameters) {
        reported = parameters.isEmpty() ? null : parameters.get(0).name();
    }

    /** Updates those of {@code parameters} with a gradient, as part of the step {@link #begin} began. */
    void update(List<Parameter> parameters, double lr) {
        for (Parameter p : parameters) {
            NDArray gradient = Optimizer.gradient(p);
            if (gradient == null) {
                continue;
            }
            try (NDManager scope = manager.newSubManager()) {
                scope.tempAttachAll(gradient, p.value());
                double size = update(p, gradient, lr, scope);
                if (p.name().equals(reported)) {
                    reportedStepSize = size;
                }
            }
            gradient.close();
        }
    }

    /** Updates {@code p}; returns its step size without its learning rate factor. */
    private double update(Parameter p, NDArray g, double lr, NDManager scope) {
        NDArray w = p.value();
        long t = counts.merge(p.name(), 1L, Long::sum);
        double scale = settings.scaleParameter() ? Math.max(settings.eps2(), rms(w)) : 1;
        double relative = settings.relativeStep() ? Math.min(settings.warmupInit() ? 1e-6 * t : 1e-2, 1 / Math.sqrt(t)) : lr;
        double factor = settings.relativeStep() ? 1 : p.lrFactor();
        double stepSize = relative * scale * factor;
        float beta2t = (float) (1 - Math.pow(t, settings.decayRate()));
        NDArray squared = g.square().add((float) settings.eps1());
        Shape shape = w.getShape();
        int rank = shape.dimension();
        NDArray update;
        if (rank >= 2) {
            NDArray rows = state(ROW, p, scope);
            NDArray columns = state(COLUMN, p, scope);
            rows.muli(beta2t).addi(squared.mean(new int[] { rank - 1 }).mul(1 - beta2t));
            columns.muli(beta2t).addi(squared.mean(new int[] { rank - 2 }).mul(1 - beta2t));
            // the full second moment as R·C / mean(R): both factors under the root, broadcast over rows and columns
            NDArray rowFactor = rows.div(rows.mean(new int[] { rank - 2 }, true)).pow(-0.5f).expandDims(rank - 1);
            NDArray columnFactor = columns.expandDims(rank - 2).pow(-0.5f);
            update = rowFactor.mul(columnFactor).mul(g);
        } else {
            NDArray second = state(SECOND, p, scope);
            second.muli(beta2t).addi(squared.mul(1 - beta2t));
            update = second.pow(-0.5f).mul(g);
        }
        double clip = Math.max(1, rms(update) / settings.clipThreshold());
        update = update.mul((float) (stepSize / clip));
        if (settings.firstMoment()) {
            float beta1 = (float) settings.beta1();
            update = state(FIRST, p, scope).muli(beta1).addi(update.mul(1 - beta1));
        }
        if (settings.weightDecay() != 0) {
            w.subi(w.mul((float) (settings.weightDecay() * stepSize)));
        }
        w.subi(update);
        return relative * scale;
    }

    /** The root mean square of an array's values. */
    private static double rms(NDArray array) {
        return Math.sqrt(array.square().mean().getFloat());
    }

    /** The parameter's state array of a kind (zeros at first, of the kind's shape), attached to {@code scope} until it closes. */
    private NDArray state(String kind, Parameter p, NDManager scope) {
        NDArray array = arrays.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(p.name(),
                k -> manager.zeros(shape(kind, p.value().getShape())));
        if (scope != null) {
            array.tempAttach(scope);
        }
        return array;
    }

    /** The shape of a kind of state for a parameter of {@code shape}: rows drop the last dimension, columns the one before. */
    private static Shape shape(String kind, Shape shape) {
        int rank = shape.dimension();
        return switch (kind) {
        case ROW -> shape.slice(0, rank - 1);
        case COLUMN -> shape.slice(0, rank - 2).add(shape.get(rank - 1));
        case STEP -> new Shape(1);
        default -> shape;
        };
    }

    /**
     * Values of state a parameter of {@code shape} has: its rows and columns (2 dimensions or more: the product of all
     * dimensions but the last, plus that of all but the one before) or as many as it has (fewer), its step count, and as
     * many again for a first moment.
     */
    static long stateElements(long[] shape, boolean firstMoment) {
        int rank = shape.length;
        long second = rank >= 2 ? Math.addExact(product(shape, rank - 1), Math.multiplyExact(product(shape, rank - 2), shape[rank - 1]))
                : product(shape, rank);
        return Math.addExact(Math.addExact(second, firstMoment ? product(shape, rank) : 0), 1);
    }

    /** The product of the first {@code count} dimensions. */
    private static long product(long[] shape, int count) {
        long product = 1;
        for (int i = 0; i < count; i++) {
            product = Math.multiplyExact(product, shape[i]);
        }
        return product;
    }

    /** The state's arrays by name ({@code exp_avg_sq_row.<parameter>}, ..., {@code step.<parameter>}). */
    public Map<String, NDArray> state() {
        Map<String, NDArray> all = new HashMap<>();
        arrays.forEach((kind, byParameter) -> {
            if (!kind.equals(STEP)) {
                byParameter.forEach((name, array) -> all.put(kind + "." + name, array));
            }
        });
        Map<String, NDArray> steps = arrays.computeIfAbsent(STEP, k -> new HashMap<>());
        counts.forEach((name, count) -> {
            NDArray array = steps.computeIfAbsent(name, k -> manager.zeros(new Shape(1)));
            array.set(new float[] { count });
            all.put(STEP + "." + name, array);
        });
        return all;
    }

    /**
     * Restores what {@link #state()} gave, for these parameters.
     *
     * @throws IllegalArgumentException when an array's size does not fit its parameter's shape, naming it
     */
    public void restore(Map<String, float[]> state, List<Parameter> parameters) {
        counts.clear();
        for (Parameter p : parameters) {
            float[] step = state.get(STEP + "." + p.name());
            if (step != null) {
                counts.put(p.name(), (long) expect(STEP, p, step)[0]);
            }
            List<String> kinds = p.value().getShape().dimension() >= 2 ? List.of(ROW, COLUMN, FIRST) : List.of(SECOND, FIRST);
            for (String kind : kinds) {
                float[] values = state.get(kind + "." + p.name());
                if (values != null) {
                    state(kind, p, null).set(expect(kind, p, values));
                }
            }
        }
    }

    private static float[] expect(String kind, Parameter p, float[] values) {
        Shape shape = shape(kind, p.value().getShape());
        if (values.length != shape.size()) {
            throw new IllegalArgumentException("optimizer state " + kind + "." + p.name() + " holds " + values.length
                    + " values; Adafactor's " + kind + " of a parameter of shape " + p.value().getShape() + " has " + shape.size());
        }
        return values;
    }
}
