package org.atelier.tensors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model is read for its sha256 once: the hash is remembered until the file changes. */
class HashCacheTest {

    @TempDir
    Path folder;

    @Test
    void aHashIsRememberedUntilTheFileChanges() throws Exception {
        Path file = folder.resolve("model.bin");
        Files.write(file, new byte[] { 1, 2, 3 });
        FileTime time = Files.getLastModifiedTime(file);
        String first = Hashes.sha256Cached(file);
        assertEquals(Hashes.sha256(file), first);
        assertTrue(Files.readString(Hashes.cacheFile()).contains(first), "kept in " + Hashes.cacheFile());

        // the same size and time: the remembered hash, not the content's (that is how the cache saves the read)
        Files.write(file, new byte[] { 9, 9, 9 });
        Files.setLastModifiedTime(file, time);
        assertEquals(first, Hashes.sha256Cached(file));

        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 5000));
        assertEquals(Hashes.sha256(file), Hashes.sha256Cached(file), "a new time: hashed again");
        assertNotEquals(first, Hashes.sha256Cached(file));

        Files.writeString(Hashes.cacheFile(), "{ damaged");
        assertEquals(Hashes.sha256(file), Hashes.sha256Cached(file), "a damaged cache is only not used");
    }
}
