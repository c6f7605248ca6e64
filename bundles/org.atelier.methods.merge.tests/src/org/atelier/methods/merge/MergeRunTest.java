package org.atelier.methods.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.Precision;
import org.atelier.core.model.Run;
import org.atelier.core.model.RunStatus;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ProjectStore;
import org.atelier.core.runs.RunEvents;
import org.atelier.core.runs.RunHandle;
import org.atelier.core.runs.RunLauncher;
import org.atelier.core.validation.ModelValidator;
import org.atelier.core.project.BaseModels;
import org.atelier.methods.merge.model.MergeAlgorithm;
import org.atelier.methods.merge.model.MergeConfig;
import org.atelier.methods.merge.model.OutputFormat;
import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A merge experiment of a training project, run like any method: in its own process, into its run folder. */
class MergeRunTest {

    @TempDir
    Path folder;

    /**
     * A project with base models {@code a} and {@code b} of the given layout, and a merge experiment of them set up
     * by {@code settings}; returns the experiment's file.
     */
    private Path mergeProject(SdLayout.Config layout, DType dtype, String name, Consumer<MergeConfig> settings)
            throws Exception {
        MethodDescriptor merge = MethodRegistry.getDefault().find("org.atelier.methods.merge").orElseThrow();
        Files.createDirectories(folder.resolve("models"));
        SyntheticCheckpoints.writeSafetensors(folder.resolve("models/a.safetensors"), SdLayout.checkpoint(layout), dtype, 1);
        SyntheticCheckpoints.writeSafetensors(folder.resolve("models/b.safetensors"), SdLayout.checkpoint(layout), dtype, 2);
        ProjectStore.createProject(folder, "merges");
        ResourceSet resources = ProjectStore.newResourceSet();
        TrainingProject project = ProjectStore.loadProject(resources, folder);
        project.getBaseModels().add(BaseModels.describe(folder.resolve("models/a.safetensors"), folder, "a", false));
        project.getBaseModels().add(BaseModels.describe(folder.resolve("models/b.safetensors"), folder, "b", false));
        ProjectStore.save(project.eResource());
        Experiment experiment = AtelierFactory.eINSTANCE.createExperiment();
        experiment.setName(name);
        experiment.setMethod(merge.id());
        experiment.setBaseModel(project.getBaseModels().get(0));
        MergeConfig config = (MergeConfig) merge.newConfig();
        config.setModelB(project.getBaseModels().get(1));
        settings.accept(config);
        experiment.setConfig(config);
        Path file = folder.resolve("experiments/" + name + ".experiment");
        ProjectStore.save(ProjectStore.create(resources, file, experiment));
        return file;
    }

    @Test
    void aMergeExperimentRunsAndItsRunFolderIsSelfContained() throws Exception {
        MethodDescriptor merge = MethodRegistry.getDefault().find("org.atelier.methods.merge").orElseThrow();
        assertFalse(merge.requiresDataset());
        Path file = mergeProject(SdLayout.tinySd1(), DType.F16, "blend", config -> {
            config.setMultiplier(0.25);
            config.setOutputType(Precision.FP32);
        });
        Experiment experiment = ProjectStore.loadExperimentResolved(ProjectStore.newResourceSet(), file);

        assertEquals(List.of(), new ModelValidator(MethodRegistry.getDefault()).validateExperiment(experiment, file, folder),
                "a merge needs no dataset");
        RunHandle handle = new RunLauncher(MethodRegistry.getDefault()).start(file, new RunEvents.Listener() {
        });
        assertEquals(RunStatus.SUCCEEDED, handle.waitFor(), Files.readString(handle.folder().resolve("log.txt")));

        Run run = ProjectStore.loadRun(ProjectStore.newResourceSet(), handle.folder());
        assertEquals(List.of("output/merged.safetensors"), run.getArtifacts());
        assertEquals("b", run.getModels().get(0).getId(), "model B is in the snapshot");
        assertEquals("cpu (Java)", run.getEnvironment().getDevice(), "a merge computes in Java, on no engine");
        String xml = Files.readString(handle.folder().resolve(ProjectStore.RUN_FILE));
        assertFalse(xml.contains("project.atelier"), "the run refers to no other file: " + xml);

        try (SafetensorsReader out = SafetensorsReader.open(handle.folder().resolve("output/merged.safetensors"));
                SafetensorsReader a = SafetensorsReader.open(folder.resolve("models/a.safetensors"));
                SafetensorsReader b = SafetensorsReader.open(folder.resolve("models/b.safetensors"))) {
            String key = "model.diffusion_model.out.2.bias";
            float[] va = a.floats(a.tensor(key));
            float[] vb = b.floats(b.tensor(key));
            float[] vm = out.floats(out.tensor(key));
            for (int i = 0; i < va.length; i++) {
                assertEquals(0.75f * va[i] + 0.25f * vb[i], vm[i], 0f);
            }
            assertEquals(DType.F32, out.tensor(key).dtype());
            assertTrue(out.metadata().get("sd_merge_recipe").contains("\"interp_method\":\"Weighted sum\""));
        }

        TrainingProject project = ProjectStore.loadProject(ProjectStore.newResourceSet(), folder);
        assertEquals(List.of("a", "b", "merged"), project.getBaseModels().stream().map(m -> m.getId()).toList(),
                "the result joined the project's base models");
        org.atelier.core.model.BaseModel made = project.getBaseModels().get(2);
        assertEquals(folder.relativize(handle.folder()).resolve("output/merged.safetensors").toString(), made.getPath());
        assertEquals(org.atelier.core.model.Architecture.SD1, made.getArchitecture());
        assertTrue(made.getName().contains("weighted sum, run " + run.getId()), made.getName());
    }

