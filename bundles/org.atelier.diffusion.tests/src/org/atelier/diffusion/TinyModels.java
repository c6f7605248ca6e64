package org.atelier.diffusion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;

/** The tiny model and tokenizer the generation tests share. */
public final class TinyModels {

    private TinyModels() {
    }

    /** A tokenizer of a few words, its ids within the tiny model's 1000 tokens. */
    public static Path tokenizer(Path folder) throws Exception {
        Path dir = Files.createDirectories(folder.resolve("tokenizer"));
        List<String> tokens = List.of("c", "a", "t", "c</w>", "a</w>", "t</w>", "ca", "cat</w>", ",</w>", "<|startoftext|>",
                "<|endoftext|>");
        StringBuilder vocab = new StringBuilder("{");
        for (int i = 0; i < tokens.size(); i++) {
            vocab.append(i == 0 ? "" : ",").append('"').append(tokens.get(i)).append("\":").append(i);
        }
        Files.writeString(dir.resolve("vocab.json"), vocab.append('}').toString());
        Files.writeString(dir.resolve("merges.txt"), "#version: 0.2\nc a\nca t</w>\n");
        return dir;
    }

    /** A tiny SD 1.x checkpoint (fp16). */
    public static Path sd1(Path folder) throws Exception {
        Path file = folder.resolve("tiny.safetensors");
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 11);
        return file;
    }

    /** A tiny SDXL base checkpoint (fp16). */
    public static Path sdxl(Path folder) throws Exception {
        Path file = folder.resolve("tiny-xl.safetensors");
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(SdLayout.tinySdxl()), DType.F16, 12);
        return file;
    }
}
