package org.atelier.cli;

/** A contributed command class without picocli's @Command: the registry must leave it out. */
public final class NotACommand implements Runnable {

    @Override
    public void run() {
        throw new AssertionError("a broken contribution must never run");
    }
}
