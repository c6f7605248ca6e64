package org.atelier.tensors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
