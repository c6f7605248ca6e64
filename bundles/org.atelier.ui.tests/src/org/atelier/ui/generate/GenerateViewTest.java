package org.atelier.ui.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atelier.diffusion.Png;
import org.atelier.tensors.DType;
import org.atelier.tensors.Pickle;
import org.atelier.tensors.TorchWriter;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.atelier.ui.UiTestSupport;
import org.atelier.ui.handlers.GenerateImagesHandler;
import org.atelier.ui.views.BaseModelElement;
import org.atelier.ui.views.ProjectsView;
import org.atelier.ui.workspace.TrainingWorkspace;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Generate view, opened from a base model in the navigator, generating from a tiny SD 1.x checkpoint in its
 * worker process: warm between images, cancelled, killed and replaced, and never loading PyTorch into the workbench.
 */
class GenerateViewTest {

    @TempDir
    Path folder;

    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        project = UiTestSupport.probeProject("generate-ui");
        Path model = TrainingWorkspace.path(project).resolve("models/tiny.safetensors");
        SyntheticCheckpoints.writeSafetensors(model, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 4);
    }

    @AfterEach
    void tearDown() throws Exception {
        GenerateView view = (GenerateView) UiTestSupport.page().findView(GenerateView.ID);
        long worker = view == null ? -1 : view.workerPid();
        if (view != null) {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(view);
        }
        UiTestSupport.delete(project);
        if (worker > 0) {
            // closing the view closes the worker's input, which ends it
            UiTestSupport.waitUntil(() -> "the worker " + worker + " to end with its view",
                    () -> ProcessHandle.of(worker).map(p -> !p.isAlive()).orElse(true), 30);
        }
    }

    @AfterAll
    static void theWorkbenchNeverLoadedPyTorch() throws Exception {
        assertEquals(List.of(), UiTestSupport.libtorchMapped(), "libtorch in the workbench's memory");
    }

    private Path tokenizer() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("tokenizer"));
        Files.writeString(dir.resolve("vocab.json"),
                "{\"c\":0,\"a\":1,\"t\":2,\"t</w>\":3,\"ca\":4,\"cat</w>\":5,\"<|startoftext|>\":6,\"<|endoftext|>\":7,\"a</w>\":8}");
        Files.writeString(dir.resolve("merges.txt"), "#version: 0.2\nc a\nca t</w>\n");
        return dir;
    }

    /** Selects the project's base model in the navigator and runs Generate Images on it. */
    private GenerateView openFromNavigator() throws Exception {
        ProjectsView projects = (ProjectsView) UiTestSupport.page().showView(ProjectsView.ID);
        projects.reveal(project);
        BaseModelElement[] found = new BaseModelElement[1];
        UiTestSupport.waitUntil("the base model in the navigator", () -> {
            projects.viewer().expandToLevel(3);
            for (TreeItem item : projects.viewer().getTree().getItems()) {
                find(item, found);
            }
            return found[0] != null;
        });
        projects.viewer().setSelection(new StructuredSelection(found[0]), true);
        projects.setFocus();
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        handlers.executeCommand(GenerateImagesHandler.COMMAND, null);
        GenerateView view = (GenerateView) UiTestSupport.page().findView(GenerateView.ID);
        assertNotNull(view, "the command opened the Generate view");
        return view;
    }

    private void find(TreeItem item, BaseModelElement[] found) {
        if (item.getData() instanceof BaseModelElement element && element.project().equals(project)) {
            found[0] = element;
        }
        for (TreeItem child : item.getItems()) {
            find(child, found);
        }
    }

    /** The form filled in for {@code steps} steps at {@code size}, seed 5, with the tokenizer. */
    private void fill(GenerateView view, int steps, int size) throws Exception {
        view.prompt().setText("a (cat:1.2)");
        view.negative().setText("a");
        view.steps().setSelection(steps);
        view.widthField().setSelection(size);
        view.heightField().setSelection(size);
        view.seed().setText("5");
        view.tokenizer().setText(tokenizer().toString());
    }

    /** Starts a long generation and waits until its worker has done a step of it. */
    private static void startLongGeneration(GenerateView view) {
        view.generate();
        UiTestSupport.waitUntil(() -> "a first step in the worker (" + view.status() + ")",
                () -> view.stepsDone() >= 1, 120);
    }

    private static void waitForTheEnd(GenerateView view) throws Exception {
        Job.getJobManager().join(GenerateView.FAMILY, null);
        UiTestSupport.waitUntil("the generation to end", () -> view.generateButton().isEnabled());
    }

    private static void generateAndWait(GenerateView view) throws Exception {
        assertTrue(view.generateButton().isEnabled());
        view.generate();
        Job.getJobManager().join(GenerateView.FAMILY, null);
        UiTestSupport.waitUntil("the generation to be shown", () -> view.generateButton().isEnabled());
    }

    @Test
    void aHypernetworkChosenInTheViewChangesTheImageAndIsRecorded() throws Exception {
        Path style = folder.resolve("style.pt");
        writeHypernetwork(style);
        GenerateView view = openFromNavigator();
        fill(view, 2, 64);
        generateAndWait(view);
        int[] plain = pixels(view.lastFile());
        view.hypernetwork().setText(style.toString());
        view.hypernetworkStrength().setText("0.8");
        generateAndWait(view);
        assertFalse(java.util.Arrays.equals(plain, pixels(view.lastFile())), "the hypernetwork changes the image: " + view.status());
        assertTrue(Png.parameters(view.lastFile()).contains(", Hypernet: style, Hypernet hash: ")
                && Png.parameters(view.lastFile()).endsWith(", Hypernet strength: 0.8"), Png.parameters(view.lastFile()));
        view.hypernetworkStrength().setText("strong");
        view.generate();
        assertTrue(view.status().contains("Custom Diffusion's strengths are numbers"), view.status());
    }

    @Test
    void customDiffusionChosenInTheViewIsAppliedAndRecorded() throws Exception {
        // diffusers' output folder for the tiny model: its first cross-attention's keys and values, and a token
        Path concept = Files.createDirectories(folder.resolve("concept"));
        String attn2 = "down_blocks.0.attentions.0.transformer_blocks.0.attn2.processor.";
        SyntheticCheckpoints.writeSafetensors(concept.resolve("pytorch_custom_diffusion_weights.safetensors"), List.of(
                new SdLayout.Entry(attn2 + "to_k_custom_diffusion.weight", new long[] { 32, 32 }),
                new SdLayout.Entry(attn2 + "to_v_custom_diffusion.weight", new long[] { 32, 32 })), DType.F32, 9);
        SyntheticCheckpoints.writeSafetensors(concept.resolve("<new1>.safetensors"),
                List.of(new SdLayout.Entry("<new1>", new long[] { 32 })), DType.F32, 9);
        GenerateView view = openFromNavigator();
        fill(view, 2, 64);
        view.customDiffusion().setText(concept.toString());
        generateAndWait(view);
        assertTrue(Png.parameters(view.lastFile()).endsWith(", Custom Diffusion: concept:1.0, Custom Diffusion tokens: <new1>"),
                Png.parameters(view.lastFile()));
        // what it does to an image is asserted where the tiny model's pixels show it (GenerateCommandTest, CustomDiffusionTest)
        view.customDiffusion().setText(folder.resolve("nowhere").toString());
        generateAndWait(view);
        assertTrue(view.status().contains("nowhere") && view.status().contains("no such file or folder"), view.status());
    }

    /**
     * AUTOMATIC1111's hypernetwork of {@code 1, 2, 1}, linear, for the tiny model's widths (32, 64, 128), written
     * with the plain-Java torch writer: the workbench computes nothing.
     */
    private static void writeHypernetwork(Path file) throws Exception {
        java.util.Random random = new java.util.Random(3);
        java.util.Map<Object, Object> root = new java.util.LinkedHashMap<>();
        for (long width : new long[] { 32, 64, 128 }) {
            List<Object> pair = new java.util.ArrayList<>();
            for (int module = 0; module < 2; module++) {
                java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
                long[][] shapes = { { 2 * width, width }, { 2 * width }, { width, 2 * width }, { width } };
                String[] keys = { "linear.0.weight", "linear.0.bias", "linear.1.weight", "linear.1.bias" };
                for (int i = 0; i < keys.length; i++) {
                    float[] values = new float[(int) java.util.Arrays.stream(shapes[i]).reduce(1, (a, b) -> a * b)];
                    for (int j = 0; j < values.length; j++) {
                        values[j] = (float) random.nextGaussian() * 0.5f;
                    }
                    state.put(keys[i], TorchWriter.Data.ofFloats(values, shapes[i], DType.F32));
                }
                pair.add(new TorchWriter.Ordered(state));
            }
            root.put(width, new Pickle.Tuple(pair));
        }
        root.put("name", "style");
        root.put("layer_structure", List.of(1.0, 2.0, 1.0));
        root.put("activation_func", "linear");
        TorchWriter.write(file, root);
    }

    @Test
    void aBaseModelGeneratesAnImageIntoTheProject() throws Exception {
        GenerateView view = openFromNavigator();
        assertEquals(TrainingWorkspace.path(project).resolve("models/tiny.safetensors"), view.model());
        view.prompt().setText("a (cat:1.2)");
        view.negative().setText("a");
        view.steps().setSelection(2);
        view.widthField().setSelection(64);
        view.heightField().setSelection(64);
        view.seed().setText("5");
        view.tokenizer().setText(tokenizer().toString());
        generateAndWait(view);
        assertNotNull(view.image(), "an image is shown: " + view.status());
        assertEquals(64, view.image().getBounds().width);
        Path png = view.lastFile();
        assertTrue(png.startsWith(TrainingWorkspace.path(project).resolve("generated")), png.toString());
        String parameters = Png.parameters(png);
        assertTrue(parameters.startsWith("a (cat:1.2)\nNegative prompt: a\nSteps: 2, Sampler: Euler a, CFG scale: 7, Seed: 5,"
                + " Size: 64x64"), parameters);
        assertTrue(view.status().startsWith("Seed 5, "), view.status());
        assertTrue(project.getFolder("generated").getFile(png.getFileName().toString()).exists(),
                "the workspace knows the new file");

        long worker = view.workerPid();
        assertTrue(worker > 0 && worker != ProcessHandle.current().pid(), "generated in a process of its own: " + worker);

        // the same seed again: the same pixels, from the model kept loaded in the same worker
        int[] first = pixels(png);
        generateAndWait(view);
        assertTrue(java.util.Arrays.equals(first, pixels(view.lastFile())), "the same seed, the same image");
        assertEquals(worker, view.workerPid(), "the same worker, warm");
        assertEquals(List.of(), UiTestSupport.libtorchMapped(), "the workbench loaded no PyTorch");
    }

    @Test
    void cancelStopsTheGenerationAndTheWorkerStaysWarm() throws Exception {
        GenerateView view = openFromNavigator();
        fill(view, 150, 256);
        startLongGeneration(view);
        long worker = view.workerPid();
        Job.getJobManager().cancel(GenerateView.FAMILY);
        waitForTheEnd(view);
        assertEquals("Cancelled", view.status());
        assertTrue(view.stepsDone() < 150, "stopped at step " + view.stepsDone());
        assertNull(view.image());
        assertFalse(Files.exists(TrainingWorkspace.path(project).resolve("generated")) && Files.list(
                TrainingWorkspace.path(project).resolve("generated")).findAny().isPresent(), "no image written");

        fill(view, 2, 64);
        generateAndWait(view);
        assertNotNull(view.image(), "the next generation works: " + view.status());
        assertTrue(view.status().startsWith("Seed 5, "), view.status());
        assertEquals(worker, view.workerPid(), "in the same worker");
    }

    @Test
    void aKilledWorkerIsNamedAndTheNextGenerationStartsAnother() throws Exception {
        GenerateView view = openFromNavigator();
        fill(view, 150, 256);
        startLongGeneration(view);
        long worker = view.workerPid();
        assertTrue(ProcessHandle.of(worker).orElseThrow().destroyForcibly(), "SIGKILL sent to " + worker);
        waitForTheEnd(view);
        assertTrue(view.status().startsWith("The generation worker stopped (exit code 137, killed) before the image was made;"
                + " the next generation starts a new one"), view.status());
        assertEquals(-1, view.workerPid(), "the dead worker is let go");
        assertNull(view.image());

        fill(view, 2, 64);
        generateAndWait(view);
        assertNotNull(view.image(), "the next generation works: " + view.status());
        assertTrue(view.workerPid() > 0 && view.workerPid() != worker, "a new worker: " + view.workerPid());
        assertEquals(List.of(), UiTestSupport.libtorchMapped(), "the workbench loaded no PyTorch");
    }

    @Test
    void closingTheViewMidGenerationEndsItAndItsWorker() throws Exception {
        GenerateView view = openFromNavigator();
        fill(view, 150, 256);
        startLongGeneration(view);
        long worker = view.workerPid();
        UiTestSupport.page().hideView(view);
        assertEquals(0, Job.getJobManager().find(GenerateView.FAMILY).length, "the generation ended with the view");
        UiTestSupport.waitUntil(() -> "the worker " + worker + " to end",
                () -> ProcessHandle.of(worker).map(p -> !p.isAlive()).orElse(true), 15);
    }

    @Test
    void withoutATokenizerItSaysWhatIsMissing() throws Exception {
        GenerateView view = openFromNavigator();
        view.tokenizer().setText("");
        view.steps().setSelection(1);
        view.widthField().setSelection(64);
        view.heightField().setSelection(64);
        generateAndWait(view);
        assertNull(view.image());
        assertTrue(view.status().contains("holds no tokenizer"), view.status());
    }

    private static int[] pixels(Path png) throws Exception {
        java.awt.image.BufferedImage image = Png.read(png);
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
