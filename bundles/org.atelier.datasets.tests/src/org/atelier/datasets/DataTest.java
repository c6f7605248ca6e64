package org.atelier.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.atelier.core.model.AtelierFactory;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Subset;
import org.atelier.core.model.SubsetRole;
import org.atelier.datasets.Buckets;
import org.atelier.datasets.Captions;
import org.atelier.datasets.DatasetScanner;
import org.atelier.datasets.Epochs;
import org.atelier.datasets.Item;
import org.atelier.core.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Datasets, buckets, captions and learning-rate schedules, without a model. */
class DataTest {

    @TempDir
    Path folder;

    private Dataset dataset(String... paths) {
        Dataset d = AtelierFactory.eINSTANCE.createDataset();
        d.setId("set");
        d.setCaptions(AtelierFactory.eINSTANCE.createCaptionProcessing());
        d.setBuckets(AtelierFactory.eINSTANCE.createBucketSpec());
        for (String p : paths) {
            Subset s = AtelierFactory.eINSTANCE.createSubset();
            s.setPath(p);
            d.getSubsets().add(s);
        }
        return d;
    }

    @Test
    void kohyasFoldersCaptionsAndWhatIsLeftOut() throws Exception {
        TestImages.shape(folder.resolve("img/10_mycat/a.png"), 96, 64, Color.RED, true);
        Files.writeString(folder.resolve("img/10_mycat/a.txt"), "mycat, sitting\nindoors");
        TestImages.shape(folder.resolve("img/10_mycat/b.png"), 64, 64, Color.RED, false);
        Files.writeString(folder.resolve("img/10_mycat/b.caption"), "mycat, lying");
        TestImages.shape(folder.resolve("img/10_mycat/c.png"), 64, 64, Color.BLUE, true); // no caption
        TestImages.shape(folder.resolve("img/2_cat/d.png"), 64, 100, Color.GREEN, true);
        Files.writeString(folder.resolve("img/2_cat/d.txt"), "a cat");
        TestImages.shape(folder.resolve("img/10_mycat/tiny.png"), 32, 32, Color.RED, true);
        Files.writeString(folder.resolve("img/10_mycat/broken.png"), "not an image");
        Files.createDirectories(folder.resolve("img/notes"));

        DatasetScanner.Scan scan = DatasetScanner.scan(dataset("img"), folder, false);
        Map<String, Item> byName = scan.items().stream().collect(Collectors.toMap(i -> i.image().getFileName().toString(), i -> i));
        assertEquals(Set.of("a.png", "b.png", "c.png", "d.png"), byName.keySet());
        assertEquals("mycat, sitting, indoors", byName.get("a.png").caption(), "lines joined");
        assertEquals("mycat, lying", byName.get("b.png").caption(), ".caption files too");
        assertEquals("mycat", byName.get("c.png").caption(), "no caption: the folder's class tokens");
        assertFalse(byName.get("c.png").captioned());
        assertEquals(10, byName.get("a.png").repeats());
        assertEquals(2, byName.get("d.png").repeats());
        assertEquals(96, byName.get("a.png").width());
        String warnings = String.join("\n", scan.warnings());
        assertTrue(warnings.contains("1 image has no caption file") && warnings.contains("c.png"), warnings);
        assertTrue(warnings.contains("cannot be read") && warnings.contains("broken.png"), warnings);
        assertTrue(warnings.contains("smaller than 64 pixels") && warnings.contains("tiny.png"), warnings);

        DatasetException stop = assertThrows(DatasetException.class, () -> DatasetScanner.scan(dataset("img"), folder, true));
        assertTrue(stop.getMessage().startsWith("dataset 'set': 1 image without a caption file (c.png)"), stop.getMessage());
        DatasetException missing = assertThrows(DatasetException.class,
                () -> DatasetScanner.scan(dataset("nowhere"), folder, false));
        assertTrue(missing.getMessage().startsWith("dataset 'set' › subset 'nowhere': no such folder"), missing.getMessage());
        DatasetException empty = assertThrows(DatasetException.class,
                () -> DatasetScanner.scan(dataset("img/notes"), folder, false));
        assertTrue(empty.getMessage().contains("no images to train on"), empty.getMessage());

        // repeats and buckets counted: a (96x64) and d (64x100) land in buckets of their own, b and c share one
        Buckets buckets = new Buckets(64, 64, 128, 64, true, false);
        Epochs epochs = new Epochs(scan.items(), buckets, 4, 1);
        assertEquals(10 + 10 + 10 + 2, epochs.imagesPerEpoch());
        assertEquals(Map.of(new Buckets.Size(64, 64), 32), epochs.bucketCounts(),
                "at 64 pixels the only bucket is the square");
        assertEquals(8, epochs.batchesPerEpoch());
        Epochs wide = new Epochs(scan.items(), new Buckets(256, 64, 512, 64, true, false), 4, 1);
        assertEquals(Map.of(new Buckets.Size(320, 192), 10, new Buckets.Size(256, 256), 20, new Buckets.Size(192, 320), 2),
                wide.bucketCounts());
        assertEquals(3 + 5 + 1, wide.batchesPerEpoch(), "10 of a, 20 of b and c, 2 of d: ceil(10/4) + ceil(20/4) + ceil(2/4)");
        assertEquals(wide.batch(3), new Epochs(scan.items(), new Buckets(256, 64, 512, 64, true, false), 4, 1).batch(3),
                "the same seed, the same order");
        assertTrue(wide.batch(0).items().stream().map(i -> buckets(i)).distinct().count() == 1, "a batch is one bucket");
    }

