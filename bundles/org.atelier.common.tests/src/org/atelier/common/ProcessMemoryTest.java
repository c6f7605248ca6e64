package org.atelier.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.atelier.common.ProcessMemory;
import org.junit.jupiter.api.Test;

/** The benchmarks' memory figures, read from Linux (the machines Atelier is built and tested on). */
class ProcessMemoryTest {

    @Test
    void peakResidentAndPhysicalMemoryAreRead() {
        long before = ProcessMemory.peakResident();
        assertTrue(before > 10L << 20, "a JVM holds more than 10 MB: " + before);
        assertTrue(ProcessMemory.physical() > before, "the machine has more memory than this process");
        byte[][] blocks = new byte[64][];
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = new byte[1 << 20];
            java.util.Arrays.fill(blocks[i], (byte) i); // touched: resident
        }
        assertTrue(ProcessMemory.peakResident() >= before, "the peak does not fall");
        assertTrue(blocks[63][0] == 63);
    }
}
