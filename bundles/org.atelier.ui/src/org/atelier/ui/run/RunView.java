package org.atelier.ui.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.atelier.common.Thumbnails;
import org.atelier.charts.TrainingChart;
import org.atelier.core.model.TrainsInSteps;
import org.atelier.core.model.RunStatus;
import org.atelier.common.Durations;
import org.atelier.core.runs.Metrics;
import org.atelier.core.runs.Runs;
import org.atelier.core.runs.Samples;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.SwtImages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * A run as it goes and after: its status and progress with the time left, the chart of its loss (smoothed as the
 * user chooses), validation loss and learning rate, its latest sample images and the end of its log. Runs work in
 * processes of their own, so the view reads the run's folder: every second and a half while the folder changes, in
 * a job, never on the UI thread.
 */
public final class RunView extends ViewPart {

    public static final String ID = "org.atelier.ui.views.run";

    private static final int POLL_MILLIS = 1500;
    private static final int LOG_LINES = 200;
    /** Sample images shown: those of the latest steps, this many at most. */
    private static final int SAMPLES_SHOWN = 8;
    private static final int THUMBNAIL = 160;

    /** What the view shows of a run, read off the UI thread. */
    record Snapshot(Runs.RunInfo info, List<Metrics.Row> rows, List<Sample> samples, String log, long totalSteps) {
    }

    record Sample(String label, ImageData image) {
    }

    private Label heading;
    private Label status;
    private Scale smoothing;
    private Label smoothingValue;
    private ChartCanvas chart;
    private Composite samples;
    private ScrolledComposite samplesScroll;
    private Text log;

    private Path folder;
    private Snapshot shown;
    private final List<Image> sampleImages = new ArrayList<>();
    /** Thumbnails of the run's sample files, made once each (a sample file is written once, named by its step). */
    private final Map<Path, Sample> thumbnails = new ConcurrentHashMap<>();
    private long seen = Long.MIN_VALUE;
    private Job loading;

    /** Shows the run of {@code folder} in the Run view of {@code page}, opening and activating it if needed. */
    public static RunView show(IWorkbenchPage page, Path folder) throws PartInitException {
        return show(page, folder, IWorkbenchPage.VIEW_ACTIVATE);
    }

