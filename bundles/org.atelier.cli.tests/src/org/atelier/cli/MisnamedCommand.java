package org.atelier.cli;

import picocli.CommandLine.Command;

/** A command contributed under another name than its own: the registry must leave it out. */
@Command(name = "other")
public final class MisnamedCommand implements Runnable {

    @Override
    public void run() {
        throw new AssertionError("a broken contribution must never run");
    }
}
