package org.atelier.ui.datasets;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.atelier.datasets.ThumbnailStore;
import org.atelier.ui.SwtImages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * A grid of image thumbnails that stays quick on tens of thousands of images: it paints only the rows in view,
 * and asks for the thumbnails of those alone, in a background job (newest request first, requests scrolled out of
 * view dropped). Thumbnails come from a {@link ThumbnailStore} (decoded once, then kept on disk) and the last few
 * hundred are kept as images. Click, Ctrl+click and Shift+click select; arrows move; Ctrl+A selects all. A cell
 * can carry a badge (a warning), drawn in its corner and shown as its tooltip.
 */
public final class ThumbnailGrid extends Canvas {

    private static final int PAD = 6;
    private static final int CACHED = 400;

    private final ThumbnailStore store;
    private final int thumb;
    private final int cellWidth;
    private final int cellHeight;
    private List<Path> images = List.of();
    private Function<Path, String> badge = p -> null;
    private final BitSet selection = new BitSet();
    private int anchor = -1;
    private final List<Runnable> selectionListeners = new ArrayList<>();

    private final Map<Path, Image> cache = new LinkedHashMap<>(64, 0.75f, true);
    private final Set<Path> failed = new HashSet<>();
    private final Deque<Path> wanted = new ArrayDeque<>();
    private final Set<Path> pending = new HashSet<>();
    private volatile Set<Path> inView = Set.of();
    private int requests;
    private final Job loader;

