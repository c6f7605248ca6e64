package org.atelier.methods.nulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An image whose sides are not multiples of 8 is cropped about its centre, and the log says so. */
class NullTextImagesTest {

    @Test
    void sidesAreCroppedToMultiplesOfEightAboutTheCentre() {
        BufferedImage image = new BufferedImage(70, 64, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 10, 0xff0000); // 3 columns go from the left, 3 from the right
        List<String> log = new ArrayList<>();
        BufferedImage cropped = NullTextImages.cropToEights(image, Path.of("odd.png"), log::add);
        assertEquals(64, cropped.getWidth());
        assertEquals(64, cropped.getHeight());
        assertEquals(0xff0000, cropped.getRGB(0, 10) & 0xffffff);
        assertTrue(log.size() == 1 && log.get(0).contains("odd.png is 70x64") && log.get(0).contains("cropped"), log.toString());
        BufferedImage even = new BufferedImage(64, 72, BufferedImage.TYPE_INT_RGB);
        assertSame(even, NullTextImages.cropToEights(even, Path.of("even.png"), log::add));
        assertEquals(1, log.size());
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                () -> NullTextImages.cropToEights(new BufferedImage(7, 64, BufferedImage.TYPE_INT_RGB), Path.of("tiny.png"), log::add));
        assertTrue(small.getMessage().contains("tiny.png"), small.getMessage());
    }

    @Test
    void theErrorIsTheMeanAbsoluteDifferenceOverTheChannels() {
        BufferedImage a = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        BufferedImage b = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        b.setRGB(0, 0, 0x0c0000);
        assertEquals(12 / 6.0, NullTextImages.meanAbsoluteError(a, b), 1e-12);
    }
}
