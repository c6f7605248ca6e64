package org.atelier.training.optim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * The optimizers of the training loop, as PyTorch and their authors define them, applied to each parameter from its
 * gradient:
 * <ul>
 * <li>AdamW: {@code p -= lr·wd·p}, then Adam's step {@code p -= lr·m̂ / (sqrt(v̂) + eps)} with bias-corrected
 * moments;</li>
 * <li>Adam: the weight decay added to the gradient ({@code g + wd·p}) before the same step;</li>
 * <li>Lion: {@code p -= lr·(sign(β1·m + (1-β1)·g) + wd·p)}, then {@code m = β2·m + (1-β2)·g};</li>
 * <li>SGD with momentum β1: {@code b = β1·b + g + wd·p}, {@code p -= lr·b};</li>
 * <li>Prodigy (Mishchenko and Defazio, 2023, as the {@code prodigyopt} package computes it, without bias correction
 * and with decoupled weight decay): Adam whose step size {@code d} is estimated from the distance travelled from the
 * initial weights, {@code d̂ = Σ (d/d0)·d·lr·⟨g, p0 - p⟩ / ‖s‖₁} with {@code s} the β3-averaged gradients scaled alike,
 * growing from {@code d0 = 1e-6}; the learning rate is a multiplier of {@code d} (1 as its authors advise);</li>
 * <li>Adafactor, as transformers computes it: {@link Adafactor}, which this class delegates to.</li>
 * </ul>
 * Its state (arrays by name, and numbers) is saved in checkpoints and restored on resume.
 */
public final class Optimizer {

    public enum Kind {
        ADAMW, ADAM, LION, SGD, PRODIGY, ADAFACTOR;

        /**
         * Whether a step updates each parameter from its gradient and its own state alone, so that the parameters
         * may be updated apart ({@link Optimizer#update}): all but Prodigy, whose step size comes from all of them.
         */
        public boolean updatesEachAlone() {
            return this != PRODIGY;
        }

        /**
         * Bytes of state this kind keeps for a parameter of {@code shape}, as this class keeps it, with Adafactor's
         * default of no first moment; see {@link #stateBytes(long[], int, boolean)}.
         */
        public long stateBytes(long[] shape, int bytesPerElement) {
            return stateBytes(shape, bytesPerElement, false);
        }

        /**
         * Bytes of state this kind keeps for a parameter of {@code shape}, its arrays holding {@code bytesPerElement}
         * bytes a value (4 here: the state is float32), for a memory estimate: AdamW and Adam 2 copies of the parameter
         * (the moments), Lion and SGD 1 (the momentum, kept even when SGD's is 0), Prodigy 4 (the moments, the sum and
         * the initial weights); Adafactor the means of its rows and of its columns for 2 dimensions or more (over the
         * last two, as transformers factors them: a 1x1 convolution's kernel keeps twice its size), a copy for fewer,
         * one value for its step count, and a copy more with a first moment.
         *
         * @param adafactorFirstMoment whether Adafactor keeps a first moment (beta1 set); the other kinds ignore it
         * @throws IllegalArgumentException for a negative dimension or a size of element below 1
         * @throws ArithmeticException      when the figure exceeds a long
         */
        public long stateBytes(long[] shape, int bytesPerElement, boolean adafactorFirstMoment) {
            if (bytesPerElement < 1) {
                throw new IllegalArgumentException("bytesPerElement: " + bytesPerElement + "; an element takes 1 byte or more");
            }
            long elements = 1;
            for (long d : shape) {
                if (d < 0) {
                    throw new IllegalArgumentException("shape " + Arrays.toString(shape) + ": dimension " + d + " is negative");
                }
                elements = Math.multiplyExact(elements, d);
            }
            long state = switch (this) {
            case ADAMW, ADAM -> Math.multiplyExact(2, elements);
            case LION, SGD -> elements;
            case PRODIGY -> Math.multiplyExact(4, elements);
            case ADAFACTOR -> Adafactor.stateElements(shape, adafactorFirstMoment);
            };
            return Math.multiplyExact(state, bytesPerElement);
        }
    }

