package org.atelier.core.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.atelier.common.AtomicFiles;

/**
 * The sample images a run makes in its {@code samples/} folder: one per prompt at a step. A run whose images are not
 * a prompt's at a step (a null-text inversion's original, reconstruction and edits) titles them in the folder's
 * {@code titles.properties} (file name = title).
 */
public final class Samples {

    public static final String FOLDER = "samples";
    public static final String TITLES = "titles.properties";
    private static final Pattern NAME = Pattern.compile("step-(\\d+)-(\\d+)\\.png");

    /** A sample: the step it was made at, the index of its prompt (from 0), its file and its title (null: none). */
    public record Sample(long step, int prompt, Path file, String title) {

        /** Its title, else "step 40, prompt 2". */
        public String label() {
            return title != null ? title : "step " + step + ", prompt " + (prompt + 1);
        }
    }

    private Samples() {
    }

    /** {@code step-000040-01.png}: the file of prompt {@code prompt}'s sample at {@code step}. */
    public static String fileName(long step, int prompt) {
        return String.format(Locale.ROOT, "step-%06d-%02d.png", step, prompt);
    }

    /** The run's samples by step, then prompt; none when it has made none. */
    public static List<Sample> list(Path runFolder) throws IOException {
        Path folder = runFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Properties titles = new Properties();
        Path titleFile = folder.resolve(TITLES);
        if (Files.isRegularFile(titleFile)) {
            try (java.io.Reader in = Files.newBufferedReader(titleFile, StandardCharsets.UTF_8)) {
                titles.load(in);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> parse(file, titles)).filter(Objects::nonNull)
                    .sorted(Comparator.comparingLong(Sample::step).thenComparingInt(Sample::prompt)).toList();
        }
    }

    private static Sample parse(Path file, Properties titles) {
        String name = file.getFileName().toString();
        Matcher m = NAME.matcher(name);
        return m.matches() ? new Sample(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), file,
                titles.getProperty(name)) : null;
    }

    /** Writes the titles of samples by file name into the run's samples folder (replacing those there). */
    public static void writeTitles(Path samplesFolder, Map<String, String> titles) throws IOException {
        Properties file = new Properties();
        file.putAll(titles);
        AtomicFiles.write(samplesFolder.resolve(TITLES), out -> file.store(out, "sample titles, by file name"));
    }
}
