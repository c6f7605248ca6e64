package org.atelier.runtime;

/**
 * Whether this process may start the compute engine. The workbench must not: a native crash or an out-of-memory in
 * PyTorch would take every open editor down with it, so its compute (runs, generation, the device's speed) happens
 * in child processes. It says so once, early, with {@link #forbid}; from then on {@link Compute#engine()} refuses to
 * start, loudly, so that a slip shows in the tests instead of silently loading the natives.
 * <p>
 * The mark is a system property set while the process runs, not on its command line, so the child processes it
 * starts (which copy the command line's {@code -D} options) may start the engine.
 */
public final class EngineAccess {

    /** The system property marking a process that must not start the engine; its value names the process. */
    public static final String FORBIDDEN = "atelier.engine.forbidden";

    private EngineAccess() {
    }

    /** Marks this process as one that must not start the engine; {@code process} names it in the refusal. */
    public static void forbid(String process) {
        System.setProperty(FORBIDDEN, process);
    }

    /** True unless this process was marked as one that must not start the engine. */
    public static boolean allowed() {
        return System.getProperty(FORBIDDEN) == null;
    }

    /**
     * Throws when this process must not start the engine.
     *
     * @throws IllegalStateException naming the process: a programming error, not a condition to handle
     */
    static void check() {
        String process = System.getProperty(FORBIDDEN);
        if (process != null) {
            throw new IllegalStateException("the " + Compute.ENGINE + " engine must not start in " + process
                    + " (" + FORBIDDEN + "): its compute runs in a child process");
        }
    }
}
