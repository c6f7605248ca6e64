package org.atelier.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.atelier.runtime.Compute;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.TensorSource;
import org.junit.jupiter.api.Test;

import ai.djl.Device;

/** The UNet's operation count against published figures, and how it scales; the device probe. */
class StepTimeTest {

    @Test
    void sd15sCountMatchesThePublishedOneWithItsAttentionAdded() throws Exception {
        TensorSource sd1 = MemoryEstimateTest.shapes(SdLayout.sd1());
        double at512 = StepTime.unetOperations(sd1, 512, 512);
        // BK-SDM (Kim et al., 2023) counts 339 G multiply-adds for SD 1.x's UNet at 512x512 without the attention's
        // products; those add 4·4096²·320 per transformer at the first level (five of them) and less below
        assertTrue(at512 > 2 * 339e9 + 100e9 && at512 < 2 * 339e9 + 160e9, "SD 1.5 at 512: " + at512);
        double at1024 = StepTime.unetOperations(sd1, 1024, 1024);
        assertTrue(at1024 > 4 * at512, "four times the positions, more than four times the work (attention): " + at1024);
        double sdxl = StepTime.unetOperations(MemoryEstimateTest.shapes(SdLayout.sdxl()), 1024, 1024);
        assertTrue(sdxl > 2 * at512, "SDXL at 1024: " + sdxl);
    }

    @Test
    void theProbeMeasuresAThroughputAndKeepsIt() throws Exception {
        double first = Compute.throughput(Device.cpu());
        assertTrue(first > 1e8 && first < 1e14, "operations per second: " + first);
        assertEquals(first, Compute.throughput(Device.cpu()), "measured once per process");
        assertEquals("1 min 19 s", org.atelier.common.Durations.words(78.5));
        assertEquals("2 h 05 min", org.atelier.common.Durations.words(7500));
        assertEquals("4.2 s", org.atelier.common.Durations.words(4.2));
    }
}
