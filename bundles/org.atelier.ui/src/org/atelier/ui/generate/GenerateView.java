package org.atelier.ui.generate;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.atelier.common.ProcessMemory;
import org.atelier.diffusion.MemoryEstimate;
import org.atelier.diffusion.Png;
import org.atelier.diffusion.sample.Sampler;
import org.atelier.diffusion.worker.WorkerProtocol;
import org.atelier.ui.AtelierUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Generates images from a base model: prompt, negative prompt, steps, CFG scale, sampler, seed and size, as
 * {@code atelier generate} takes them. The model is loaded and computed in a worker process, never in the workbench,
 * and stays loaded there between generations of the same model; a worker that dies is named in the status line and
 * replaced at the next generation. A generation is a cancellable job with a step of progress per sampling step. Each
 * image is written, with AUTOMATIC1111's parameters, into the project's {@code generated/} folder and shown here.
 * The tokenizer folder a checkpoint needs is remembered as a preference.
 */
public final class GenerateView extends ViewPart {

    public static final String ID = "org.atelier.ui.views.generate";

    /** The family of generation jobs (tests wait for them). */
    public static final Object FAMILY = new Object();

    /** The preference holding the CLIP tokenizer folder. */
    public static final String TOKENIZER_PREFERENCE = org.atelier.ui.AtelierPreferences.TOKENIZER;

    private IProject project;
    private Path model;
    private Label modelLabel;
    private Text prompt;
    private Text negative;
    private Spinner steps;
    private Text cfg;
    private Combo sampler;
    private Text seed;
    private Spinner width;
    private Spinner height;
    private Text tokenizer;
    private Text hypernetwork;
    private Text hypernetworkStrength;
    private Text customDiffusion;
    private Text customDiffusionStrength;
    private Button generate;
    private Label status;
    private Canvas canvas;
    private Image image;
    private Path lastFile;

    /** The worker process that generates, made when the view opens and started at the first generation. */
    private GenerationWorker worker;
    private Job running;
    /** Kept for the generation job, which may end after the view's widgets are gone. */
    private Display display;

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        worker = new GenerationWorker(AtelierUi.getDefault().getStateLocation().toFile().toPath().resolve("generate-worker.log"));
        parent.setLayout(new GridLayout(1, false));
        modelLabel = new Label(parent, SWT.WRAP);
        modelLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        modelLabel.setText("No model: choose Generate Images on a base model in the Training Projects view.");

        Composite form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(6, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        prompt = labelled(form, "Prompt:", SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 5, 48);
        negative = labelled(form, "Negative:", SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 5, 32);

        new Label(form, SWT.NONE).setText("Steps:");
        steps = spinner(form, 1, 150, 20, 1);
        new Label(form, SWT.NONE).setText("CFG scale:");
        cfg = new Text(form, SWT.BORDER);
        cfg.setText("7");
        cfg.setLayoutData(new GridData(40, SWT.DEFAULT));
        new Label(form, SWT.NONE).setText("Sampler:");
        sampler = new Combo(form, SWT.READ_ONLY);
        for (Sampler s : Sampler.values()) {
            sampler.add(s.label());
        }
        sampler.select(Sampler.EULER_ANCESTRAL.ordinal());

        new Label(form, SWT.NONE).setText("Width:");
        width = spinner(form, 64, 2048, 512, 64);
        new Label(form, SWT.NONE).setText("Height:");
        height = spinner(form, 64, 2048, 512, 64);
        new Label(form, SWT.NONE).setText("Seed:");
        seed = new Text(form, SWT.BORDER);
        seed.setMessage("random");
        seed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        new Label(form, SWT.NONE).setText("Tokenizer:");
        tokenizer = new Text(form, SWT.BORDER);
        tokenizer.setMessage("a CLIP tokenizer folder (vocab.json, merges.txt); a diffusers model has its own");
        tokenizer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        tokenizer.setText(InstanceScope.INSTANCE.getNode(AtelierUi.PLUGIN_ID).get(TOKENIZER_PREFERENCE,
                System.getenv().getOrDefault("ATELIER_TOKENIZER", "")));
        Button browse = new Button(form, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
            dialog.setMessage("The folder of CLIP's tokenizer (vocab.json and merges.txt)");
            String chosen = dialog.open();
            if (chosen != null) {
                tokenizer.setText(chosen);
            }
        });

