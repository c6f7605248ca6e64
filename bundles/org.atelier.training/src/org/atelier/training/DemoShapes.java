package org.atelier.training;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.atelier.common.AtomicFiles;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.datasets.Datasets;

/**
 * The flat shapes of the demo: one circle, square or triangle in one colour on the demo dataset's cream, at 64x64, as
 * the demo model learnt to draw them ({@code org.atelier.demo.model}) and as the methods' demos show it what it does not
 * know yet (a colour or a subject of their own), in datasets written here.
 */
public final class DemoShapes {

    /** The size of the pictures: the demo model's (8x8 latents). */
    public static final int SIZE = 64;

    /** The background: the demo dataset's cream. */
    public static final int BACKGROUND = 0xf5f0e6;

    /** The shapes drawn. */
    public enum Kind {
        CIRCLE, SQUARE, TRIANGLE;

        /** The shape's word in captions. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A shape of colour {@code rgb} centred at ({@code centreX}, {@code centreY}), {@code size} pixels wide, on
     * {@code background}, and its caption.
     */
    public record Shape(Kind kind, int rgb, int centreX, int centreY, int size, String caption, int background) {

        /** The shape on the demo's cream. */
        public Shape(Kind kind, int rgb, int centreX, int centreY, int size, String caption) {
            this(kind, rgb, centreX, centreY, size, caption, BACKGROUND);
        }

        public BufferedImage image() {
            return draw(kind, rgb, centreX, centreY, size, background);
        }
    }

    /** Where the six pictures of a demo dataset have their shape: centre x, centre y, size. */
    private static final int[][] PLACES = { { 32, 32, 40 }, { 28, 34, 30 }, { 34, 30, 36 }, { 30, 30, 44 }, { 36, 34, 28 },
            { 32, 28, 34 } };

    private DemoShapes() {
    }

    /** A {@link #SIZE}-pixel picture of one antialiased shape on {@code background}. */
    public static BufferedImage draw(Kind kind, int rgb, int centreX, int centreY, int size, int background) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(background));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(new Color(rgb));
            int left = centreX - size / 2;
            int top = centreY - size / 2;
            switch (kind) {
            case CIRCLE -> g.fillOval(left, top, size, size);
            case SQUARE -> g.fillRect(left, top, size, size);
            case TRIANGLE -> g.fillPolygon(new int[] { centreX, left, left + size }, new int[] { top, top + size, top + size }, 3);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes {@code shapes} as {@code shape0.png} with {@code shape0.txt} holding its caption, and so on, into the
     * project's {@code datasets/<id>/<folder>} ({@code folder} empty: {@code datasets/<id>}; named as kohya's
     * {@code 10_orange}: ten repeats) and adds the dataset of that folder to the project unless it has one of that id.
     */
    public static void addDataset(Path projectFolder, String id, String folderName, List<Shape> shapes) throws IOException {
        Path folder = projectFolder.resolve("datasets").resolve(id);
        if (!folderName.isEmpty()) {
            folder = folder.resolve(folderName);
        }
        Files.createDirectories(folder);
        for (int i = 0; i < shapes.size(); i++) {
            BufferedImage image = shapes.get(i).image();
            AtomicFiles.write(folder.resolve("shape" + i + ".png"), out -> ImageIO.write(image, "png", out));
            AtomicFiles.writeString(folder.resolve("shape" + i + ".txt"), shapes.get(i).caption());
        }
        try {
            if (ProjectStore.loadProject(ProjectStore.newResourceSet(), projectFolder).getDatasets().stream()
                    .noneMatch(d -> id.equals(d.getId()))) {
                Datasets.add(projectFolder, folder, id, SIZE);
            }
        } catch (ModelException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Six pictures of {@code colour} (two of each shape, in different sizes and places) captioned by {@code caption}
     * from the shape's word: what the methods' demos teach the demo model.
     */
    public static List<Shape> six(int colour, Function<Kind, String> caption) {
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < PLACES.length; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            shapes.add(new Shape(kind, colour, PLACES[i][0], PLACES[i][1], PLACES[i][2], caption.apply(kind)));
        }
        return List.copyOf(shapes);
    }

    /**
     * Six pictures of the demo model's own colours and shapes, captioned as it learnt them ("a red circle"), on
     * {@code background} instead of its cream: a style for a method's demo to teach.
     */
    public static List<Shape> sixOn(int background) {
        // the demo model's red, yellow, green, pink and cyan; blue is left for the samples to show the style carry over
        int[] colours = { 0xdc2828, 0xe6c828, 0x28aa46, 0xf08cbe, 0x28c8d2, 0xe6c828 };
        String[] words = { "red", "yellow", "green", "pink", "cyan", "yellow" };
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < PLACES.length; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            shapes.add(new Shape(kind, colours[i], PLACES[i][0], PLACES[i][1], PLACES[i][2], "a " + words[i] + " " + kind.word(),
                    background));
        }
        return List.copyOf(shapes);
    }
}
