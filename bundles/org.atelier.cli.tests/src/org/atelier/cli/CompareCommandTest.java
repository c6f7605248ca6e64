package org.atelier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.atelier.core.testing.DemoExperiments;
import org.atelier.common.AtomicFiles;
import org.junit.jupiter.api.Test;

/** Two LoRA runs of the demo at different learning rates, compared on the command line and in an HTML report. */
class CompareCommandTest extends CliRunner {

    @Test
    void twoRunsAreComparedAndReported() throws Exception {
        Path demo = folder.resolve("demo");
        assertEquals(Cli.OK, atelier("new", demo.toString(), "--demo"), err());
        Path lora = demo.resolve("experiments/lora.experiment");
        DemoExperiments.shorten(lora, 20, 20);
        assertEquals(Cli.OK, atelier("run", lora.toString()), err());
        AtomicFiles.writeString(lora, Files.readString(lora).replace("learningRate=\"6e-3\"", "learningRate=\"5e-3\""));
        assertEquals(Cli.OK, atelier("run", lora.toString()), err());
        List<Path> runs;
        try (Stream<Path> folders = Files.list(demo.resolve("runs"))) {
            runs = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(2, runs.size(), runs.toString());

        Path report = folder.resolve("report.html");
        assertEquals(Cli.OK, atelier("compare", runs.get(0).toString(), runs.get(1).toString(), "-o", report.toString()), err());
        String out = out();
        assertTrue(out.contains(runs.get(0).getFileName() + "  lora") && out.contains("succeeded"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("learningRate") && l.contains("6e-3") && l.contains("5e-3")),
                "the setting that differs, with both values: " + out);
        assertTrue(out.lines().noneMatch(l -> l.startsWith("rank ")), "the same rank is not listed: " + out);
        assertTrue(out.contains("Samples lined up: 4 (by step and prompt)"), out);

        String html = Files.readString(report);
        assertTrue(html.contains("<th>learningRate</th><td>6e-3</td><td>5e-3</td>"), html.substring(0, Math.min(3000, html.length())));
        assertTrue(html.contains("<th>step 20, prompt 2</th>"), "samples lined up by step and prompt");
        assertEquals(1 + 2 * 4, html.split("data:image/png;base64,", -1).length - 1,
                "the loss chart and 4 samples of each run (2 prompts before the first step and at step 20)");

        assertEquals(Cli.INVALID, atelier("compare", runs.get(0).toString()));
        assertTrue(err().contains("two run folders or more"), err());
        assertEquals(Cli.INVALID, atelier("compare", runs.get(0).toString(), demo.toString()));
        assertTrue(err().contains(demo + " is not a run folder"), err());
    }
}
