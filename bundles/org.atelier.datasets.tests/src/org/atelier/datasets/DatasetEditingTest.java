package org.atelier.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.atelier.core.testing.TestImages;
import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Subset;
import org.atelier.core.model.SubsetRole;
import org.atelier.datasets.Buckets;
import org.atelier.datasets.CaptionFiles;
import org.atelier.datasets.CaptionTags;
import org.atelier.datasets.DatasetScanner;
import org.atelier.datasets.DatasetStats;
import org.atelier.datasets.ThumbnailStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the dataset editor works with: tags, caption files, a dataset's statistics and thumbnails. */
class DatasetEditingTest {

    @TempDir
    Path folder;

    @Test
    void tagsAreCountedAndEditedInBulkKeepingTheirOrder() {
        assertEquals(List.of("cat", "sitting", "red sofa"), CaptionTags.tags(" cat,sitting , ,red sofa,"));
        assertEquals("cat, sitting, indoors", CaptionTags.add("cat, sitting", "indoors"));
        assertEquals("cat, sitting", CaptionTags.add("cat, sitting", "cat"), "never twice");
        assertEquals("indoors", CaptionTags.add("", "indoors"));
        assertEquals("cat, indoors", CaptionTags.remove("cat, sitting, indoors", "sitting"));
        assertEquals("cat, sitting", CaptionTags.remove("cat, sitting", "dog"));
        assertEquals("kitten, sitting", CaptionTags.replace("cat, sitting", "cat", "kitten"));
        assertEquals("kitten, sitting", CaptionTags.replace("cat, kitten, sitting", "cat", "kitten"), "merged, not doubled");
        assertEquals("sitting", CaptionTags.replace("cat, sitting", "cat", " "), "replaced by nothing: removed");

        List<CaptionTags.Frequency> frequencies = CaptionTags.frequencies(List.of("cat, sitting", "cat, lying, cat", "dog, sitting"));
        assertEquals(List.of(new CaptionTags.Frequency("cat", 2), new CaptionTags.Frequency("sitting", 2),
                new CaptionTags.Frequency("dog", 1), new CaptionTags.Frequency("lying", 1)), frequencies,
                "a caption counts once per tag; most frequent first, ties by name");
    }

