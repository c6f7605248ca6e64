package org.atelier.diffusion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.atelier.diffusion.schedule.NoiseSchedule;
import org.atelier.runtime.Compute;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * DDIM inversion against DDIM sampling. With a noise prediction that depends on the timestep only, a step up and the
 * step down again are exact inverses, so inversion then sampling must give the start latents back to float rounding
 * (a random model's prediction follows its input instead, and does not come back: the test would prove nothing).
 */
class DdimTest {

    private static final Sampler.Progress QUIET = (done, total) -> {
    };

    @Test
    void inversionThenSamplingComesBackToTheStart() throws Exception {
        NoiseSchedule schedule = NoiseSchedule.stableDiffusion();
        try (NDManager manager = Compute.engine().newBaseManager()) {
            manager.getEngine().setRandomSeed(7);
            NDArray x0 = manager.randomNormal(new Shape(1, 4, 8, 8));
            NDArray pattern = manager.randomNormal(new Shape(1, 4, 8, 8));
            Ddim.Noise noise = (x, t) -> pattern.mul((float) Math.cos(t / 300.0)).add(0.1f * t / 1000f);
            for (int steps : new int[] { 12, 50 }) {
                int[] timesteps = schedule.ddimTimesteps(steps);
                List<NDArray> path = Ddim.invert(noise, schedule, x0, timesteps, QUIET);
                assertEquals(timesteps.length + 1, path.size());
                NDArray x = path.get(path.size() - 1);
                double moved = x.sub(x0).abs().max().getFloat();
                for (int i = 0; i < timesteps.length; i++) {
                    x = Ddim.move(x, noise.at(x, timesteps[i]), schedule.alphaCumprod(timesteps[i]),
                            Ddim.alphaAfter(schedule, timesteps, i));
                    assertEquals(0, x.sub(path.get(timesteps.length - i - 1)).abs().max().getFloat(), 1e-3,
                            "step " + i + " of " + steps + " lands on the inversion's latents");
                }
                double error = x.sub(x0).abs().max().getFloat();
                System.out.printf("DDIM inversion and back, %d steps: max error %.2e (the noisiest latents %.2f away)%n", steps,
                        error, moved);
                assertTrue(moved > 1, "the inversion went somewhere");
                assertTrue(error < 1e-4, "came back to " + error);
            }
        }
    }

    @Test
    void theInversionGivesTheUNetTheTimestepItStepsToWithTheLatentsItLeaves() throws Exception {
        NoiseSchedule schedule = NoiseSchedule.stableDiffusion();
        try (NDManager manager = Compute.engine().newBaseManager()) {
            NDArray x0 = manager.ones(new Shape(1, 1, 1, 1));
            List<Integer> asked = new java.util.ArrayList<>();
            List<Float> seen = new java.util.ArrayList<>();
            int[] timesteps = schedule.ddimTimesteps(4); // 751, 501, 251, 1
            List<NDArray> path = Ddim.invert((x, t) -> {
                asked.add(t);
                seen.add(x.getFloat(0, 0, 0, 0));
                return x.zerosLike();
            }, schedule, x0, timesteps, QUIET);
            assertEquals(List.of(1, 251, 501, 751), asked);
            assertEquals(1f, seen.get(0));
            assertEquals(path.get(1).getFloat(0, 0, 0, 0), seen.get(1));
            // no noise: the latents scale by sqrt(ᾱ_to / ᾱ_from), from timestep 0's ᾱ at the first step
            double expected = Math.sqrt(schedule.alphaCumprod(1)) / Math.sqrt(schedule.alphaCumprod(0));
            assertEquals(expected, path.get(1).getFloat(0, 0, 0, 0), 1e-6);
        }
    }
}
