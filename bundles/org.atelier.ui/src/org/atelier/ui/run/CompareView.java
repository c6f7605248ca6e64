package org.atelier.ui.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.charts.Comparison;
import org.atelier.common.Thumbnails;
import org.atelier.charts.TrainingChart;
import org.atelier.core.project.ModelException;
import org.atelier.ui.AtelierUi;
import org.atelier.ui.SwtImages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * Runs side by side: how each went, the settings that differ, their losses overlaid, and their samples lined up by
 * step and prompt; Save Report writes it all as one HTML file. The runs are read in a job.
 */
public final class CompareView extends ViewPart {

    public static final String ID = "org.atelier.ui.views.compare";

    private static final double SMOOTHING = 0.6;
    private static final int THUMBNAIL = 128;

    private Label status;
    private Table summary;
    private Table differences;
    private ChartCanvas chart;
    private Composite samples;
    private ScrolledComposite samplesScroll;
    private Action save;

    private Comparison shown;
    private final List<Image> sampleImages = new ArrayList<>();

    /** Shows the runs of these folders side by side in the view of {@code page}. */
    public static CompareView show(IWorkbenchPage page, List<Path> folders) throws PartInitException {
        CompareView view = (CompareView) page.showView(ID);
        view.setRuns(folders);
        return view;
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        status = new Label(top, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Select two runs or more in the Training Projects view, then Compare Runs.");
        SashForm parts = new SashForm(top, SWT.VERTICAL);
        parts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm tables = new SashForm(parts, SWT.HORIZONTAL);
        summary = table(tables);
        differences = table(tables);
        chart = new ChartCanvas(parts, (w, h) -> shown == null ? null : TrainingChart.render(shown.chart(SMOOTHING), w, h));
        samplesScroll = new ScrolledComposite(parts, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        samples = new Composite(samplesScroll, SWT.NONE);
        samplesScroll.setContent(samples);
        samplesScroll.setExpandHorizontal(true);
        samplesScroll.setExpandVertical(true);
        parts.setWeights(2, 3, 3);

        save = new Action("Save Report...", AtelierUi.getDefault().getImageRegistry().getDescriptor(AtelierUi.IMG_RUN_SUCCEEDED)) {
            @Override
            public void run() {
                saveReport();
            }
        };
        save.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(save);
    }

    private static Table table(Composite parent) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        return table;
    }

    /** Reads the runs of these folders (in a job) and shows them. */
    public void setRuns(List<Path> folders) {
        status.setText("Reading " + folders.size() + " runs...");
        Job job = Job.create("Reading runs to compare", (IProgressMonitor monitor) -> {
            try {
                Comparison comparison = Comparison.of(folders);
                Map<String, List<ImageData>> thumbnails = thumbnails(comparison);
                if (!chart.control().isDisposed()) {
                    chart.control().getDisplay().asyncExec(() -> {
                        if (!chart.control().isDisposed()) {
                            apply(comparison, thumbnails);
                        }
                    });
                }
            } catch (IOException | ModelException | RuntimeException e) {
                if (!status.isDisposed()) {
                    status.getDisplay().asyncExec(() -> {
                        if (!status.isDisposed()) {
                            status.setText("Cannot compare: " + e.getMessage());
                        }
                    });
                }
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Each sample label's thumbnails, one per run (null where a run has none). */
    private static Map<String, List<ImageData>> thumbnails(Comparison comparison) throws IOException {
        Map<String, List<ImageData>> all = new LinkedHashMap<>();
        for (String label : comparison.sampleLabels()) {
            List<ImageData> row = new ArrayList<>();
            for (Comparison.Run run : comparison.runs()) {
                Path file = run.sample(label);
                java.awt.image.BufferedImage image = file == null ? null : javax.imageio.ImageIO.read(file.toFile());
                row.add(image == null ? null : SwtImages.of(Thumbnails.of(image, THUMBNAIL)));
            }
            all.put(label, row);
        }
        return all;
    }

    private void apply(Comparison comparison, Map<String, List<ImageData>> thumbnails) {
        shown = comparison;
        status.setText(comparison.runs().size() + " runs side by side; the settings that differ on the right.");
        List<String> runIds = comparison.runs().stream().map(Comparison.Run::id).toList();
        List<List<String>> summaryRows = comparison.runs().stream().map(Comparison::summary).toList();
        fill(summary, Comparison.SUMMARY, summaryRows);
        List<String> columns = new ArrayList<>(List.of("setting"));
        columns.addAll(runIds);
        List<List<String>> rows = new ArrayList<>();
        comparison.differences().forEach((setting, values) -> {
            List<String> row = new ArrayList<>(List.of(setting));
            row.addAll(values);
            rows.add(row);
        });
        fill(differences, columns, rows);
        showSamples(runIds, thumbnails);
        save.setEnabled(true);
        chart.refresh();
    }

    private static void fill(Table table, List<String> columns, List<List<String>> rows) {
        table.removeAll();
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        for (String name : columns) {
            new TableColumn(table, SWT.LEFT).setText(name);
        }
        for (List<String> row : rows) {
            new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    private void showSamples(List<String> runIds, Map<String, List<ImageData>> thumbnails) {
        sampleImages.forEach(Image::dispose);
        sampleImages.clear();
        for (Control child : samples.getChildren()) {
            child.dispose();
        }
        samples.setLayout(new GridLayout(runIds.size() + 1, false));
        new Label(samples, SWT.NONE);
        runIds.forEach(id -> new Label(samples, SWT.NONE).setText(id));
        thumbnails.forEach((label, row) -> {
            new Label(samples, SWT.NONE).setText(label);
            for (ImageData data : row) {
                Label cell = new Label(samples, SWT.NONE);
                if (data != null) {
                    Image image = new Image(samples.getDisplay(), data);
                    sampleImages.add(image);
                    cell.setImage(image);
                }
            }
        });
        samplesScroll.setMinSize(samples.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        samples.layout(true, true);
    }

    private void saveReport() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.html" });
        dialog.setFileName("comparison.html");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            saveReport(Path.of(chosen));
        }
    }

    /** Writes the report of the runs shown to {@code file}, in a job; returns it. */
    public Job saveReport(Path file) {
        Comparison comparison = shown;
        Job job = Job.create("Writing the comparison report " + file.getFileName(), (IProgressMonitor monitor) -> {
            try {
                comparison.writeHtml(file, SMOOTHING);
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Could not write " + file + ": " + e.getMessage(), e);
            }
        });
        job.schedule();
        return job;
    }

    /** The settings that differ as shown: a row per setting, its name then a value per run (for tests). */
    public List<List<String>> differencesShown() {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : differences.getItems()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < differences.getColumnCount(); i++) {
                row.add(item.getText(i));
            }
            rows.add(row);
        }
        return rows;
    }

    public int samplesShown() {
        return sampleImages.size();
    }

    public Image chartImage() {
        return chart.image();
    }

    @Override
    public void setFocus() {
        summary.setFocus();
    }

    @Override
    public void dispose() {
        sampleImages.forEach(Image::dispose);
        super.dispose();
    }
}
