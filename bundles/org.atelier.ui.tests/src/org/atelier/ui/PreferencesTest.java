package org.atelier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.core.runs.RunSettings;
import org.atelier.core.testing.TestProjects;
import org.atelier.ui.handlers.RunJob;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The preferences become the settings of the runs started after: their processes run with them and log them. */
class PreferencesTest {

    private IProject project;
    private final IPreferenceStore store = AtelierUi.getDefault().getPreferenceStore();

    @AfterEach
    void tearDown() throws Exception {
        store.setToDefault(AtelierPreferences.THREADS);
        store.setToDefault(AtelierPreferences.TOKENIZER);
        store.setToDefault(AtelierPreferences.DEVICE);
        UiTestSupport.delete(project);
    }

    @Test
    void thePreferencesAreTheRunsSettings() throws Exception {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(UiTestSupport.page().getWorkbenchWindow().getShell(),
                AtelierPreferences.ID, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        assertNotNull(dialog.getSelectedPage(), "the Atelier page opens");
        assertTrue(dialog.getSelectedPage() instanceof AtelierPreferences, String.valueOf(dialog.getSelectedPage()));
        dialog.close();

        project = UiTestSupport.probeProject("preferences-ui");
        Path tokenizer = Files.createDirectories(org.atelier.ui.workspace.TrainingWorkspace.path(project).resolve("tok"));
        store.setValue(AtelierPreferences.THREADS, 1);
        store.setValue(AtelierPreferences.TOKENIZER, tokenizer.toString());
        store.setValue(AtelierPreferences.DEVICE, "cpu");
        assertEquals("1", System.getProperty(RunSettings.THREADS), "a change applies at once");

        RunJob job = new RunJob(project.getFile("experiments/" + TestProjects.EXPERIMENT + ".experiment"));
        job.schedule();
        UiTestSupport.waitForJob(job);
        String log = Files.readString(job.runFolder().resolve("log.txt"));
        assertTrue(log.contains("Settings: " + RunSettings.THREADS + "=1, " + RunSettings.TOKENIZER + "=" + tokenizer + ", "
                + RunSettings.DEVICE + "=cpu"), log);
        store.setToDefault(AtelierPreferences.DEVICE);
        assertNull(System.getProperty(RunSettings.DEVICE), "automatic: no setting");

        store.setToDefault(AtelierPreferences.THREADS);
        assertNull(System.getProperty(RunSettings.THREADS), "0 (one thread per core) is PyTorch's own default: no setting");

        // a value the process was started with (-D) comes back when the preference is cleared
        System.setProperty(RunSettings.LATENT_CACHE, "/started/with");
        try {
            store.setValue(AtelierPreferences.LATENT_CACHE, tokenizer.toString());
            assertEquals(tokenizer.toString(), System.getProperty(RunSettings.LATENT_CACHE));
            store.setToDefault(AtelierPreferences.LATENT_CACHE);
            assertEquals("/started/with", System.getProperty(RunSettings.LATENT_CACHE));
        } finally {
            System.clearProperty(RunSettings.LATENT_CACHE);
        }
    }
}
