package org.atelier.tensors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens any model file or folder Atelier reads, telling the format from the content, not the name. */
public final class TensorFiles {

    private TensorFiles() {
    }

    /** The container of a file: {@code safetensors}, {@code torch zip pickle}, or {@code diffusers folder}. */
    public static String container(TensorSource source) {
        if (source instanceof SafetensorsReader) {
            return "safetensors";
        }
        if (source instanceof TorchFile) {
            return "torch zip pickle";
        }
        return source instanceof DiffusersFolder ? "diffusers folder" : source.getClass().getSimpleName();
    }

    /** A safetensors file, a torch zip file ({@code .pt}, {@code .ckpt}, {@code .bin}) or a diffusers folder. */
    public static TensorSource open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return DiffusersFolder.open(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new TensorFileException(path, "no such file or folder");
        }
        byte[] magic = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(magic, 0, 4);
        }
        if (n == 4 && magic[0] == 'P' && magic[1] == 'K') {
            return TorchFile.open(path);
        }
        if (n >= 3 && (magic[0] & 0xff) == 0x80 && magic[1] == 2 && (magic[2] & 0xff) == 0x8a) {
            return TorchFile.open(path); // a legacy torch pickle (protocol 2, then its magic number): reported clearly
        }
        return SafetensorsReader.open(path);
    }
}
