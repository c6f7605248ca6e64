package org.atelier.training.optim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * The optimizers of the training loop, as PyTorch defines them, applied to each parameter from its gradient:
 * <ul>
 * <li>AdamW: {@code p -= lr·wd·p}, then Adam's step {@code p -= lr·m̂ / (sqrt(v̂) + eps)} with bias-corrected
 * moments;</li>
 * <li>Adam: the weight decay added to the gradient ({@code g + wd·p}) before the same step;</li>
 * <li>Lion: {@code p -= lr·(sign(β1·m + (1-β1)·g) + wd·p)}, then {@code m = β2·m + (1-β2)·g};</li>
 * <li>SGD with momentum β1: {@code b = β1·b + g + wd·p}, {@code p -= lr·b}.</li>
 * </ul>
 * Its state (moments, step count) is arrays by name, saved in checkpoints and restored on resume.
 */
public final class Optimizer {

    public enum Kind {
        ADAMW, ADAM, LION, SGD
    }

    private static final float EPS = 1e-8f;

    private final Kind kind;
    private final double weightDecay;
    private final double beta1;
    private final double beta2;
    private final NDManager manager;
    private final Map<String, NDArray> first = new HashMap<>();
    private final Map<String, NDArray> second = new HashMap<>();
    private long steps;

    public Optimizer(Kind kind, double weightDecay, double beta1, double beta2, NDManager manager) {
        this.kind = kind;
        this.weightDecay = weightDecay;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.manager = manager;
    }

    public Kind kind() {
        return kind;
    }

    /** Steps taken (Adam's bias correction counts them). */
    public long steps() {
        return steps;
    }

    /** One step of every parameter with a gradient, at learning rate {@code lr} (times each one's factor). */
    public void step(List<Parameter> parameters, double lr) {
        steps++;
        for (Parameter p : parameters) {
            NDArray gradient = gradient(p);
            if (gradient == null) {
                continue;
            }
            try (NDManager scope = manager.newSubManager()) {
                gradient.tempAttach(scope);
                update(p, gradient, (float) (lr * p.lrFactor()), scope);
            }
        }
    }

    private void update(Parameter p, NDArray g, float lr, NDManager scope) {
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
            NDArray m = state(first, p);
            NDArray v = state(second, p);
            m.muli(b1).addi(grad.mul(1 - b1));
            v.muli(b2).addi(grad.square().mul(1 - b2));
            double c1 = 1 - Math.pow(beta1, steps);
            double c2 = 1 - Math.pow(beta2, steps);
            NDArray denominator = v.div((float) c2).sqrt().add(EPS);
            w.subi(m.div(denominator).mul((float) (lr / c1)));
        }
        case LION -> {
            NDArray m = state(first, p);
            NDArray update = m.mul(b1).add(g.mul(1 - b1)).sign();
            if (wd != 0) {
                update = update.add(w.mul(wd));
            }
            w.subi(update.mul(lr));
            m.muli(b2).addi(g.mul(1 - b2));
        }
        case SGD -> {
            NDArray grad = wd != 0 ? g.add(w.mul(wd)) : g;
            NDArray buffer = state(first, p);
            buffer.muli(b1).addi(grad);
            w.subi(buffer.mul(lr));
        }
        default -> throw new IllegalStateException(kind.toString());
        }
    }

    private NDArray state(Map<String, NDArray> states, Parameter p) {
        return states.computeIfAbsent(p.name(), k -> manager.zeros(p.value().getShape()));
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
            try (NDArray square = gradient.square().sum()) {
                sum += square.getFloat();
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

    /** The state as named arrays ({@code m.<parameter>}, {@code v.<parameter>}) and the step count. */
    public Map<String, NDArray> state() {
        Map<String, NDArray> all = new HashMap<>();
        first.forEach((k, v) -> all.put("m." + k, v));
        second.forEach((k, v) -> all.put("v." + k, v));
        return all;
    }

    /** Restores what {@link #state()} gave, with its step count. */
    public void restore(Map<String, float[]> state, List<Parameter> parameters, long stepCount) {
        this.steps = stepCount;
        for (Parameter p : parameters) {
            float[] m = state.get("m." + p.name());
            if (m != null) {
                NDArray a = state(first, p);
                a.set(m);
            }
            float[] v = state.get("v." + p.name());
            if (v != null) {
                NDArray a = state(second, p);
                a.set(v);
            }
        }
    }
}