    private static final float EPS = 1e-8f;
    private static final double PRODIGY_D0 = 1e-6;

    private final Kind kind;
    private final double weightDecay;
    private final double beta1;
    private final double beta2;
    private final NDManager manager;
    /** The rule Adafactor steps by (its settings and state), null for the other kinds. */
    private final Adafactor adafactor;
    /** Per-parameter arrays by kind: m and v (moments), s and p0 (Prodigy's sum and initial weights). */
    private final Map<String, Map<String, NDArray>> arrays = new LinkedHashMap<>();
    private long steps;
    /** Prodigy's step size, its largest estimate, and the running numerator of the estimate. */
    private double d = PRODIGY_D0;
    private double dMax = PRODIGY_D0;
    private double dNumerator;

    /**
     * An optimizer of any kind but Adafactor, which takes its own settings.
     *
     * @throws IllegalArgumentException for Adafactor
     */
    public Optimizer(Kind kind, double weightDecay, double beta1, double beta2, NDManager manager) {
        if (kind == Kind.ADAFACTOR) {
            throw new IllegalArgumentException("Adafactor takes its own settings: new Optimizer(Adafactor.Settings, NDManager)");
        }
        this.kind = kind;
        this.weightDecay = weightDecay;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.manager = manager;
        this.adafactor = null;
    }

    /** Adafactor with these settings. */
    public Optimizer(Adafactor.Settings settings, NDManager manager) {
        this.kind = Kind.ADAFACTOR;
        this.weightDecay = settings.weightDecay();
        this.beta1 = settings.beta1();
        this.beta2 = 0;
        this.manager = manager;
        this.adafactor = new Adafactor(settings, manager);
    }

    public Kind kind() {
        return kind;
    }

    /** Steps taken (Adam's bias correction counts them). */
    public long steps() {
        return steps;
    }

    /**
     * The step size the optimizer found itself: Prodigy's d (the learning rate is its multiplier); Adafactor's step
     * size of the last step (see {@link Adafactor#stepSize()}), the learning rate it applied; 0 for the others.
     */
    public double adaptedStepSize() {
        return switch (kind) {
        case PRODIGY -> d;
        case ADAFACTOR -> adafactor.stepSize();
        default -> 0;
        };
    }

    /**
     * Bytes of state this optimizer keeps for a parameter of {@code shape}, as configured (Adafactor's first moment
     * when its beta1 is set): see {@link Kind#stateBytes(long[], int, boolean)}.
     */
    public long stateBytes(long[] shape, int bytesPerElement) {
        return kind.stateBytes(shape, bytesPerElement, adafactor != null && adafactor.settings().firstMoment());
    }

    /** One step of every parameter with a gradient, at learning rate {@code lr} (times each one's factor). */
    public void step(List<Parameter> parameters, double lr) {
        begin(parameters);
        if (kind == Kind.PRODIGY) {
            prodigy(parameters, lr);
            return;
        }
        update(parameters, lr);
    }

    /**
     * Begins a step whose parameters are updated a part at a time ({@link #update}), as a fused back pass updates
     * each as soon as its gradient is complete: counts the step (Adam's bias correction counts it) and makes the first
     * of {@code parameters} the one whose step size Adafactor reports.
     */
    public void begin(List<Parameter> parameters) {
        steps++;
        if (adafactor != null) {
            adafactor.begin(parameters);
        }
    }

