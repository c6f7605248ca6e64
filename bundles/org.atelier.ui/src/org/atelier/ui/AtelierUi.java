package org.atelier.ui;

import org.atelier.runtime.EngineAccess;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/** The workbench bundle: its images, its log, and its preferences made the runs' settings. */
public final class AtelierUi extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "org.atelier.ui";

    public static final String IMG_PROJECT = "project";
    public static final String IMG_BASE_MODEL = "basemodel";
    public static final String IMG_DATASET = "dataset";
    public static final String IMG_EXPERIMENT = "experiment";
    public static final String IMG_GROUP = "group";
    public static final String IMG_RUN_QUEUED = "run_queued";
    public static final String IMG_RUN_RUNNING = "run_running";
    public static final String IMG_RUN_SUCCEEDED = "run_succeeded";
    public static final String IMG_RUN_FAILED = "run_failed";
    public static final String IMG_RUN_CANCELLED = "run_cancelled";

    private static AtelierUi plugin;

    public AtelierUi() {
        plugin = this;
    }

    public static AtelierUi getDefault() {
        return plugin;
    }

    @Override
    public void start(org.osgi.framework.BundleContext context) throws Exception {
        super.start(context);
        // Before any of this bundle's code runs: the workbench computes in child processes only, and an engine
        // started here by mistake fails at once instead of loading the natives into the workbench.
        EngineAccess.forbid("the workbench");
        AtelierPreferences.apply(getPreferenceStore());
        getPreferenceStore().addPropertyChangeListener(event -> AtelierPreferences.apply(getPreferenceStore()));
    }

    @Override
    protected void initializeImageRegistry(ImageRegistry registry) {
        for (String key : new String[] { IMG_PROJECT, IMG_BASE_MODEL, IMG_DATASET, IMG_EXPERIMENT, IMG_GROUP,
                IMG_RUN_QUEUED, IMG_RUN_RUNNING, IMG_RUN_SUCCEEDED, IMG_RUN_FAILED, IMG_RUN_CANCELLED }) {
            registry.put(key, imageDescriptorFromPlugin(PLUGIN_ID, "icons/" + key + ".png"));
        }
    }

    public static Image image(String key) {
        return getDefault().getImageRegistry().get(key);
    }

    public static void log(String message, Throwable e) {
        getDefault().getLog().log(new Status(IStatus.ERROR, PLUGIN_ID, message, e));
    }

    /** The key of a run status's image in the image registry. */
    public static String runStatusImage(org.atelier.core.model.RunStatus status) {
        return switch (status) {
        case QUEUED -> IMG_RUN_QUEUED;
        case RUNNING -> IMG_RUN_RUNNING;
        case SUCCEEDED -> IMG_RUN_SUCCEEDED;
        case FAILED -> IMG_RUN_FAILED;
        case CANCELLED -> IMG_RUN_CANCELLED;
        };
    }
}
