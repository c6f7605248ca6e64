package org.atelier.ui.run;

import java.awt.image.BufferedImage;

import org.atelier.ui.SwtImages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A chart drawn to fit the canvas: rendered when first painted at a size and kept until the size or the chart
 * changes ({@link #refresh}).
 */
final class ChartCanvas {

    /** Draws the chart at a size; null when there is nothing to draw yet. */
    interface Drawing {
        BufferedImage draw(int width, int height);
    }

    private final Canvas canvas;
    private final Drawing chart;
    private Image image;

    ChartCanvas(Composite parent, Drawing chart) {
        this.chart = chart;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> refresh());
        canvas.addListener(SWT.Dispose, e -> forget());
    }

    Canvas control() {
        return canvas;
    }

    /** The chart as drawn last (null before the first drawing). */
    Image image() {
        return image;
    }

    /** Draws the chart again: its data or settings changed. */
    void refresh() {
        forget();
        canvas.redraw();
    }

    private void forget() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        if (area.width < 10 || area.height < 10) {
            return;
        }
        if (image == null) {
            BufferedImage drawn = chart.draw(area.width, area.height);
            if (drawn == null) {
                return;
            }
            image = new Image(canvas.getDisplay(), SwtImages.of(drawn));
        }
        gc.drawImage(image, 0, 0);
    }
}
