package org.atelier.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.atelier.common.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written under a temporary name and renamed into place. */
class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void aWrittenFileHasTheUsualPermissionsAndNoTemporaryStays() throws IOException {
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path written = folder.resolve("sub/written.txt");
        AtomicFiles.writeString(written, "content");
        assertEquals("content", Files.readString(written));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written),
                "as any new file (not a temporary file's owner-only permissions): others may read a model we wrote");
        try (Stream<Path> files = Files.list(written.getParent())) {
            assertEquals(List.of(written), files.toList());
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFile() throws IOException {
        Path file = folder.resolve("kept.txt");
        AtomicFiles.writeString(file, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes());
            throw new IOException("stopped halfway");
        }));
        assertEquals("old", Files.readString(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
