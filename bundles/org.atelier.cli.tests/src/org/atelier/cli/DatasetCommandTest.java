package org.atelier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code atelier dataset}: the demo's dataset described, and its captions edited in bulk. */
class DatasetCommandTest extends CliRunner {

    @Test
    void theDemoDatasetIsDescribedAndItsTagsEdited() throws Exception {
        Path demo = folder.resolve("demo");
        assertEquals(Cli.OK, atelier("new", demo.toString(), "--demo"), err());
        Path shapes = demo.resolve("datasets/shapes/10_shapes");

        assertEquals(Cli.OK, atelier("dataset", demo.toString(), "shapes", "--tags", "3"), err());
        String out = out();
        assertTrue(out.startsWith("Dataset 'shapes': 8 images (8 instance), 80 an epoch with repeats, at 64x64"), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("10_shapes") && l.contains("8 images  x10")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" *64x64 +8 images +80 an epoch")), out);
        assertTrue(out.contains("Tags (10 different, the 3 most frequent):\n       8  flat colour\n       8  plain background\n"
                + "       1  a blue circle\n"), out);

        assertEquals(Cli.OK, atelier("dataset", demo.toString(), "shapes", "add-tag", "shiny", "--where", "a red circle"), err());
        assertTrue(out().contains("Changed 1 caption of 8 images"), out());
        assertEquals("a red circle, flat colour, plain background, shiny\n", Files.readString(shapes.resolve("red_circle.txt")));
        assertEquals(Cli.OK, atelier("dataset", demo.toString(), "shapes", "replace-tag", "flat colour", "flat color"), err());
        assertTrue(out().contains("Changed 8 captions of 8 images"), out());
        assertEquals(Cli.OK, atelier("dataset", demo.toString(), "shapes", "remove-tag", "plain background", "--where", "shiny"),
                err());
        assertEquals("a red circle, flat color, shiny\n", Files.readString(shapes.resolve("red_circle.txt")));
        assertEquals("a blue square, flat color, plain background\n", Files.readString(shapes.resolve("blue_square.txt")));

        assertEquals(Cli.INVALID, atelier("dataset", demo.toString(), "nope"));
        assertTrue(err().contains("project.atelier") && err().contains("no dataset 'nope' (it has [shapes"), err());
        assertEquals(Cli.INVALID, atelier("dataset", demo.toString(), "shapes", "rename-tag", "a", "b"));
        assertTrue(err().contains("unknown edit 'rename-tag'"), err());
        assertEquals(Cli.INVALID, atelier("dataset", demo.toString(), "shapes", "add-tag", "red, blue"));
        assertTrue(err().contains("a tag has no commas"), err());
    }
}