    /** Which models a merge needs depends on its algorithm: the validator asks for those, and only those. */
    @Test
    void theModelsAnAlgorithmNeedsAreRequired() throws Exception {
        Path file = mergeProject(SdLayout.tinySd1(), DType.F16, "three", config -> {
            config.setAlgorithm(MergeAlgorithm.ADD_DIFFERENCE);
        });
        ModelValidator validator = new ModelValidator(MethodRegistry.getDefault());
        Experiment experiment = ProjectStore.loadExperimentResolved(ProjectStore.newResourceSet(), file);
        assertEquals(List.of("experiment 'three' › config › modelC: is required"), validator.validateExperiment(experiment, file, folder).stream()
                .map(p -> p.location() + ": " + p.message()).toList());

        MergeConfig config = (MergeConfig) experiment.getConfig();
        config.setAlgorithm(MergeAlgorithm.NO_INTERPOLATION);
        config.setModelB(null);
        assertEquals(List.of(), validator.validateExperiment(experiment, file, folder), "re-saving A needs neither B nor C");
        config.setAlgorithm(MergeAlgorithm.WEIGHTED_SUM);
        assertEquals(List.of("experiment 'three' › config › modelB: is required"), validator.validateExperiment(experiment, file, folder).stream()
                .map(p -> p.location() + ": " + p.message()).toList());
    }

    /** A file written when the merge's precision was its own setting loads into the precision core declares. */
    @Test
    void aMergeFileWrittenBeforeLoads() throws Exception {
        Path file = folder.resolve("old.experiment");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <atelier:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:atelier="http://atelier.org/core/1.0"
                    xmlns:merge="http://atelier.org/methods/merge/1.0" name="old" method="org.atelier.methods.merge">
                  <config xsi:type="merge:MergeConfig" algorithm="TIES" multiplier="0.3" outputType="KEEP" outputFormat="CKPT"/>
                </atelier:Experiment>
                """);
        MergeConfig config = (MergeConfig) ProjectStore.loadExperiment(ProjectStore.newResourceSet(), file).getConfig();
        assertEquals(Precision.KEEP, config.getOutputType());
        assertEquals(OutputFormat.CKPT, config.getOutputFormat());
        assertEquals(MergeAlgorithm.TIES, config.getAlgorithm());
        assertEquals(MergeMethod.TIES, MergeRunner.method(config.getAlgorithm()));
        assertEquals(0.3, config.getMultiplier());
    }

    /** A merge stopped halfway, by a cancel or by killing its process, leaves no output file. */
    @Test
    void aMergeStoppedHalfwayLeavesNoOutput() throws Exception {
        // wide enough (85 M parameters a model) that the merge is still running when it is stopped
        SdLayout.Config wide = new SdLayout.Config(96, new int[] { 1, 2, 4, 4 }, 2, new int[] { 1, 1, 1, 0 }, 1, 32, false, 4, 0,
                32, new int[] { 1, 2, 4, 4 }, new SdLayout.TextEncoder[] { SdLayout.TextEncoder.CLIP_HF }, new int[] { 32 },
                new int[] { 2 }, 1000);
        Path file = mergeProject(wide, DType.F32, "stopped", config -> {
        });

        for (boolean kill : new boolean[] { false, true }) {
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            RunHandle handle = new RunLauncher(MethodRegistry.getDefault()).start(file, new RunEvents.Listener() {
                @Override
                public void progress(long done, long total, String message) {
                    started.countDown();
                }
            });
            assertTrue(started.await(120, java.util.concurrent.TimeUnit.SECONDS), "the merge started");
            if (kill) {
                ProcessHandle.of(handle.pid()).orElseThrow().destroyForcibly();
            } else {
                handle.cancel();
            }
            RunStatus status = handle.waitFor();
            assertEquals(kill ? RunStatus.FAILED : RunStatus.CANCELLED, status, Files.readString(handle.folder().resolve("log.txt")));
            assertFalse(Files.exists(handle.folder().resolve("output/merged.safetensors")), "no output file");
            try (var files = Files.list(handle.folder().resolve("output"))) {
                assertEquals(List.of(), files.toList(), "and no temporary: the merge or its launcher removed it");
            }
        }
    }
}
