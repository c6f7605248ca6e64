package org.atelier.core.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The sample images a training run makes in its {@code samples/} folder: one per prompt at a step. */
public final class Samples {

    public static final String FOLDER = "samples";
    private static final Pattern NAME = Pattern.compile("step-(\\d+)-(\\d+)\\.png");

    /** A sample: the step it was made at, the index of its prompt (from 0) and its file. */
    public record Sample(long step, int prompt, Path file) {

        /** "step 40, prompt 2" */
        public String label() {
            return "step " + step + ", prompt " + (prompt + 1);
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
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Samples::parse).filter(Objects::nonNull)
                    .sorted(Comparator.comparingLong(Sample::step).thenComparingInt(Sample::prompt)).toList();
        }
    }

    private static Sample parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? new Sample(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), file) : null;
    }
}
