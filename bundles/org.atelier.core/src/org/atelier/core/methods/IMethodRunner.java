package org.atelier.core.methods;

/**
 * Runs an experiment of one method. Called in the run's own process, once per run, on a worker thread;
 * everything the run produces goes through the {@link RunContext} into the run folder.
 */
public interface IMethodRunner {

    /**
     * Runs the experiment to the end, or until {@link RunContext#isCancelled()} becomes true.
     *
     * @throws Exception when the run fails; its message becomes the run's reason
     */
    void run(RunContext context) throws Exception;
}
