package org.atelier.diffusion.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Stable Diffusion's schedule against closed-form values and the figures the reference samplers print. */
class NoiseScheduleTest {

    private final NoiseSchedule schedule = NoiseSchedule.stableDiffusion();

    @Test
    void betasAndAlphasInClosedForm() {
        assertEquals(1000, schedule.steps());
        assertEquals(0.00085, schedule.beta(0), 1e-15);
        assertEquals(0.012, schedule.beta(999), 1e-15);
        double root = Math.sqrt(0.00085) + (Math.sqrt(0.012) - Math.sqrt(0.00085)) * 500 / 999;
        assertEquals(root * root, schedule.beta(500), 1e-15, "evenly spaced square roots, squared");
        assertEquals(0.99915f, schedule.alphaCumprod(0), 0f);
        assertEquals((float) (0.99915 * (1 - schedule.beta(1))), schedule.alphaCumprod(1), 1e-7f);
        assertEquals(0.0047, schedule.alphaCumprod(999), 1e-4, "the last step keeps about 0.5 % of the signal");
        assertEquals(0.99915 / 0.00085, schedule.snr(0), 0.1, "from the float32 alphas, as the reference keeps them");
    }

    @Test
    void samplerNoiseLevelsAsAutomatic1111Prints() {
        float[] sigmas = schedule.samplerSigmas(20);
        assertEquals(21, sigmas.length);
        assertEquals(14.6146f, sigmas[0], 1e-4f);
        assertEquals(10.7468f, sigmas[1], 1e-4f);
        assertEquals(8.0815f, sigmas[2], 1e-4f);
        assertEquals(0.0292f, sigmas[19], 1e-4f);
        assertEquals(0f, sigmas[20]);
        assertEquals(Math.sqrt(0.00085 / 0.99915), schedule.sigmaMin(), 1e-6);
        for (double t : new double[] { 0, 12.25, 500.5, 998.75 }) {
            assertEquals(t, schedule.timestep(schedule.sigma(t)), 1e-3, "sigma_to_t undoes t_to_sigma at " + t);
        }
        float[] karras = schedule.karrasSigmas(10);
        assertEquals(schedule.sigmaMax(), karras[0], 1e-4f);
        assertEquals(schedule.sigmaMin(), karras[9], 1e-5f);
        assertEquals(0f, karras[10]);
        double rootMiddle = (Math.pow(schedule.sigmaMax(), 1 / 7.0) + Math.pow(schedule.sigmaMin(), 1 / 7.0)) / 2;
        assertEquals(Math.pow(rootMiddle, 7), schedule.karrasSigmas(3)[1], 1e-4, "evenly spaced in sigma^(1/7)");
    }

    @Test
    void ddimTimestepsLeadingWithOffsetOne() {
        int[] expected = new int[20];
        for (int i = 0; i < 20; i++) {
            expected[i] = 951 - 50 * i;
        }
        assertArrayEquals(expected, schedule.ddimTimesteps(20));
        assertArrayEquals(new int[] { 1 }, schedule.ddimTimesteps(1));
    }

    /** {@code range(0, 1000, 1000 // n) + 1}, highest first, as CompVis' and AUTOMATIC1111's DDIM take them. */
    @Test
    void ddimTimestepsAsCompVisMakesThemForAnyCount() {
        for (int n : new int[] { 12, 20, 50, 7, 600, 1000 }) {
            java.util.List<Integer> range = new java.util.ArrayList<>();
            for (int t = 0; t < 1000; t += 1000 / n) {
                range.add(0, Math.min(999, t + 1));
            }
            assertArrayEquals(range.stream().mapToInt(Integer::intValue).toArray(), schedule.ddimTimesteps(n), "steps " + n);
        }
        int[] twelve = schedule.ddimTimesteps(12);
        assertEquals(13, twelve.length, "12 steps evaluate the model 13 times");
        assertEquals(997, twelve[0]);
        assertEquals(914, twelve[1]);
        assertEquals(1, twelve[12]);
        assertEquals(50, schedule.ddimTimesteps(50).length);
        assertEquals(981, schedule.ddimTimesteps(50)[0]);
    }
}
