package org.atelier.ui.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atelier.ui.handlers.RunJob;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

/**
 * The runs started from the workbench, one at a time on each device: a training takes the whole device (its cores or
 * its GPU's memory), so runs wait here in order and start as the one before on their device ends (a run's device is
 * the one set when it was asked for; runs on two GPUs go side by side). A waiting run can be moved up or down, or
 * taken out; a running one can be cancelled.
 */
public final class RunQueue {

    private static final RunQueue INSTANCE = new RunQueue();

    private final List<RunJob> waiting = new ArrayList<>();
    /** The running run of each device. */
    private final Map<String, RunJob> running = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private RunQueue() {
    }

    /** The workbench's queue. */
    public static RunQueue get() {
        return INSTANCE;
    }

    /** Puts a run at the end of the queue; it starts at once when nothing runs. */
    public void submit(RunJob job) {
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                synchronized (RunQueue.this) {
                    running.remove(job.device(), job);
                }
                startNext();
            }
        });
        synchronized (this) {
            waiting.add(job);
        }
        startNext();
    }

    /** Starts the first waiting run of each device that has none running. */
    private void startNext() {
        List<RunJob> starting = new ArrayList<>();
        synchronized (this) {
            for (RunJob job : List.copyOf(waiting)) {
                if (!running.containsKey(job.device())) {
                    waiting.remove(job);
                    running.put(job.device(), job);
                    starting.add(job);
                }
            }
        }
        starting.forEach(RunJob::schedule);
        changed();
    }

    /** The runs running now, one a device. */
    public synchronized List<RunJob> running() {
        return List.copyOf(running.values());
    }

    /** The runs waiting, next first. */
    public synchronized List<RunJob> waiting() {
        return List.copyOf(waiting);
    }

    /** Moves a waiting run {@code by} places (negative: nearer the front), within the queue. */
    public void move(RunJob job, int by) {
        synchronized (this) {
            int at = waiting.indexOf(job);
            if (at < 0) {
                return;
            }
            waiting.remove(at);
            waiting.add(Math.max(0, Math.min(waiting.size(), at + by)), job);
        }
        changed();
    }

    /** Cancels a run: the running one stops (a training keeps a checkpoint to resume from); a waiting one is taken out. */
    public void cancel(RunJob job) {
        boolean taken;
        synchronized (this) {
            taken = waiting.remove(job);
        }
        if (taken) {
            changed();
        } else if (running().contains(job)) {
            job.cancel();
        }
    }

    /** {@code listener} runs (on any thread) whenever the queue changes. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