    /**
     * Updates those of {@code parameters} with a gradient as part of the step {@link #begin} began, each as
     * {@link #step} updates it: the kinds but Prodigy update each parameter from its own gradient and state alone.
     *
     * @throws IllegalStateException for Prodigy, whose step size is estimated over every parameter before any is
     *                               updated
     */
    public void update(List<Parameter> parameters, double lr) {
        if (!kind.updatesEachAlone()) {
            throw new IllegalStateException(kind + " estimates its step size over every parameter before it updates any:"
                    + " it cannot update a part of them");
        }
        if (adafactor != null) {
            adafactor.update(parameters, lr);
            return;
        }
        for (Parameter p : parameters) {
            NDArray gradient = gradient(p);
            if (gradient == null) {
                continue;
            }
            try (NDManager scope = manager.newSubManager()) {
                // the arrays' results go into the scope, closed with it; the arrays go back to their managers
                scope.tempAttachAll(gradient, p.value());
                update(p, gradient, (float) (lr * p.lrFactor()), scope);
            }
            gradient.close();
        }
    }

    private void update(Parameter p, NDArray g, float lr, NDManager scope) {
        NDArray m = state("m", p, scope);
        NDArray w = p.value();
        float wd = (float) weightDecay;
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        switch (kind) {
        case ADAMW, ADAM -> {
            if (kind == Kind.ADAMW && wd != 0) {
                w.subi(w.mul(lr * wd));
            }
            NDArray grad = kind == Kind.ADAM && wd != 0 ? g.add(w.mul(wd)) : g;
            NDArray v = state("v", p, scope);
            m.muli(b1).addi(grad.mul(1 - b1));
            v.muli(b2).addi(grad.square().mul(1 - b2));
            double c1 = 1 - Math.pow(beta1, steps);
            double c2 = 1 - Math.pow(beta2, steps);
            NDArray denominator = v.div((float) c2).sqrt().add(EPS);
            w.subi(m.div(denominator).mul((float) (lr / c1)));
        }
        case LION -> {
            NDArray update = m.mul(b1).add(g.mul(1 - b1)).sign();
            if (wd != 0) {
                update = update.add(w.mul(wd));
            }
            w.subi(update.mul(lr));
            m.muli(b2).addi(g.mul(1 - b2));
        }
        case SGD -> {
            NDArray grad = wd != 0 ? g.add(w.mul(wd)) : g;
            m.muli(b1).addi(grad);
            w.subi(m.mul(lr));
        }
        default -> throw new IllegalStateException(kind.toString());
        }
    }

    /** Prodigy's step: moments and the distance estimate over all parameters, then the new d, then the updates. */
    private void prodigy(List<Parameter> parameters, double lr) {
        double beta3 = Math.sqrt(beta2);
        dNumerator *= beta3;
        double denominator = 0;
        List<Parameter> reached = new ArrayList<>();
        for (Parameter p : parameters) {
            NDArray g = gradient(p);
            if (g == null) {
                continue;
            }
            reached.add(p);
            double dlr = d * lr * p.lrFactor();
            try (NDManager scope = manager.newSubManager()) {
                NDArray w = p.value();
                NDArray p0 = arrays.computeIfAbsent("p0", k -> new HashMap<>()).computeIfAbsent(p.name(), k -> p.copy(manager));
                scope.tempAttachAll(g, w, p0);
                dNumerator += (d / PRODIGY_D0) * dlr * g.mul(p0.sub(w)).sum().getFloat();
                state("m", p, scope).muli((float) beta1).addi(g.mul((float) (d * (1 - beta1))));
                state("v", p, scope).muli((float) beta2).addi(g.square().mul((float) (d * d * (1 - beta2))));
                NDArray s = state("s", p, scope);
                s.muli((float) beta3).addi(g.mul((float) ((d / PRODIGY_D0) * dlr)));
                denominator += s.abs().sum().getFloat();
            }
            g.close();
        }
        if (denominator == 0) {
            return;
        }
        if (lr > 0) {
            // d never shrinks; its growth is unlimited, as prodigyopt's default
            dMax = Math.max(dMax, dNumerator / denominator);
            d = dMax;
        }
        for (Parameter p : reached) {
            double dlr = d * lr * p.lrFactor();
            NDArray w = p.value();
            try (NDManager scope = manager.newSubManager()) {
                w.tempAttach(scope);
                NDArray denom = state("v", p, scope).sqrt().add((float) (d * EPS));
                if (weightDecay != 0) {
                    w.subi(w.mul((float) (weightDecay * dlr)));
                }
                w.subi(state("m", p, scope).div(denom).mul((float) dlr));
            }
        }
    }