        Text[] row = fileAndStrength(form, "Hypernetwork:", "none (an AUTOMATIC1111 hypernetwork, .pt)", () -> {
            FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.pt" });
            return dialog.open();
        });
        hypernetwork = row[0];
        hypernetworkStrength = row[1];
        row = fileAndStrength(form, "Custom Diffusion:", "none (diffusers' output folder: its weights and <token>.safetensors)",
                () -> {
                    DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
                    dialog.setMessage("A Custom Diffusion output folder (pytorch_custom_diffusion_weights.safetensors)");
                    return dialog.open();
                });
        customDiffusion = row[0];
        customDiffusionStrength = row[1];

        Composite actions = new Composite(parent, SWT.NONE);
        actions.setLayout(new GridLayout(2, false));
        actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        generate = new Button(actions, SWT.PUSH);
        generate.setText("Generate");
        generate.addListener(SWT.Selection, e -> generate());
        status = new Label(actions, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.addPaintListener(e -> paint(e.gc));
        update();
    }

    private static Text labelled(Composite form, String label, int style, int span, int heightHint) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, style);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        data.heightHint = heightHint;
        text.setLayoutData(data);
        return text;
    }

    private static Spinner spinner(Composite form, int min, int max, int value, int increment) {
        Spinner spinner = new Spinner(form, SWT.BORDER);
        spinner.setValues(value, min, max, 0, increment, increment * 4);
        return spinner;
    }

    /** Generates from {@code file} (a checkpoint or a diffusers folder) of {@code owner}, into its generated/ folder. */
    public void setModel(IProject owner, Path file, String label) {
        this.project = owner;
        this.model = file;
        modelLabel.setText(label + "  (" + file + ")");
        modelLabel.getParent().layout(true, true);
        update();
    }

    public Path model() {
        return model;
    }

    /** The controls tests fill in as a user would. */
    public Text prompt() {
        return prompt;
    }

    public Text negative() {
        return negative;
    }

    public Spinner steps() {
        return steps;
    }

    public Spinner widthField() {
        return width;
    }

    public Spinner heightField() {
        return height;
    }

    public Text seed() {
        return seed;
    }

    public Text tokenizer() {
        return tokenizer;
    }

    public Combo sampler() {
        return sampler;
    }

    /**
     * A row of the form: a label, a file or folder's field with {@code message} when empty, its strength (1) and a
     * Browse button that asks {@code choose}; returns the field and the strength.
     */
    private static Text[] fileAndStrength(Composite form, String label, String message,
            java.util.function.Supplier<String> choose) {
        new Label(form, SWT.NONE).setText(label);
        Text file = new Text(form, SWT.BORDER);
        file.setMessage(message);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(form, SWT.NONE).setText("Strength:");
        Text strength = new Text(form, SWT.BORDER);
        strength.setText("1");
        strength.setLayoutData(new GridData(40, SWT.DEFAULT));
        Button browse = new Button(form, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            String chosen = choose.get();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        return new Text[] { file, strength };
    }

    public Text hypernetwork() {
        return hypernetwork;
    }

    public Text hypernetworkStrength() {
        return hypernetworkStrength;
    }

    public Text customDiffusion() {
        return customDiffusion;
    }

    public Text customDiffusionStrength() {
        return customDiffusionStrength;
    }

    public Button generateButton() {
        return generate;
    }

    public String status() {
        return status.getText();
    }

    /** The image shown, or null. */
    public Image image() {
        return image;
    }

    /** The PNG of the image shown, or null. */
    public Path lastFile() {
        return lastFile;
    }

    /** The process id of the generation worker, -1 while there is none (for tests). */
    public long workerPid() {
        return worker.pid();
    }

    /** The steps done of the generation running, or of the last one (for tests). */
    public int stepsDone() {
        return worker.stepsDone();
    }

    private void update() {
        generate.setEnabled(model != null && running == null);
    }

    /** Starts a generation with what the form says; says in the status line what is wrong with it instead. */
    public void generate() {
        if (model == null || running != null) {
            return;
        }
        WorkerProtocol.Generate request;
        long seedValue;
        try {
            seedValue = seed.getText().isBlank() ? new java.security.SecureRandom().nextInt(Integer.MAX_VALUE)
                    : Long.parseLong(seed.getText().trim());
            float cfgValue = Float.parseFloat(cfg.getText().trim());
            String tokenizerText = tokenizer.getText().trim();
            keepTokenizer(tokenizerText);
            Path target = projectFolder().resolve("generated").resolve(
                    LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + seedValue + ".png");
            String hypernetworkText = hypernetwork.getText().trim();
            String customText = customDiffusion.getText().trim();
            WorkerProtocol.Adapters adapters = new WorkerProtocol.Adapters(
                    hypernetworkText.isEmpty() ? null : Path.of(hypernetworkText),
                    Float.parseFloat(hypernetworkStrength.getText().trim()), customText.isEmpty() ? null : Path.of(customText),
                    Float.parseFloat(customDiffusionStrength.getText().trim()));
            request = new WorkerProtocol.Generate(0, model, tokenizerText.isEmpty() ? null : Path.of(tokenizerText),
                    prompt.getText(), negative.getText(), steps.getSelection(), cfgValue,
                    Sampler.values()[sampler.getSelectionIndex()].id(), seedValue, width.getSelection() / 8 * 8,
                    height.getSelection() / 8 * 8, target, adapters);
        } catch (NumberFormatException e) {
            say("The seed, the CFG scale and the hypernetwork's and Custom Diffusion's strengths are numbers", true);
            return;
        }
        say("Generating (seed " + seedValue + ")...", false);
        running = new Job("Generating an image from " + model.getFileName()) {
            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return runGeneration(request, monitor);
            }
        };
        running.setUser(true);
        running.schedule();
        update();
    }

    private void keepTokenizer(String folder) {
        InstanceScope.INSTANCE.getNode(AtelierUi.PLUGIN_ID).put(TOKENIZER_PREFERENCE, folder);
        try {
            InstanceScope.INSTANCE.getNode(AtelierUi.PLUGIN_ID).flush();
        } catch (BackingStoreException e) {
            AtelierUi.log("Could not keep the tokenizer preference", e);
        }
    }

    private Path projectFolder() {
        return org.atelier.ui.workspace.TrainingWorkspace.path(project);
    }

    /**
     * Checks the memory from the model's shapes (no compute, so here), then has the worker generate. Whatever goes
     * wrong is said in the status line, not in a dialog: a generation that did not work is not an error of the
     * workbench.
     */
    private IStatus runGeneration(WorkerProtocol.Generate request, IProgressMonitor monitor) {
        monitor.beginTask("Generating", request.steps());
        try {
            MemoryEstimate.Check check = MemoryEstimate.forGeneration(request.model(), request.width(), request.height(), 0,
                    ProcessMemory.physical());
            if (check.refusal() != null) {
                finish(null, null, check.refusal(), true);
                return Status.OK_STATUS;
            }
            GenerationWorker.Outcome outcome = worker.generate(request, monitor);
            if (outcome.ending() != GenerationWorker.Ending.MADE) {
                finish(null, null, outcome.message(), outcome.ending() == GenerationWorker.Ending.FAILED);
                return outcome.ending() == GenerationWorker.Ending.CANCELLED ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
            BufferedImage image = Png.read(outcome.file());
            project.getFolder("generated").refreshLocal(IResource.DEPTH_ONE, null);
            finish(image, outcome.file(), String.format(Locale.ROOT, "Seed %d, %.1f s: %s", outcome.seed(), outcome.seconds(),
                    projectFolder().relativize(outcome.file())), false);
            return Status.OK_STATUS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(null, null, "Cancelled", false);
            return Status.CANCEL_STATUS;
        } catch (java.io.IOException | CoreException | IllegalArgumentException e) {
            finish(null, null, e.getMessage(), true);
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    /** Back on the UI thread: the image (when one was made), the status, the button. */
    private void finish(BufferedImage made, Path file, String message, boolean error) {
        ImageData data = made == null ? null : org.atelier.ui.SwtImages.of(made);
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            running = null;
            if (canvas.isDisposed()) {
                return;
            }
            if (data != null) {
                if (image != null) {
                    image.dispose();
                }
                image = new Image(canvas.getDisplay(), data);
                lastFile = file;
                canvas.redraw();
            }
            say(message, error);
            update();
        });
    }

    private void say(String message, boolean error) {
        status.setText(message == null ? "" : message);
        status.setForeground(error ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        status.getParent().layout(true, true);
    }

    /** The image scaled to fit, centred, never enlarged more than the space allows. */
    private void paint(GC gc) {
        if (image == null) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        Rectangle size = image.getBounds();
        double scale = Math.min((double) area.width / size.width, (double) area.height / size.height);
        int w = (int) (size.width * scale);
        int h = (int) (size.height * scale);
        if (w <= 0 || h <= 0) {
            return;
        }
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(image, 0, 0, size.width, size.height, (area.width - w) / 2, (area.height - h) / 2, w, h);
    }

    @Override
    public void setFocus() {
        prompt.setFocus();
    }

    @Override
    public void dispose() {
        // the worker first: a generation then ends within seconds, not at the end of a step that may take a minute
        if (worker != null) {
            worker.close();
        }
        Job job = running;
        if (job != null) {
            job.cancel();
            try {
                job.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (image != null) {
            image.dispose();
        }
        super.dispose();
    }
}
