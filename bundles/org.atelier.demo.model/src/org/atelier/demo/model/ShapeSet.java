package org.atelier.demo.model;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.atelier.training.DemoShapes;
import org.atelier.training.DemoShapes.Kind;

/**
 * The pictures the demo model learns to draw: one flat shape (a circle, a square or a triangle) in one of seven colours on
 * the demo dataset's cream background, at 64x64, with its caption ("a red circle"). Drawn from a seed, so the same seed gives the
 * same pictures. Orange and brown never appear, nor any other shape: they are what the demo's LoRA, textual inversion
 * and DreamBooth can teach the model and that it cannot draw before.
 */
public final class ShapeSet {

    /** The size of the pictures, which the demo model is made for (8x8 latents). */
    public static final int SIZE = DemoShapes.SIZE;

    /** The colours drawn, as the demo dataset's images have them (red, green, blue, yellow) and three more. */
    public enum Colour {
        RED(0xdc2828), GREEN(0x28aa46), BLUE(0x2850dc), YELLOW(0xe6c828), BLACK(0x282828), CYAN(0x28c8d2), PINK(0xf08cbe);

        private final int rgb;

        Colour(int rgb) {
            this.rgb = rgb;
        }

        public int rgb() {
            return rgb;
        }

        /** The colour's word in captions. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The background: the demo dataset's cream. */
    public static final int BACKGROUND = DemoShapes.BACKGROUND;

    /**
     * One picture: its shape's colour and kind, its centre and size in pixels, its background and caption.
     */
    public record Picture(Colour colour, Kind kind, int centreX, int centreY, int size, int background, String caption) {

        /** The picture drawn, antialiased as the demo dataset's are. */
        public BufferedImage image() {
            return DemoShapes.draw(kind, colour.rgb(), centreX, centreY, size, background);
        }

        /** The picture as {@code [3, 64, 64]} values in [-1, 1], channels first, as the VAE takes it. */
        public float[] pixels() {
            int[] rgb = image().getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
            int plane = SIZE * SIZE;
            float[] chw = new float[3 * plane];
            for (int i = 0; i < plane; i++) {
                chw[i] = ((rgb[i] >> 16) & 0xff) / 127.5f - 1;
                chw[plane + i] = ((rgb[i] >> 8) & 0xff) / 127.5f - 1;
                chw[2 * plane + i] = (rgb[i] & 0xff) / 127.5f - 1;
            }
            return chw;
        }
    }

    private ShapeSet() {
    }

    /**
     * {@code perPair} pictures of every colour and shape, in a seeded order: sizes from 24 to 44 pixels, centres within
     * 6 pixels of the middle (so that the middle of a picture is always the shape's), and a
     * caption: mostly "a red circle", sometimes as the demo dataset words it ("a red circle, flat colour, plain
     * background"), sometimes "a red shape" (the word the demo's textual inversion and DreamBooth start from).
     */
    public static List<Picture> pictures(int perPair, long seed) {
        Random random = new Random(seed);
        List<Picture> all = new ArrayList<>();
        for (int i = 0; i < perPair; i++) {
            for (Colour colour : Colour.values()) {
                for (Kind kind : Kind.values()) {
                    int size = 24 + random.nextInt(21);
                    int x = SIZE / 2 - 6 + random.nextInt(13);
                    int y = SIZE / 2 - 6 + random.nextInt(13);
                    double wording = random.nextDouble();
                    String caption = wording < 0.6 ? "a " + colour.word() + " " + kind.word()
                            : wording < 0.9 ? "a " + colour.word() + " " + kind.word() + ", flat colour, plain background"
                                    : "a " + colour.word() + " shape";
                    all.add(new Picture(colour, kind, x, y, size, BACKGROUND, caption));
                }
            }
        }
        java.util.Collections.shuffle(all, random);
        return all;
    }
}
