package org.atelier.training.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LrScheduleTest {

    @Test
    void learningRateSchedules() {
        LrSchedule cosine = LrSchedule.parse("1e-3", LrSchedule.Kind.COSINE, 10, 110, 1, 1);
        assertEquals(0, cosine.at(0), 1e-12);
        assertEquals(5e-4, cosine.at(5), 1e-12, "warm-up is linear");
        assertEquals(1e-3, cosine.at(10), 1e-12);
        assertEquals(5e-4, cosine.at(60), 1e-9, "half way down the cosine");
        assertEquals(0, cosine.at(110), 1e-12);
        LrSchedule linear = LrSchedule.parse("2e-4", LrSchedule.Kind.LINEAR, 0, 100, 1, 1);
        assertEquals(1e-4, linear.at(50), 1e-12);
        LrSchedule restarts = LrSchedule.parse("1", LrSchedule.Kind.COSINE_WITH_RESTARTS, 0, 100, 2, 1);
        assertEquals(1, restarts.at(50), 1e-9, "the second cycle starts again at the top");
        assertEquals(0.5, restarts.at(25), 1e-9);
        LrSchedule poly = LrSchedule.parse("1", LrSchedule.Kind.POLYNOMIAL, 0, 100, 1, 2);
        assertEquals(0.25 + 0.75e-7, poly.at(50), 1e-9);
        LrSchedule a1111 = LrSchedule.parse("0.005:100, 1e-3:1000, 1e-5", LrSchedule.Kind.CONSTANT, 0, 5000, 1, 1);
        assertTrue(a1111.isStepwise());
        assertEquals(0.005, a1111.at(99));
        assertEquals(1e-3, a1111.at(100));
        assertEquals(1e-5, a1111.at(4000));
        for (String bad : List.of("", "fast", "0.005:soon, 1e-3", "1e-3:100, 1e-4:50", "1e-3, 1e-4:200")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> LrSchedule.parse(bad, LrSchedule.Kind.CONSTANT, 0, 10, 1, 1), bad);
            assertTrue(e.getMessage().startsWith("learning rate: "), e.getMessage());
        }
    }
}