    /** The parameter's state array of a kind (zeros at first), attached to {@code scope} until it closes. */
    private NDArray state(String kindOfState, Parameter p, NDManager scope) {
        NDArray array = arrays.computeIfAbsent(kindOfState, k -> new HashMap<>()).computeIfAbsent(p.name(),
                k -> manager.zeros(p.value().getShape()));
        if (scope != null) {
            array.tempAttach(scope);
        }
        return array;
    }

    /** The parameter's gradient (a handle to close), or null when no backward pass has reached it. */
    static NDArray gradient(Parameter p) {
        try {
            return p.value().getGradient();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** Sets every gradient to zero, for the next accumulation. */
    public static void zeroGradients(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            NDArray gradient = gradient(p);
            if (gradient != null) {
                gradient.subi(gradient);
                gradient.close();
            }
        }
    }

    /**
     * Scales the gradients so that their norm, all together, is at most {@code maxNorm}; returns the norm before.
     * 0 leaves them as they are.
     */
    public static double clipGradients(List<Parameter> parameters, double maxNorm) {
        double sum = 0;
        for (Parameter p : parameters) {
            NDArray gradient = gradient(p);
            if (gradient == null) {
                continue;
            }
            try (NDManager scope = gradient.getManager().newSubManager()) {
                gradient.tempAttach(scope);
                sum += gradient.square().sum().getFloat();
            }
            gradient.close();
        }
        double norm = Math.sqrt(sum);
        if (maxNorm > 0 && norm > maxNorm) {
            float scale = (float) (maxNorm / (norm + 1e-6));
            for (Parameter p : parameters) {
                NDArray gradient = gradient(p);
                if (gradient != null) {
                    gradient.muli(scale);
                    gradient.close();
                }
            }
        }
        return norm;
    }

    /** The state's arrays by name ({@code m.<parameter>}, {@code v.<parameter>}, ...). */
    public Map<String, NDArray> state() {
        Map<String, NDArray> all = new HashMap<>();
        arrays.forEach((prefix, byParameter) -> byParameter.forEach((name, array) -> all.put(prefix + "." + name, array)));
        if (adafactor != null) {
            all.putAll(adafactor.state());
        }
        return all;
    }

    /** The state's numbers by name (the step count, Prodigy's estimates): kept exactly, as text, in checkpoints. */
    public Map<String, Double> numbers() {
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("steps", (double) steps);
        if (kind == Kind.PRODIGY) {
            numbers.put("d", d);
            numbers.put("d_max", dMax);
            numbers.put("d_numerator", dNumerator);
        }
        return numbers;
    }

    /**
     * Restores what {@link #state()} and {@link #numbers()} gave.
     *
     * @throws IllegalArgumentException when one of Adafactor's arrays does not fit its parameter, naming it
     */
    public void restore(Map<String, float[]> state, Map<String, Double> numbers, List<Parameter> parameters) {
        this.steps = numbers.getOrDefault("steps", 0.0).longValue();
        this.d = numbers.getOrDefault("d", PRODIGY_D0);
        this.dMax = numbers.getOrDefault("d_max", PRODIGY_D0);
        this.dNumerator = numbers.getOrDefault("d_numerator", 0.0);
        if (adafactor != null) {
            adafactor.restore(state, parameters);
            return;
        }
        for (String prefix : List.of("m", "v", "s", "p0")) {
            for (Parameter p : parameters) {
                float[] values = state.get(prefix + "." + p.name());
                if (values != null) {
                    state(prefix, p, null).set(values);
                }
            }
        }
    }
}
