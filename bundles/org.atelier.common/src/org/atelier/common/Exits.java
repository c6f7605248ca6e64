package org.atelier.common;

/** The exit codes of every {@code atelier} command. */
public final class Exits {

    /** The command did what it said. */
    public static final int OK = 0;

    /** The work failed (a run failed, a file could not be written). */
    public static final int FAILED = 1;

    /** Bad usage or invalid input: nothing was done. */
    public static final int INVALID = 2;

    private Exits() {
    }
}
