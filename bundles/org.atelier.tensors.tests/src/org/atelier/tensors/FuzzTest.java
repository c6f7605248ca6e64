package org.atelier.tensors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short fuzzing run in every build (atelier fuzz runs longer ones): damaged files get a clear error only. */
class FuzzTest {

    @TempDir
    Path folder;

    @Test
    void damagedFilesGetClearErrorsOnly() throws IOException {
        Fuzzer.Result result = Fuzzer.run(Fuzzer.seeds(folder.resolve("seeds")), 4000, System.nanoTime() + 60_000_000_000L,
                20261126L, folder.resolve("fuzz"));
        assertEquals("", result.findings().stream().map(f -> f.input() + ": " + f.failure()).collect(Collectors.joining("\n")));
        assertEquals(4000, result.iterations());
    }
}