    private static String buckets(Item i) {
        return new Buckets(256, 64, 512, 64, true, false).of(i.width(), i.height()).toString();
    }

    @Test
    void bucketsAsKohyaMakesThem() {
        Buckets b = new Buckets(512, 256, 1024, 64, true, false);
        assertTrue(b.sizes().contains(new Buckets.Size(512, 512)));
        assertTrue(b.sizes().contains(new Buckets.Size(640, 384)));
        assertTrue(b.sizes().contains(new Buckets.Size(384, 640)));
        assertTrue(b.sizes().contains(new Buckets.Size(1024, 256)));
        assertTrue(b.sizes().stream().allMatch(s -> (long) s.width() * s.height() <= 512L * 512), "no bucket over the area");
        assertEquals(new Buckets.Size(512, 512), b.of(1000, 1000));
        assertEquals(new Buckets.Size(640, 384), b.of(1600, 960), "the nearest aspect ratio");
        Buckets noUpscale = new Buckets(512, 256, 1024, 64, true, true);
        assertEquals(new Buckets.Size(320, 192), noUpscale.of(330, 200), "small images keep their size, rounded down");
        assertEquals(new Buckets.Size(512, 512), new Buckets(512, 256, 1024, 64, false, false).of(900, 300),
                "without buckets, the square");
    }

    @Test
    void captionsShuffleKeepDropAndTemplates() {
        Captions keep = new Captions(true, 1, 0, 0, "photo", "best");
        for (int seed = 0; seed < 20; seed++) {
            String c = keep.process("mycat, sitting, indoors, sofa", new Random(seed));
            assertTrue(c.startsWith("photo, mycat, "), c);
            assertTrue(c.endsWith(", best"), c);
            assertEquals(Set.of("photo", "mycat", "sitting", "indoors", "sofa", "best"), Set.of(c.split(", ")));
        }
        assertEquals("photo, best", new Captions(false, 0, 1.0, 0, "photo", "best").process("a, b", new Random(1)),
                "caption dropout leaves prefix and suffix");
        String dropped = new Captions(false, 1, 0, 0.999, "", "").process("keep, b, c, d", new Random(1));
        assertEquals("keep", dropped, "tag dropout spares the kept tags");
        assertEquals("a photo of <cat>, a cat on a sofa", Captions.template("a photo of [name], [filewords]", "<cat>",
                "a cat on a sofa"));
        assertEquals("a photo of <cat>", Captions.template("a photo of [name], [filewords]", "<cat>", ""));
    }

    @Test
    void validationSubsetsAreHeldOut() throws Exception {
        TestImages.shape(folder.resolve("train/a.png"), 64, 64, Color.RED, true);
        TestImages.shape(folder.resolve("check/b.png"), 64, 64, Color.RED, true);
        Dataset d = dataset("train", "check");
        d.getSubsets().get(1).setRole(SubsetRole.VALIDATION);
        DatasetScanner.Scan scan = DatasetScanner.scan(d, folder, false);
        assertEquals(2, scan.items().size());
        assertEquals(SubsetRole.VALIDATION, scan.items().stream().filter(i -> i.image().endsWith("b.png")).findFirst()
                .orElseThrow().role());
    }
}
