package org.atelier.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.atelier.core.model.Dataset;
import org.atelier.core.model.Subset;
import org.atelier.core.validation.ModelValidator;
import org.atelier.core.model.SubsetRole;

/**
 * Finds a dataset's images and captions. A subset is a folder of images, each with a caption file of the same
 * name ({@code .txt} or the dataset's caption extension, else {@code .caption}); in kohya's layout a subset folder
 * holds concept folders named {@code <repeats>_<class tokens>} ({@code 10_mycat}), each read as a subset of its own
 * with those repeats and class tokens; a subset folder named so itself takes its repeats and tokens from its name
 * (unless the subset sets them). Only image headers are read here: sizes, not pixels.
 */
public final class DatasetScanner {

    /** What a scan found: the images, and what it skipped or filled in, for the user to read. */
    public record Scan(List<Item> items, List<String> warnings) {
    }

    private static final Pattern KOHYA = ModelValidator.KOHYA_FOLDER;
    /** Images smaller than this on a side are skipped: nothing can be learnt from them at 1/8 in latent space. */
    public static final int SMALLEST = 64;

    private DatasetScanner() {
    }

    /**
     * Scans every subset of the dataset.
     *
     * @param stopOnMissingCaptions refuse (listing them) images without a caption file, instead of captioning them
     *                              with the subset's class tokens
     * @throws DatasetException naming the dataset and folder: a missing folder, no images at all, images without
     *                           captions when asked to stop
     */
    public static Scan scan(Dataset dataset, Path projectFolder, boolean stopOnMissingCaptions) throws IOException {
        List<Item> items = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Path> uncaptioned = new ArrayList<>();
        String where = "dataset '" + dataset.getId() + "'";
        if (dataset.getSubsets().isEmpty()) {
            throw new DatasetException(where + ": it has no image folders (subsets)");
        }
        for (Subset subset : dataset.getSubsets()) {
            Path folder = projectFolder.resolve(subset.getPath()).normalize();
            if (!Files.isDirectory(folder)) {
                throw new DatasetException(where + " › subset '" + subset.getPath() + "': no such folder " + folder);
            }
            for (Folder f : folders(subset, projectFolder)) {
                add(f.path(), subset, f.repeats(), f.classTokens(), dataset.getCaptionExtension(), items, uncaptioned, warnings);
            }
        }
        if (!uncaptioned.isEmpty()) {
            if (stopOnMissingCaptions) {
                throw new DatasetException(where + ": " + uncaptioned.size() + " image" + (uncaptioned.size() == 1 ? "" : "s")
                        + " without a caption file (" + list(uncaptioned) + "); write their captions, or let them take"
                        + " their folder's class tokens");
            }
            warnings.add(0, uncaptioned.size() + " image" + (uncaptioned.size() == 1 ? " has" : "s have")
                    + " no caption file and take" + (uncaptioned.size() == 1 ? "s" : "") + " their folder's class tokens ("
                    + list(uncaptioned) + ")");
        }
        if (items.stream().noneMatch(i -> i.role() != SubsetRole.VALIDATION)) {
            throw new DatasetException(where + ": no images to train on in "
                    + dataset.getSubsets().stream().map(Subset::getPath).toList() + " (PNG, JPEG or BMP files)");
        }
        return new Scan(List.copyOf(items), List.copyOf(warnings));
    }

    /** An image folder of a subset: its repeats and the class tokens of its images without captions. */
    public record Folder(Path path, int repeats, String classTokens) {
    }

    /**
     * The image folders of a subset, as a scan reads them: the subset's own folder, repeated as the subset says or, when
     * it says 1, as kohya's name says ({@code 10_mycat}); or, when it holds no images itself, the kohya concept folders
     * in it, each repeated as its name says.
     */
    public static List<Folder> folders(Subset subset, Path projectFolder) throws IOException {
        Path folder = projectFolder.resolve(subset.getPath()).normalize();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> concepts = concepts(folder);
        if (concepts.isEmpty()) {
            Matcher own = KOHYA.matcher(folder.getFileName().toString());
            int repeats = subset.getRepeats() == 1 && own.matches() ? Math.max(1, Integer.parseInt(own.group(1)))
                    : subset.getRepeats();
            String tokens = blank(subset.getClassTokens()) ? own.matches() ? own.group(2) : folder.getFileName().toString()
                    : subset.getClassTokens();
            return List.of(new Folder(folder, repeats, tokens));
        }
        List<Folder> folders = new ArrayList<>();
        for (Path concept : concepts) {
            Matcher m = KOHYA.matcher(concept.getFileName().toString());
            m.matches();
            folders.add(new Folder(concept, Math.max(1, Integer.parseInt(m.group(1))),
                    blank(subset.getClassTokens()) ? m.group(2) : subset.getClassTokens()));
        }
        return folders;
    }

    /** kohya's concept folders ({@code 10_mycat}) directly in {@code folder}, when it holds no images itself. */
    private static List<Path> concepts(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> all = children.sorted().toList();
            if (all.stream().anyMatch(DatasetScanner::isImage)) {
                return List.of();
            }
            return all.stream().filter(p -> Files.isDirectory(p) && KOHYA.matcher(p.getFileName().toString()).matches()).toList();
        }
    }

    private static void add(Path folder, Subset subset, int repeats, String classTokens, String captionExtension,
            List<Item> items, List<Path> uncaptioned, List<String> warnings) throws IOException {
        List<Path> images;
        try (Stream<Path> children = Files.list(folder)) {
            images = children.filter(DatasetScanner::isImage).sorted().toList();
        }
        List<Path> unreadable = new ArrayList<>();
        List<Path> tiny = new ArrayList<>();
        for (Path image : images) {
            int[] size = size(image);
            if (size == null) {
                unreadable.add(image);
                continue;
            }
            if (size[0] < SMALLEST || size[1] < SMALLEST) {
                tiny.add(image);
                continue;
            }
            String caption = CaptionFiles.read(image, captionExtension);
            if (caption == null) {
                uncaptioned.add(image);
            }
            items.add(new Item(image, caption == null ? classTokens : caption, caption != null, size[0], size[1], repeats,
                    subset.getRole(), subset.getLossWeight()));
        }
        if (!unreadable.isEmpty()) {
            warnings.add(unreadable.size() + " image" + (unreadable.size() == 1 ? "" : "s") + " in " + folder
                    + " cannot be read and are left out (" + list(unreadable) + ")");
        }
        if (!tiny.isEmpty()) {
            warnings.add(tiny.size() + " image" + (tiny.size() == 1 ? "" : "s") + " in " + folder + " smaller than "
                    + SMALLEST + " pixels on a side are left out (" + list(tiny) + ")");
        }
    }

    /** An image to train on: not a mask ({@link Masks}). */
    private static boolean isImage(Path p) {
        return ModelValidator.isImage(p) && !Masks.isMask(p);
    }

    /** Width and height from the file's header, or null when no reader here can read it. */
    public static int[] size(Path image) {
        try {
            if (ImageFormats.truncation(image) != null) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] { reader.getWidth(0), reader.getHeight(0) };
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String list(List<Path> files) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(3, files.size()); i++) {
            text.append(i == 0 ? "" : ", ").append(files.get(i).getFileName());
        }
        return text.append(files.size() > 3 ? " and " + (files.size() - 3) + " more" : "").toString();
    }
}
