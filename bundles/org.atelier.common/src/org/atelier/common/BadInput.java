package org.atelier.common;

/**
 * Marks an exception caused by what the user gave (a file, a field of a project file, an option), not by the work
 * failing: its message names the file or field and the reason, and commands exit with {@link Exits#INVALID}.
 */
public interface BadInput {
}
