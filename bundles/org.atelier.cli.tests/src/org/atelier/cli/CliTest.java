package org.atelier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.testing.TestProjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The commands as a user types them, with their output and exit codes. */
class CliTest extends CliRunner {

    @BeforeEach
    void setUp() throws Exception {
        TestProjects.create(folder);
    }

    @Test
    void helpAndBadUsage() {
        assertEquals(Cli.OK, atelier("--help"));
        assertTrue(out().contains("Usage: atelier <command>") && out().lines().anyMatch(l -> l.startsWith("  runs ")), out());
        assertEquals(Cli.INVALID, atelier());
        assertEquals(Cli.INVALID, atelier("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
        assertEquals(Cli.INVALID, atelier("validate"));
        assertTrue(err().contains("Missing required parameter: '<project or experiment>'"), err());
        assertEquals(Cli.INVALID, atelier("runs", folder.toString(), "--all"));
        assertTrue(err().contains("Unknown option: '--all'"), err());
        assertEquals(Cli.OK, atelier("--version"));
        assertTrue(out().startsWith("Atelier 0.1.0"), out());
    }

    @Test
    void methodsComeFromTheExtensionRegistry() {
        assertEquals(Cli.OK, atelier("methods"));
        assertTrue(out().contains(TestProjects.PROBE) && out().contains("Probe (tests only)"), out());
        assertTrue(out().contains("http://atelier.org/test/probe/1.0#ProbeConfig; writes: txt"), out());
    }

    @Test
    void validateAProjectAndAnExperiment() throws Exception {
        Path experiment = TestProjects.probeExperiment(folder, "good", "SUCCEED");
        assertEquals(Cli.OK, atelier("validate", folder.toString()));
        assertTrue(out().contains("2 files checked, 0 errors, 0 warnings"), out());
        assertEquals(Cli.OK, atelier("validate", experiment.toString()));

        Files.writeString(experiment, Files.readString(experiment).replace("<config", "<config learningRate=\"7\""));
        assertEquals(Cli.INVALID, atelier("validate", experiment.toString()));
        assertTrue(err().contains(experiment + ": error: experiment 'good' › config › learningRate: must be between 0 and 1 (is 7)"),
                err());
        assertEquals(Cli.INVALID, atelier("validate", folder.toString()));
        assertTrue(out().contains("1 error"), out());
    }

    @Test
    void unreadableInputIsInvalidAndNamed() throws Exception {
        Path experiment = TestProjects.probeExperiment(folder, "torn", "SUCCEED");
        Files.writeString(experiment, "<?xml version=\"1.0\"?><atelier:Experiment");
        assertEquals(Cli.INVALID, atelier("validate", experiment.toString()));
        assertTrue(err().startsWith("atelier: " + experiment + ": line "), err());
        assertEquals(Cli.INVALID, atelier("run", experiment.toString()));
        assertEquals(Cli.INVALID, atelier("runs", folder.resolve("nowhere").toString()));
        assertTrue(err().contains("nowhere: no such file or folder"), err());
        assertEquals(Cli.INVALID, atelier("runs", folder.resolve("models").toString()));
        assertTrue(err().contains("not a training project"), err());
    }

    @Test
    void runAndListRuns() throws Exception {
        Path good = TestProjects.probeExperiment(folder, "good", "SUCCEED");
        Path bad = TestProjects.probeExperiment(folder, "bad", "FAIL");
        assertEquals(Cli.OK, atelier("run", good.toString()));
        assertTrue(out().contains("succeeded in ") && out().contains("output: ") && out().contains("probe.txt"), out());
        assertTrue(out().contains("[##############################] 100% 5/5"), out());

        assertEquals(Cli.FAILED, atelier("run", bad.toString()));
        assertTrue(err().contains("failed") && err().contains("the probe failed as configured"), err());

        assertEquals(Cli.OK, atelier("runs", folder.toString()));
        String table = out();
        assertTrue(table.startsWith("RUN "), table);
        assertTrue(table.contains("-good ") && table.contains("succeeded"), table);
        assertTrue(table.contains("-bad ") && table.contains("failed") && table.contains("the probe failed as configured"), table);
    }

    @Test
    void anInvalidExperimentIsNotRun() throws Exception {
        Path experiment = TestProjects.probeExperiment(folder, "nobase", "SUCCEED");
        Files.writeString(experiment, Files.readString(experiment).replaceAll("<baseModel [^>]*/>", ""));
        assertEquals(Cli.INVALID, atelier("run", experiment.toString()));
        assertTrue(err().contains("baseModel: no base model is chosen"), err());
        assertFalse(Files.exists(folder.resolve(ProjectStore.RUNS_FOLDER)));
    }

    @Test
    void newProjectsAndTheDemo() throws Exception {
        Path empty = folder.resolve("empty");
        assertEquals(Cli.OK, atelier("new", empty.toString(), "--name", "Mine"));
        assertTrue(ProjectStore.isProjectFolder(empty));
        assertEquals(Cli.INVALID, atelier("new", empty.toString(), "--bogus"));
        assertEquals(Cli.FAILED, atelier("new", empty.toString()));
        assertTrue(err().contains("exists there already"), err());

        Path demo = folder.resolve("demo");
        assertEquals(Cli.OK, atelier("demo", demo.toString()));
        String shown = out();
        assertTrue(shown.contains("Created the demo project in " + demo), shown);
        int datasets = ProjectStore.loadProject(ProjectStore.newResourceSet(), demo).getDatasets().size(); // the methods add theirs
        assertTrue(shown.contains("Datasets (" + datasets + ")") && shown.contains("80 images per epoch"), shown);
        assertTrue(shown.contains("8 images (8 captioned) x 10 repeats"), shown);
        int files = 1 + ProjectStore.experimentFiles(demo).size(); // the project and each installed method's experiment
        assertTrue(shown.contains(files + " files checked, 0 errors"), shown);
        assertTrue(shown.contains("merge                Model merge on demo-a\n"), "each method adds its demo: " + shown);
        assertTrue(shown.contains("Added base model 'demo-merge'") && shown.contains("succeeded"), shown);
        assertTrue(shown.contains("output: " + demo.resolve("runs")) && shown.contains("output/demo-lora.safetensors")
                && shown.contains("output/amber.safetensors"), "the LoRA and the embedding of the demo: " + shown);
        TrainingProject project = ProjectStore.loadProject(ProjectStore.newResourceSet(), demo);
        assertTrue(project.getBaseModels().stream().anyMatch(m -> m.getId().equals("demo-merge")), "the merge's result is a base model now");
        assertEquals(Cli.OK, atelier("demo", demo.toString()));
        assertTrue(out().contains("Using the demo project in " + demo), out());
        // the summary is shown before the experiments run again (the merge adds its result once more)
        assertTrue(out().contains("Base models (" + project.getBaseModels().size() + ")"), out());
    }

    @Test
    void theDoctorStartsTheEngineAndChecksIt() throws Exception {
        assertEquals(Cli.OK, atelier("doctor"));
        String shown = out();
        assertTrue(shown.contains("engine:                PyTorch 2.7.1"), shown);
        assertTrue(shown.contains("device cpu():          CPU, "), shown);
        assertTrue(shown.contains("check:                 a matrix product and a gradient computed right"), shown);
        assertTrue(shown.contains("Everything needed is here."), shown);
        assertTrue(shown.contains("computes on:           cpu() (atelier.device=auto)"), shown);
        assertEquals(Cli.INVALID, atelier("doctor", "extra"));
        try {
            assertEquals(Cli.FAILED, atelier("doctor", "--device", "gpu9"));
            assertTrue(out().contains("device 'gpu9' (atelier.device): this machine has no CUDA GPU"), out());
        } finally {
            org.atelier.core.runs.RunSettings.set(org.atelier.core.runs.RunSettings.DEVICE, null);
        }
    }
}
