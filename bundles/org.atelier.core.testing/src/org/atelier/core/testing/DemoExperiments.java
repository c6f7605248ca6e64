package org.atelier.core.testing;

import java.nio.file.Path;

import org.atelier.core.model.Experiment;
import org.atelier.core.model.TrainsInSteps;
import org.atelier.core.project.ProjectStore;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The demo project's training experiments at the length a test counts on: their steps are set for the pictures the
 * demo shows, and change with them, while a test of runs, resumes and views wants a fixed count of steps, checkpoints
 * and samples.
 */
public final class DemoExperiments {

    private DemoExperiments() {
    }

    /**
     * Sets the training experiment in {@code file} to {@code steps} steps, with a checkpoint and samples every
     * {@code every} steps (and samples before the first), and saves it.
     */
    public static void shorten(Path file, int steps, int every) throws Exception {
        Experiment experiment = ProjectStore.loadExperiment(ProjectStore.newResourceSet(), file);
        TrainsInSteps config = (TrainsInSteps) experiment.getConfig();
        config.setSteps(steps);
        // the training bundle's setting, set by name: this bundle knows the core model only
        EStructuralFeature checkpoints = config.eClass().getEStructuralFeature("checkpointEverySteps");
        config.eSet(checkpoints, every);
        experiment.getSampling().setEverySteps(every);
        ProjectStore.save(experiment.eResource());
    }
}
