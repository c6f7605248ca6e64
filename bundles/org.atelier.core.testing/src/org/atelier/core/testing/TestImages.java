package org.atelier.core.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Image files for the tests: flat shapes, as the demo's dataset draws them. */
public final class TestImages {

    private TestImages() {
    }

    /** A PNG of a coloured disc or square on white, {@code w x h}; its folders are made. */
    public static void shape(Path file, int w, int h, Color color, boolean disc) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(color);
        if (disc) {
            g.fillOval(w / 4, h / 4, w / 2, h / 2);
        } else {
            g.fillRect(w / 4, h / 4, w / 2, h / 2);
        }
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }
}