    @Test
    void captionFilesAreFoundAndWrittenWhole() throws Exception {
        Path image = folder.resolve("a.png");
        TestImages.shape(image, 64, 64, Color.RED, true);
        assertEquals(folder.resolve("a.txt"), CaptionFiles.of(image, ".txt"), "none yet: the dataset's extension");
        assertNull(CaptionFiles.read(image, ".txt"));
        Files.writeString(folder.resolve("a.caption"), "cat\nsitting\n");
        assertEquals(folder.resolve("a.caption"), CaptionFiles.of(image, ".txt"), "the existing one");
        assertEquals("cat, sitting", CaptionFiles.read(image, ".txt"));

        CaptionFiles.write(image, ".txt", "cat, lying ");
        assertEquals("cat, lying\n", Files.readString(folder.resolve("a.caption")));
        assertFalse(Files.exists(folder.resolve("a.txt")));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(2, files.count(), "no temporary left behind");
        }
        Path other = folder.resolve("b.jpg");
        CaptionFiles.write(other, "tags", "dog");
        assertEquals("dog\n", Files.readString(folder.resolve("b.tags")), "an extension without its dot");
    }

    @Test
    void statisticsCountRepeatsBucketsAndWhatToLookAt() throws Exception {
        TestImages.shape(folder.resolve("img/10_mycat/wide.png"), 256, 64, Color.RED, true);
        Files.writeString(folder.resolve("img/10_mycat/wide.txt"), "mycat");
        TestImages.shape(folder.resolve("img/10_mycat/square.png"), 128, 128, Color.RED, true);
        Files.writeString(folder.resolve("img/10_mycat/square.txt"), "mycat");
        TestImages.shape(folder.resolve("img/10_mycat/small.png"), 64, 64, Color.RED, true); // no caption, below 128
        TestImages.shape(folder.resolve("reg/cat.png"), 128, 128, Color.BLUE, true);
        Files.writeString(folder.resolve("reg/cat.txt"), "cat");
        TestImages.shape(folder.resolve("val/v.png"), 128, 128, Color.GREEN, true);
        Files.writeString(folder.resolve("val/v.txt"), "mycat");

        Dataset dataset = dataset(128, "img", "reg", "val");
        dataset.getSubsets().get(1).setRole(SubsetRole.REGULARISATION);
        dataset.getSubsets().get(1).setRepeats(3);
        dataset.getSubsets().get(2).setRole(SubsetRole.VALIDATION);
        DatasetStats stats = DatasetStats.of(dataset, DatasetScanner.scan(dataset, folder, false).items());

        assertEquals(5, stats.images());
        assertEquals(Map.of(SubsetRole.INSTANCE, 3, SubsetRole.REGULARISATION, 1, SubsetRole.VALIDATION, 1), stats.imagesByRole());
        // the one regularisation image (3 repeats) shown as often as the 30 training samples, as kohya balances them
        assertEquals(10 + 10 + 10 + 30, stats.imagesPerEpoch(), "repeats counted, validation images not shown");
        assertEquals(List.of(new DatasetStats.BucketCount(new Buckets.Size(128, 128), 2, 40),
                new DatasetStats.BucketCount(new Buckets.Size(256, 64), 1, 10),
                new DatasetStats.BucketCount(new Buckets.Size(64, 64), 1, 10)), stats.buckets());
        assertEquals(List.of("small.png"), stats.uncaptioned().stream().map(i -> i.image().getFileName().toString()).toList());
        assertEquals(List.of("small.png"), stats.belowResolution().stream().map(i -> i.image().getFileName().toString()).toList());
        assertEquals(List.of("1 image smaller than the training resolution 128x128"), stats.warnings());
    }

    @Test
    void thumbnailsAreDecodedOnceThenReadFromTheStoreUntilTheImageChanges() throws Exception {
        Path image = folder.resolve("big.png");
        TestImages.shape(image, 1000, 500, Color.RED, true);
        ThumbnailStore store = new ThumbnailStore(folder.resolve("thumbs"), 100);
        BufferedImage first = store.get(image);
        assertEquals(100, first.getWidth());
        assertEquals(50, first.getHeight());
        int centre = first.getRGB(50, 25) & 0xffffff;
        assertEquals(Color.RED.getRGB() & 0xffffff, centre, Integer.toHexString(centre));
        assertEquals(0xffffff, first.getRGB(2, 2) & 0xffffff, "the white corner");
        assertEquals(1, store.decoded());

        ThumbnailStore again = new ThumbnailStore(folder.resolve("thumbs"), 100);
        BufferedImage stored = again.get(image);
        assertEquals(0, again.decoded(), "read from the store, not decoded");
        assertEquals(first.getRGB(50, 25), stored.getRGB(50, 25));

        TestImages.shape(image, 400, 400, Color.BLUE, true);
        Files.setLastModifiedTime(image, FileTime.fromMillis(Files.getLastModifiedTime(image).toMillis() + 5000));
        BufferedImage changed = again.get(image);
        assertEquals(1, again.decoded(), "a changed image is decoded again");
        assertEquals(100, changed.getHeight());
        assertEquals(Color.BLUE.getRGB() & 0xffffff, changed.getRGB(50, 50) & 0xffffff);

        Path broken = folder.resolve("broken.png");
        Files.writeString(broken, "not an image");
        IOException error = assertThrows(IOException.class, () -> again.get(broken));
        assertTrue(error.getMessage().contains("broken.png"), error.getMessage());
    }

    private static Dataset dataset(int resolution, String... paths) {
        Dataset d = AtelierFactory.eINSTANCE.createDataset();
        d.setId("set");
        d.setResolution(resolution);
        d.setCaptions(AtelierFactory.eINSTANCE.createCaptionProcessing());
        d.setBuckets(AtelierFactory.eINSTANCE.createBucketSpec());
        d.getBuckets().setMinResolution(64);
        d.getBuckets().setMaxResolution(256);
        for (String p : paths) {
            Subset s = AtelierFactory.eINSTANCE.createSubset();
            s.setPath(p);
            d.getSubsets().add(s);
        }
        return d;
    }
}
