package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.atelier.common.ProcessMemory;
import org.atelier.runtime.Compute;
import org.atelier.training.optim.Optimizer;
import org.atelier.training.optim.Parameter;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * What a fused back pass rests on: a gradient can be freed in DJL's PyTorch engine, its memory returned, and the next
 * backward pass makes a new one. Zeroing it, as the loop does between steps, keeps its memory; so does turning the
 * array's requiresGradient off and on. Measured as the process's resident memory on a 256 MB array, whose gradient the
 * allocator maps and unmaps whole.
 */
class FusedBackPassMemoryTest {

    private static final long MB = 1 << 20;
    private static final Shape SHAPE = new Shape(64, 1024, 1024);

    /** Resident bytes now: the peak, started afresh. */
    private static long resident() {
        ProcessMemory.resetPeak();
        return ProcessMemory.peakResident();
    }

    /** The gradient of {@code sum(2·p)} into {@code p}: 2 everywhere, added to what it has. */
    private static void backward(NDManager manager, NDArray p) throws Exception {
        try (GradientCollector collector = Compute.engine().newGradientCollector(); NDManager scope = manager.newSubManager()) {
            p.tempAttach(scope);
            collector.backward(p.mul(2f).sum());
        }
    }

    private static float firstGradient(NDArray p) {
        try (NDArray gradient = p.getGradient()) {
            return gradient.getFloat(0, 0, 0);
        }
    }

    /** Resident bytes that {@code drop} returns of a parameter's gradient of 256 MB; the gradient after one more pass. */
    private static long[] returned(String how) throws Exception {
        try (NDManager manager = Compute.engine().newBaseManager()) {
            Parameter p = new Parameter("w", manager.ones(SHAPE));
            p.value().setRequiresGradient(true);
            backward(manager, p.value());
            assertEquals(2f, firstGradient(p.value()));
            long before = resident();
            switch (how) {
            case "freed" -> FusedBackPass.free(p);
            case "zeroed" -> Optimizer.zeroGradients(List.of(p));
            case "toggled" -> {
                p.value().setRequiresGradient(false);
                p.value().setRequiresGradient(true);
            }
            default -> throw new IllegalArgumentException(how);
            }
            long after = resident();
            assertEquals(how.equals("freed"), !FusedBackPassTest.hasGradient(p.value()), how + ": no gradient left");
            backward(manager, p.value());
            return new long[] { before - after, (long) firstGradient(p.value()) };
        }
    }

    @Test
    void aFreedGradientsMemoryReturnsAndTheNextPassMakesANewOne() throws Exception {
        assertTrue(ProcessMemory.resetPeak() && ProcessMemory.peakResident() > 0, "the resident memory is measured (Linux)");
        long[] freed = returned("freed");
        long[] zeroed = returned("zeroed");
        long[] toggled = returned("toggled");
        System.out.printf("of a 256 MB gradient, returned: %d MB freed, %d MB zeroed, %d MB with requiresGradient toggled%n",
                freed[0] / MB, zeroed[0] / MB, toggled[0] / MB);
        assertTrue(freed[0] > 200 * MB, "freed: " + freed[0] / MB + " MB returned");
        assertTrue(zeroed[0] < 50 * MB, "zeroed: " + zeroed[0] / MB + " MB returned");
        assertTrue(toggled[0] < 50 * MB, "toggled: " + toggled[0] / MB + " MB returned");
        // freed or zeroed, the next pass's gradient is its own; toggled, it adds to the old one, which stayed
        assertArrayEquals(new long[] { 2, 2, 4 }, new long[] { freed[1], zeroed[1], toggled[1] });
    }

    /** The array stays the same object with the same values, and trains on: the model's layers hold it. */
    @Test
    void theFreedArrayKeepsItsValuesAndTrainsOn() throws Exception {
        try (NDManager manager = Compute.engine().newBaseManager()) {
            NDArray w = manager.create(new float[] { 1, 2, 3 });
            w.setRequiresGradient(true);
            Parameter p = new Parameter("w", w);
            backward(manager, w);
            FusedBackPass.free(p);
            assertTrue(p.value() == w && w.hasGradient());
            assertArrayEquals(new float[] { 1, 2, 3 }, w.toFloatArray());
            backward(manager, w);
            try (NDArray gradient = w.getGradient()) {
                assertArrayEquals(new float[] { 2, 2, 2 }, gradient.toFloatArray());
                w.subi(gradient);
            }
            assertArrayEquals(new float[] { -1, 0, 1 }, w.toFloatArray());
        }
    }
}
