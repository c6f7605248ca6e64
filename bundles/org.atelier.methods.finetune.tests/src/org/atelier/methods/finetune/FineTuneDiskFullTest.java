package org.atelier.methods.finetune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.atelier.core.model.Precision;
import org.atelier.methods.finetune.model.FineTuneConfig;
import org.atelier.methods.finetune.model.TrainedParts;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.TensorFiles;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;
import org.atelier.training.LocalRunContext;
import org.atelier.training.model.OptimizerKind;
import org.atelier.training.testing.TrainingProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result that does not fit on the disk: the write fails with the reason, leaves no temporary behind, and the run's
 * last checkpoint resumes into the same result once there is room. The disk is "full" by this process's file size limit
 * (RLIMIT_FSIZE, set with util-linux's {@code prlimit}): past it a write fails as on a full disk, with "File too large".
 */
class FineTuneDiskFullTest {

    private static final Path PRLIMIT = Path.of("/usr/bin/prlimit");

    @TempDir
    Path folder;

    private Path experiment() throws Exception {
        // the UNet trains, with Adafactor's small state: a step's checkpoint is smaller than the whole model in fp32
        return TrainingProjects.create(folder, SdLayout.tinySd1(), "org.atelier.methods.finetune", FineTuneConfig.class, "full",
                config -> {
                    config.setTrains(TrainedParts.UNET);
                    config.setOptimizer(OptimizerKind.ADAFACTOR);
                    config.setSteps(2);
                    config.setLearningRate("1e-3");
                    config.setCheckpointEverySteps(2);
                    config.setOutputType(Precision.FP32);
                    config.setOutputName("full");
                });
    }

    @Test
    void aResultThatDoesNotFitLeavesNoTemporaryAndTheLastCheckpointResumes() throws Exception {
        assumeTrue(Files.isExecutable(PRLIMIT), PRLIMIT + " (util-linux) is missing: it limits the file size as a full disk would");
        Path experiment = experiment();

        // the same run with room enough, for the sizes and the result to compare with
        LocalRunContext roomy = new LocalRunContext(experiment, folder.resolve("runs/roomy"));
        new FineTuneRunner().run(roomy);
        Path expected = roomy.outputFolder().resolve("full.safetensors");
        long checkpoint = Files.size(folder.resolve("runs/roomy/checkpoints/step-00000002.safetensors"));
        long result = Files.size(expected);
        assertTrue(checkpoint < result, "the checkpoint (" + checkpoint + " bytes) is smaller than the result (" + result + ")");

        Path run = folder.resolve("runs/full");
        LocalRunContext full = new LocalRunContext(experiment, run);
        String previous = limitFileSize((checkpoint + result) / 2);
        IOException failure;
        try {
            failure = assertThrows(IOException.class, () -> new FineTuneRunner().run(full));
        } finally {
            limitFileSize(previous);
        }
        assertTrue(failure.getMessage() != null && failure.getMessage().contains("File too large"), String.valueOf(failure));
        try (Stream<Path> left = Files.list(full.outputFolder())) {
            assertEquals(List.of(), left.toList(), "no temporary and no half-written result in the output folder");
        }
        Path last = run.resolve("checkpoints/step-00000002.safetensors");
        assertTrue(Files.isRegularFile(last), "the step's checkpoint was written before the result");

        LocalRunContext resumed = new LocalRunContext(experiment, run);
        new FineTuneRunner().run(resumed);
        assertTrue(resumed.log().stream().anyMatch(l -> l.startsWith("Resuming at step 2")), resumed.log().toString());
        try (TensorSource a = TensorFiles.open(expected);
                TensorSource b = TensorFiles.open(resumed.outputFolder().resolve("full.safetensors"))) {
            assertEquals(a.tensors().size(), b.tensors().size());
            for (TensorInfo t : a.tensors().stream().filter(t -> t.dtype().isFloatingPoint()).toList()) {
                assertArrayEquals(a.floats(t), b.floats(b.tensor(t.name())),
                        t.name() + ": the checkpoint resumes into the result the roomy run wrote");
            }
        }
    }

    /** Sets this process's soft file size limit ("unlimited" or bytes) and returns the one it had. */
    private static String limitFileSize(Object limit) throws Exception {
        String pid = Long.toString(ProcessHandle.current().pid());
        String previous = prlimit("--pid", pid, "--fsize", "--output=SOFT", "--noheadings").trim();
        prlimit("--pid", pid, "--fsize=" + limit + ":");
        return previous;
    }

    private static String prlimit(String... arguments) throws Exception {
        List<String> command = Stream.concat(Stream.of(PRLIMIT.toString()), Stream.of(arguments)).toList();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), command + ": " + output);
        return output;
    }
}