    public ThumbnailGrid(Composite parent, ThumbnailStore store) {
        super(parent, SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.BORDER);
        this.store = store;
        this.thumb = store.size();
        this.cellWidth = thumb + 2 * PAD;
        this.cellHeight = thumb + 2 * PAD + textHeight();
        loader = Job.create("Loading thumbnails", this::load);
        loader.setSystem(true);
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> updateScrollBar());
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.KeyDown, this::keyDown);
        addListener(SWT.MouseHover, e -> {
            int index = indexAt(e.x, e.y);
            String text = index < 0 ? null : images.get(index).getFileName().toString();
            String warning = index < 0 ? null : badge.apply(images.get(index));
            setToolTipText(text == null ? null : warning == null ? text : text + "\n" + warning);
        });
        addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                e.doit = false; // the arrows move in the grid
            }
        });
        addListener(SWT.Dispose, e -> {
            loader.cancel();
            cache.values().forEach(Image::dispose);
            cache.clear();
        });
    }

    private int textHeight() {
        GC gc = new GC(this);
        try {
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    /**
     * Shows {@code images}; {@code badge} says what is wrong with one, or null. The selection is cleared, and the
     * grid goes back to the top, unless the images are those shown already.
     */
    public void setImages(List<Path> images, Function<Path, String> badge) {
        if (this.images.equals(images)) {
            setBadges(badge);
            return;
        }
        this.images = List.copyOf(images);
        this.badge = badge;
        selection.clear();
        anchor = -1;
        failed.clear();
        getVerticalBar().setSelection(0);
        updateScrollBar();
        redraw();
        fireSelection();
    }

    /** Redraws the badges (after captions changed). */
    public void setBadges(Function<Path, String> badge) {
        this.badge = badge;
        redraw();
    }

    public List<Path> images() {
        return images;
    }

    /** The selected images, in grid order. */
    public List<Path> selection() {
        return selection.stream().mapToObj(images::get).toList();
    }

    public void setSelection(List<Path> selected) {
        selection.clear();
        Set<Path> wantedSet = new HashSet<>(selected);
        for (int i = 0; i < images.size(); i++) {
            if (wantedSet.contains(images.get(i))) {
                selection.set(i);
                anchor = anchor < 0 ? i : anchor;
            }
        }
        if (!selection.isEmpty()) {
            reveal(selection.nextSetBit(0));
        }
        redraw();
        fireSelection();
    }

    public void addSelectionListener(Runnable listener) {
        selectionListeners.add(listener);
    }

    /** How many thumbnails the grid has asked for since it was made (it asks only for those it shows). */
    public int requests() {
        return requests;
    }

    private int columns() {
        return Math.max(1, getClientArea().width / cellWidth);
    }

    private void updateScrollBar() {
        ScrollBar bar = getVerticalBar();
        int rows = (images.size() + columns() - 1) / columns();
        int height = Math.max(1, getClientArea().height);
        bar.setValues(Math.min(bar.getSelection(), Math.max(0, rows * cellHeight - height)), 0, Math.max(rows * cellHeight, 1),
                Math.min(height, Math.max(rows * cellHeight, 1)), cellHeight / 3, height);
        redraw();
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = getClientArea();
        Color background = getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND);
        gc.setBackground(background);
        gc.fillRectangle(e.x, e.y, e.width, e.height);
        int columns = columns();
        int top = getVerticalBar().getSelection();
        int first = top / cellHeight * columns;
        int end = Math.min(images.size(), ((top + area.height) / cellHeight + 1) * columns);
        Set<Path> visible = new HashSet<>();
        for (int index = first; index < end; index++) {
            visible.add(images.get(index));
        }
        inView = visible; // before asking for thumbnails: the loader drops what is not in view
        for (int index = first; index < end; index++) {
            paintCell(gc, index, index % columns * cellWidth, index / columns * cellHeight - top);
        }
    }

    private void paintCell(GC gc, int index, int x, int y) {
        Path image = images.get(index);
        if (selection.get(index)) {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.fillRectangle(x + 1, y + 1, cellWidth - 2, cellHeight - 2);
        }
        Image picture = cache.get(image);
        if (picture != null) {
            Rectangle b = picture.getBounds();
            gc.drawImage(picture, x + PAD + (thumb - b.width) / 2, y + PAD + (thumb - b.height) / 2);
        } else {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawRectangle(x + PAD, y + PAD, thumb - 1, thumb - 1);
            if (failed.contains(image)) {
                gc.drawText("cannot be read", x + PAD + 4, y + PAD + thumb / 2, true);
            } else {
                request(image);
            }
        }
        String warning = badge.apply(image);
        if (warning != null) {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
            gc.fillPolygon(new int[] { x + cellWidth - PAD - 18, y + PAD, x + cellWidth - PAD, y + PAD, x + cellWidth - PAD, y + PAD + 18 });
        }
        gc.setForeground(getDisplay().getSystemColor(selection.get(index) ? SWT.COLOR_LIST_SELECTION_TEXT : SWT.COLOR_LIST_FOREGROUND));
        gc.drawText(fit(gc, image.getFileName().toString(), thumb), x + PAD, y + PAD + thumb + 2, true);
    }

    private static String fit(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String shorter = text;
        while (shorter.length() > 1 && gc.textExtent(shorter + "…").x > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "…";
    }

    private void request(Path image) {
        synchronized (wanted) {
            if (pending.add(image)) {
                wanted.addFirst(image);
                requests++;
            }
        }
        loader.schedule();
    }

    /** The loader: thumbnails of the images still in view, newest request first. */
    private IStatus load(IProgressMonitor monitor) {
        while (!monitor.isCanceled()) {
            Path image;
            synchronized (wanted) {
                image = wanted.pollFirst();
                if (image == null) {
                    return Status.OK_STATUS;
                }
                if (!inView.contains(image)) {
                    pending.remove(image); // asked again if it comes back into view
                    continue;
                }
            }
            ImageData data;
            try {
                data = SwtImages.of(store.get(image));
            } catch (Exception e) {
                data = null;
            }
            ImageData loaded = data;
            if (isDisposed()) {
                return Status.CANCEL_STATUS;
            }
            getDisplay().asyncExec(() -> loaded(image, loaded));
        }
        return Status.CANCEL_STATUS;
    }

    private void loaded(Path image, ImageData data) {
        synchronized (wanted) {
            pending.remove(image);
        }
        if (isDisposed()) {
            return;
        }
        if (data == null) {
            failed.add(image);
        } else {
            cache.put(image, new Image(getDisplay(), data));
            if (cache.size() > CACHED) {
                var eldest = cache.entrySet().iterator().next();
                eldest.getValue().dispose();
                cache.remove(eldest.getKey());
            }
        }
        redraw();
    }

    private int indexAt(int x, int y) {
        int column = x / cellWidth;
        if (column >= columns()) {
            return -1;
        }
        int index = (y + getVerticalBar().getSelection()) / cellHeight * columns() + column;
        return index < images.size() ? index : -1;
    }

    private void mouseDown(Event e) {
        setFocus();
        int index = indexAt(e.x, e.y);
        if (index < 0 || e.button != 1) {
            return;
        }
        select(index, (e.stateMask & SWT.MOD1) != 0, (e.stateMask & SWT.SHIFT) != 0);
    }

    private void select(int index, boolean toggle, boolean range) {
        if (range && anchor >= 0) {
            if (!toggle) {
                selection.clear();
            }
            selection.set(Math.min(anchor, index), Math.max(anchor, index) + 1);
        } else if (toggle) {
            selection.flip(index);
            anchor = index;
        } else {
            selection.clear();
            selection.set(index);
            anchor = index;
        }
        reveal(index);
        redraw();
        fireSelection();
    }

    private void keyDown(Event e) {
        if (images.isEmpty()) {
            return;
        }
        if ((e.stateMask & SWT.MOD1) != 0 && (e.character == 'a' || e.keyCode == 'a')) {
            selection.set(0, images.size());
            redraw();
            fireSelection();
            return;
        }
        int current = anchor < 0 ? 0 : anchor;
        int next = switch (e.keyCode) {
        case SWT.ARROW_LEFT -> current - 1;
        case SWT.ARROW_RIGHT -> current + 1;
        case SWT.ARROW_UP -> current - columns();
        case SWT.ARROW_DOWN -> current + columns();
        case SWT.HOME -> 0;
        case SWT.END -> images.size() - 1;
        default -> -1;
        };
        if (next >= 0 && next < images.size()) {
            select(next, false, (e.stateMask & SWT.SHIFT) != 0);
        }
    }

    /** Scrolls so that the cell of {@code index} is in view. */
    private void reveal(int index) {
        ScrollBar bar = getVerticalBar();
        int y = index / columns() * cellHeight;
        int height = getClientArea().height;
        if (y < bar.getSelection()) {
            bar.setSelection(y);
        } else if (y + cellHeight > bar.getSelection() + height) {
            bar.setSelection(y + cellHeight - height);
        }
    }

    private void fireSelection() {
        selectionListeners.forEach(Runnable::run);
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? cellWidth * 2 : wHint, hHint == SWT.DEFAULT ? cellHeight * 2 : hHint);
    }
}
