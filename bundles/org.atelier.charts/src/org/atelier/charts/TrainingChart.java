package org.atelier.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import org.atelier.core.runs.Metrics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of training runs, drawn by JFreeChart: a run's loss (as logged, faint, and smoothed), its validation loss
 * and its learning rate on an axis of its own; or several runs' smoothed and validation losses overlaid. Rendered to
 * images, so the workbench and the comparison report draw them alike, with or without a display.
 */
public final class TrainingChart {

    public static final String LOSS = "loss";
    public static final String VALIDATION = "validation_loss";
    public static final String LEARNING_RATE = "lr";

    /** Colours of overlaid runs, told apart also in grey (Tableau's ten). */
    private static final Color[] RUN_COLOURS = { new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759),
            new Color(0x76B7B2), new Color(0x59A14F), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7),
            new Color(0x9C755F), new Color(0xBAB0AC) };

    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] { 6f, 4f }, 0f);

    private TrainingChart() {
    }

    /**
     * TensorBoard's smoothing: an exponential moving average of weight {@code weight} (0 leaves the values, 0.99
     * smooths much), debiased so the first values are not pulled towards zero.
     */
    public static double[] smooth(double[] values, double weight) {
        double[] smoothed = new double[values.length];
        double last = 0;
        double debias = 1;
        for (int i = 0; i < values.length; i++) {
            last = last * weight + (1 - weight) * values[i];
            debias *= weight;
            smoothed[i] = weight == 0 ? values[i] : last / (1 - debias);
        }
        return smoothed;
    }

    /** The steps and values of one metric, where logged. */
    static XYSeries series(String name, List<Metrics.Row> rows, String metric) {
        XYSeries series = new XYSeries(name, false, true);
        for (Metrics.Row row : rows) {
            Double value = row.values().get(metric);
            if (value != null && Double.isFinite(value)) {
                series.add(row.step(), value);
            }
        }
        return series;
    }

    private static XYSeries smoothed(String name, XYSeries raw, double weight) {
        double[] values = new double[raw.getItemCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = raw.getY(i).doubleValue();
        }
        double[] smooth = smooth(values, weight);
        XYSeries series = new XYSeries(name, false, true);
        for (int i = 0; i < smooth.length; i++) {
            series.add(raw.getX(i), smooth[i]);
        }
        return series;
    }

    /** One run: loss as logged and smoothed, validation loss, and the learning rate on the right. */
    public static JFreeChart run(List<Metrics.Row> rows, double smoothing) {
        XYSeries loss = series("loss", rows, LOSS);
        XYSeriesCollection losses = new XYSeriesCollection();
        losses.addSeries(loss);
        losses.addSeries(smoothed("loss, smoothed " + smoothing, loss, smoothing));
        losses.addSeries(series("validation loss", rows, VALIDATION));
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, new Color(0x4E79A7, false).brighter());
        lines.setSeriesStroke(0, new BasicStroke(1f));
        lines.setSeriesPaint(1, new Color(0x1F4E79));
        lines.setSeriesStroke(1, new BasicStroke(2.2f));
        lines.setSeriesPaint(2, new Color(0xE15759));
        lines.setSeriesStroke(2, new BasicStroke(2f));
        lines.setSeriesShapesVisible(2, true);
        NumberAxis steps = new NumberAxis("step");
        steps.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis lossAxis = new NumberAxis("loss");
        lossAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(losses, steps, lossAxis, lines);

        XYSeriesCollection rates = new XYSeriesCollection(series("learning rate", rows, LEARNING_RATE));
        if (rates.getSeries(0).getItemCount() > 0) {
            NumberAxis rateAxis = new NumberAxis("learning rate");
            rateAxis.setAutoRangeIncludesZero(true);
            plot.setRangeAxis(1, rateAxis);
            plot.setDataset(1, rates);
            plot.mapDatasetToRangeAxis(1, 1);
            XYLineAndShapeRenderer rate = new XYLineAndShapeRenderer(true, false);
            rate.setSeriesPaint(0, new Color(0x59A14F));
            rate.setSeriesStroke(0, DASHED);
            plot.setRenderer(1, rate);
        }
        return styled(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }

    /** Several runs overlaid by name: each one's smoothed loss (solid) and validation loss (dashed, marked). */
    public static JFreeChart compare(Map<String, List<Metrics.Row>> runs, double smoothing) {
        XYSeriesCollection all = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        int index = 0;
        int run = 0;
        for (Map.Entry<String, List<Metrics.Row>> e : runs.entrySet()) {
            Color colour = RUN_COLOURS[run++ % RUN_COLOURS.length];
            XYSeries loss = series(e.getKey(), e.getValue(), LOSS);
            if (loss.getItemCount() > 0) {
                all.addSeries(smoothed(e.getKey() + " loss", loss, smoothing));
                lines.setSeriesPaint(index, colour);
                lines.setSeriesStroke(index++, new BasicStroke(2f));
            }
            XYSeries validation = series(e.getKey() + " validation", e.getValue(), VALIDATION);
            if (validation.getItemCount() > 0) {
                all.addSeries(validation);
                lines.setSeriesPaint(index, colour);
                lines.setSeriesShapesVisible(index, true);
                lines.setSeriesStroke(index++, DASHED);
            }
        }
        NumberAxis steps = new NumberAxis("step");
        steps.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis lossAxis = new NumberAxis("loss");
        lossAxis.setAutoRangeIncludesZero(false);
        return styled(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, new XYPlot(all, steps, lossAxis, lines), true));
    }

    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        }
        return chart;
    }

    /** The chart drawn into an image of {@code width x height}. */
    public static BufferedImage render(JFreeChart chart, int width, int height) {
        return chart.createBufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB, null);
    }
}
