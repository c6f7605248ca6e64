package org.atelier.tensors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.atelier.common.AtomicFiles;
import org.atelier.common.CacheFolder;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The hashes other tools show for a model file:
 * <ul>
 * <li>sha256 of the whole file, and its first 10 hex digits (AUTOMATIC1111's short hash);</li>
 * <li>AUTOMATIC1111's legacy model hash: sha256 of the 64 KiB at offset 1 MiB, first 8 hex digits (kohya
 * writes the same as {@code sshs_legacy_hash});</li>
 * <li>kohya's {@code sshs_model_hash}: sha256 of a safetensors file's bytes after its header.</li>
 * </ul>
 */
public final class Hashes {

    private static final int BUFFER = 1 << 20;

    private Hashes() {
    }

    /** sha256 of the whole file, as 64 hex digits. */
    public static String sha256(Path file) throws IOException {
        return sha256(file, 0, Long.MAX_VALUE);
    }

    /**
     * sha256 of the whole file, remembered with the file's size and modification time in {@code hashes.json} of
     * Atelier's cache folder (as AUTOMATIC1111 keeps its {@code cache.json}): a model is read for its hash once,
     * not at every merge. The cache folder is {@code -Datelier.cache}, else {@code $XDG_CACHE_HOME/atelier}, else
     * {@code ~/.cache/atelier}; a cache that cannot be read or written is only not used.
     */
    public static String sha256Cached(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        BasicFileAttributes attributes = Files.readAttributes(absolute,
                BasicFileAttributes.class);
        String stamp = attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
        synchronized (Hashes.class) {
            JsonObject cache = readCache();
            JsonElement entry = cache.get(absolute.toString());
            if (entry != null && entry.isJsonObject() && stamp.equals(string(entry, "stamp"))
                    && string(entry, "sha256") != null) {
                return string(entry, "sha256");
            }
        }
        String sha256 = sha256(absolute);
        synchronized (Hashes.class) {
            JsonObject cache = readCache();
            JsonObject entry = new JsonObject();
            entry.addProperty("stamp", stamp);
            entry.addProperty("sha256", sha256);
            cache.add(absolute.toString(), entry);
            try {
                AtomicFiles.writeString(cacheFile(), cache.toString());
            } catch (IOException e) {
                // a cache we cannot write only costs a read next time
            }
        }
        return sha256;
    }

    /** Where {@link #sha256Cached} keeps its hashes. */
    public static Path cacheFile() {
        return CacheFolder.path().resolve("hashes.json");
    }

    private static JsonObject readCache() {
        try {
            JsonElement root = JsonParser.parseString(
                    Files.readString(cacheFile()));
            if (root.isJsonObject()) {
                return root.getAsJsonObject();
            }
        } catch (IOException | RuntimeException e) {
            // none yet, or damaged: start again
        }
        return new JsonObject();
    }

    private static String string(JsonElement entry, String name) {
        JsonElement value = entry.getAsJsonObject().get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    /** AUTOMATIC1111's short form of a sha256: its first 10 hex digits. */
    public static String shortHash(String sha256) {
        return sha256.substring(0, 10);
    }

    /** AUTOMATIC1111's legacy model hash: sha256 of 0x10000 bytes at 0x100000, 8 hex digits. */
    public static String legacyModelHash(Path file) throws IOException {
        return sha256(file, 0x100000, 0x10000).substring(0, 8);
    }

    /** kohya's {@code sshs_model_hash}: sha256 of everything after a safetensors header. */
    public static String kohyaModelHash(Path safetensors, long dataStart) throws IOException {
        return sha256(safetensors, dataStart, Long.MAX_VALUE);
    }

    static String sha256(Path file, long from, long length) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
            long position = from;
            long remaining = length;
            while (remaining > 0) {
                buffer.clear();
                if (remaining < buffer.capacity()) {
                    buffer.limit((int) remaining);
                }
                int n = channel.read(buffer, position);
                if (n <= 0) {
                    break;
                }
                buffer.flip();
                digest.update(buffer);
                position += n;
                remaining -= n;
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