    /** As {@link #show(IWorkbenchPage, Path)}, with {@link IWorkbenchPage#VIEW_VISIBLE} to leave the focus where it is. */
    public static RunView show(IWorkbenchPage page, Path folder, int mode) throws PartInitException {
        RunView view = (RunView) page.showView(ID, null, mode);
        view.setRun(folder);
        return view;
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(3, false));
        heading = new Label(top, SWT.NONE);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        heading.setText("Open a run from the Training Projects view (double-click it)");
        status = new Label(top, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(top, SWT.NONE).setText("Smoothing");
        Composite smoothingBox = new Composite(top, SWT.NONE);
        smoothingBox.setLayout(new GridLayout(2, false));
        smoothing = new Scale(smoothingBox, SWT.HORIZONTAL);
        smoothing.setMinimum(0);
        smoothing.setMaximum(99);
        smoothing.setSelection(60);
        smoothing.setLayoutData(new GridData(140, SWT.DEFAULT));
        smoothingValue = new Label(smoothingBox, SWT.NONE);
        smoothingValue.setText("0.60");
        smoothing.addListener(SWT.Selection, e -> {
            smoothingValue.setText(String.format(Locale.ROOT, "%.2f", smoothing()));
            chart.refresh();
        });

        SashForm vertical = new SashForm(top, SWT.VERTICAL);
        vertical.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        chart = new ChartCanvas(vertical,
                (w, h) -> shown == null ? null : TrainingChart.render(TrainingChart.run(shown.rows(), smoothing()), w, h));
        SashForm bottom = new SashForm(vertical, SWT.HORIZONTAL);
        samplesScroll = new ScrolledComposite(bottom, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        samples = new Composite(samplesScroll, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        samples.setLayout(row);
        samplesScroll.setContent(samples);
        samplesScroll.setExpandHorizontal(true);
        samplesScroll.setExpandVertical(true);
        samplesScroll.addListener(SWT.Resize, e -> layoutSamples());
        log = new Text(bottom, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        log.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        bottom.setWeights(3, 2);
        vertical.setWeights(3, 2);
        poll();
    }

    /** Shows the run of {@code runFolder}. */
    public void setRun(Path runFolder) {
        this.folder = runFolder;
        this.seen = Long.MIN_VALUE;
        this.shown = null;
        thumbnails.clear();
        heading.setText(runFolder.getFileName().toString());
        status.setText("Reading the run...");
        load();
    }

    public Path run() {
        return folder;
    }

    /** The rows shown in the chart. */
    public List<Metrics.Row> rows() {
        return shown == null ? List.of() : shown.rows();
    }

    public String statusText() {
        return status.getText();
    }

    public int samplesShown() {
        return sampleImages.size();
    }

    public String logText() {
        return log.getText();
    }

    /** The chart as drawn last (null before the first drawing). */
    public Image chartImage() {
        return chart.image();
    }

    private double smoothing() {
        return smoothing.getSelection() / 100.0;
    }

    /** Every POLL_MILLIS: reads the run again when its folder changed since it was read. */
    private void poll() {
        if (chart.control().isDisposed()) {
            return;
        }
        if (folder != null && stamp(folder) != seen) {
            load();
        }
        chart.control().getDisplay().timerExec(POLL_MILLIS, this::poll);
    }

    /** When anything the view shows last changed: the latest modification among the run's files. */
    private static long stamp(Path folder) {
        long stamp = 0;
        for (String name : List.of("run.atelier", Metrics.FILE, "log.txt", Samples.FOLDER)) {
            try {
                stamp = Math.max(stamp, Files.getLastModifiedTime(folder.resolve(name)).toMillis());
            } catch (IOException e) {
                // not there yet
            }
        }
        return stamp;
    }

    private void load() {
        if (loading != null && loading.getState() != Job.NONE) {
            return;
        }
        Path target = folder;
        long stamp = stamp(target);
        loading = Job.create("Reading run " + target.getFileName(), (IProgressMonitor monitor) -> {
            try {
                Snapshot snapshot = read(target, thumbnails);
                if (!chart.control().isDisposed()) {
                    chart.control().getDisplay().asyncExec(() -> {
                        if (!chart.control().isDisposed() && target.equals(folder)) {
                            seen = stamp;
                            apply(snapshot);
                        }
                    });
                }
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException | org.atelier.core.project.ModelException e) {
                if (!chart.control().isDisposed()) {
                    chart.control().getDisplay().asyncExec(() -> {
                        if (!status.isDisposed()) {
                            status.setText("Cannot read " + target + ": " + e.getMessage());
                        }
                    });
                }
                return Status.OK_STATUS; // said in the view
            }
        });
        loading.setSystem(true);
        loading.schedule();
    }

    static Snapshot read(Path folder, Map<Path, Sample> thumbnails) throws IOException, org.atelier.core.project.ModelException {
        Runs.RunInfo info = Runs.read(folder);
        List<Metrics.Row> rows = Metrics.read(folder);
        String text = "";
        Path logFile = folder.resolve("log.txt");
        if (Files.isRegularFile(logFile)) {
            List<String> lines = Files.readAllLines(logFile);
            text = String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size()));
        }
        List<Sample> images = new ArrayList<>();
        List<Samples.Sample> files = Samples.list(folder);
        for (Samples.Sample file : files.subList(Math.max(0, files.size() - SAMPLES_SHOWN), files.size())) {
            Sample sample = thumbnails.get(file.file());
            if (sample == null) {
                java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.file().toFile());
                if (image == null) {
                    continue; // not an image ImageIO reads
                }
                sample = new Sample(file.label(), SwtImages.of(Thumbnails.of(image, THUMBNAIL)));
                thumbnails.put(file.file(), sample);
            }
            images.add(sample);
        }
        return new Snapshot(info, rows, images, text, totalSteps(info));
    }

