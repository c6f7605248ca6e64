package org.atelier.cli.internal;

/**
 * A command about the other commands (completion): the command line gets every command when it runs, not only the
 * one asked for.
 */
public interface NeedsEveryCommand {
}
