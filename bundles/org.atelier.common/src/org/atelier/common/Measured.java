package org.atelier.common;

import java.io.IOException;

/**
 * A measure of a benchmark: the best seconds of its rounds, and the process's peak resident memory after them (its
 * peak reset before, where the system lets it be).
 *
 * @param what      what was measured
 * @param seconds   the fastest round
 * @param peakBytes the peak resident memory, or -1 where unknown
 */
public record Measured(String what, double seconds, long peakBytes) {

    /** The work measured. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /**
     * Runs {@code work} {@code warmUps} times unmeasured, then {@code rounds} times, and keeps the fastest.
     *
     * @throws IOException naming {@code what} when the work fails with a checked exception
     */
    public static Measured of(String what, int warmUps, int rounds, Work work) throws IOException {
        try {
            ProcessMemory.resetPeak();
            for (int i = 0; i < warmUps; i++) {
                work.run();
            }
            double best = Double.MAX_VALUE;
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                work.run();
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
            return new Measured(what, best, ProcessMemory.peakResident());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(what + ": " + e.getMessage(), e);
        }
    }
}