    /** The steps the run trains for, from its configuration (0 when its method does not count steps). */
    private static long totalSteps(Runs.RunInfo info) {
        return info.run().getExperiment() != null && info.run().getExperiment().getConfig() instanceof TrainsInSteps config
                ? config.getSteps() : 0;
    }

    private void apply(Snapshot snapshot) {
        boolean newSamples = shown == null || !shown.samples().equals(snapshot.samples());
        shown = snapshot;
        heading.setText(snapshot.info().run().getId() + "  (" + snapshot.info().run().getExperiment().getName() + ", "
                + snapshot.info().run().getExperiment().getMethod() + ")");
        status.setText(describe(snapshot));
        if (!log.getText().equals(snapshot.log())) {
            log.setText(snapshot.log());
            log.setTopIndex(log.getLineCount());
        }
        if (newSamples) {
            showSamples(snapshot.samples());
        }
        chart.refresh();
        status.getParent().layout(true, true);
    }

    private void showSamples(List<Sample> list) {
        for (Image image : sampleImages) {
            image.dispose();
        }
        sampleImages.clear();
        for (org.eclipse.swt.widgets.Control child : samples.getChildren()) {
            child.dispose();
        }
        for (Sample sample : list) {
            Composite cell = new Composite(samples, SWT.NONE);
            cell.setLayout(new GridLayout(1, false));
            Image image = new Image(samples.getDisplay(), sample.image());
            sampleImages.add(image);
            new Label(cell, SWT.NONE).setImage(image);
            new Label(cell, SWT.NONE).setText(sample.label());
        }
        layoutSamples();
    }

    /** "Running: step 23 of 60 (loss 0.1234), 0.31 s a step, about 12 s left" and the like. */
    static String describe(Snapshot s) {
        RunStatus state = s.info().status();
        String text = state.getLiteral().substring(0, 1) + state.getLiteral().substring(1).toLowerCase(Locale.ROOT);
        List<Metrics.Row> rows = s.rows();
        Metrics.Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (last != null && s.totalSteps() > 0) {
            text += ": step " + last.step() + " of " + s.totalSteps();
            Double loss = last.values().get(TrainingChart.LOSS);
            if (loss != null) {
                text += String.format(Locale.ROOT, " (loss %.4f)", loss);
            }
            double[] seconds = rows.stream().skip(Math.max(0, rows.size() - 10)).map(r -> r.values().get("seconds"))
                    .filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
            if (seconds.length > 0) {
                double mean = java.util.Arrays.stream(seconds).average().orElse(0);
                text += ", " + Durations.words(mean) + " a step";
                if (state == RunStatus.RUNNING && last.step() < s.totalSteps()) {
                    text += ", about " + Durations.words(mean * (s.totalSteps() - last.step())) + " left";
                }
            }
        }
        java.time.Duration took = s.info().duration();
        if (took != null && state != RunStatus.RUNNING) {
            text += "; took " + Durations.words(took.toMillis() / 1000.0);
        }
        if (s.info().message() != null && !s.info().message().isBlank()) {
            text += " — " + s.info().message();
        }
        return text;
    }

    private void layoutSamples() {
        Rectangle area = samplesScroll.getClientArea();
        samplesScroll.setMinSize(samples.computeSize(Math.max(1, area.width), SWT.DEFAULT));
        samples.layout(true, true);
    }

    @Override
    public void setFocus() {
        chart.control().setFocus();
    }

    @Override
    public void dispose() {
        for (Image image : sampleImages) {
            image.dispose();
        }
        super.dispose();
    }
}
