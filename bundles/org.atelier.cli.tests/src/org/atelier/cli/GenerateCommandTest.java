package org.atelier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atelier.diffusion.Png;
import org.atelier.diffusion.hypernetwork.Hypernetwork;
import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDManager;

/** {@code atelier generate} on a tiny SD 1.x checkpoint and its diffusers folder, with a tokenizer of a few words. */
class GenerateCommandTest extends CliRunner {

    @Test
    void generatesAPngWithItsParametersTheSameForTheSameSeedOrNoise() throws Exception {
        Path model = folder.resolve("tiny.safetensors");
        SyntheticCheckpoints.writeSafetensors(model, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 5);
        Path tokenizer = Files.createDirectories(folder.resolve("tokenizer"));
        Files.writeString(tokenizer.resolve("vocab.json"),
                "{\"c\":0,\"a\":1,\"t\":2,\"t</w>\":3,\"ca\":4,\"cat</w>\":5,\"<|startoftext|>\":6,\"<|endoftext|>\":7,\"a</w>\":8}");
        Files.writeString(tokenizer.resolve("merges.txt"), "#version: 0.2\nc a\nca t</w>\n");
        Path png = folder.resolve("cat.png");
        Path latents = folder.resolve("latents.safetensors");
        List<String> common = List.of("generate", "--model", model.toString(), "--prompt", "a (cat:1.2)", "--steps", "2", "--size", "64x64",
                "--tokenizer", tokenizer.toString(), "--sampler", "dpmpp-2m-karras");
        List<String> first = new java.util.ArrayList<>(common);
        first.addAll(List.of("--seed", "42", "-o", png.toString(), "--latents-out", latents.toString()));
        assertEquals(Cli.OK, atelier(first.toArray(String[]::new)), err());
        assertTrue(out().contains("Wrote " + png + " (64x64, seed 42)"), out());
        assertTrue(out().contains("Memory: about "), "the estimate is said before loading: " + out());
        String parameters = Png.parameters(png);
        assertTrue(parameters.startsWith("a (cat:1.2)\nSteps: 2, Sampler: DPM++ 2M Karras, CFG scale: 7, Seed: 42, Size: 64x64,"
                + " Model hash: "), parameters);
        assertTrue(parameters.contains("Model: tiny"), parameters);

        Path again = folder.resolve("again.png");
        List<String> second = new java.util.ArrayList<>(common);
        second.addAll(List.of("--seed", "42", "-o", again.toString()));
        assertEquals(Cli.OK, atelier(second.toArray(String[]::new)), err());
        assertTrue(java.util.Arrays.equals(pixels(png), pixels(again)), "the same seed, the same image");

        // the latents written are [1, 4, 8, 8]: given as the starting noise, the seed no longer matters
        Path fromNoise1 = folder.resolve("noise1.png");
        Path fromNoise2 = folder.resolve("noise2.png");
        for (Object[] run : new Object[][] { { "1", fromNoise1 }, { "2", fromNoise2 } }) {
            List<String> args = new java.util.ArrayList<>(common);
            args.addAll(List.of("--seed", (String) run[0], "--latents-in", latents.toString(), "-o", run[1].toString()));
            assertEquals(Cli.OK, atelier(args.toArray(String[]::new)), err());
        }
        assertTrue(java.util.Arrays.equals(pixels(fromNoise1), pixels(fromNoise2)), "the same noise, the same image");

        assertEquals(Cli.INVALID, atelier("generate", "--model", model.toString(), "--prompt", "cat", "-o", png.toString()));
        assertTrue(err().contains("needs CLIP's tokenizer") || err().contains("vocab.json"), err());
        assertEquals(Cli.INVALID, atelier("generate", "--model", model.toString(), "--prompt", "cat", "--size", "500x512",
                "--tokenizer", tokenizer.toString(), "-o", png.toString()));
        assertTrue(err().contains("multiples of 8"), err());
        assertEquals(Cli.INVALID, atelier("generate", "--model", model.toString(), "--prompt", "cat", "--size", "4096x4096",
                "--tokenizer", tokenizer.toString(), "-o", png.toString()));
        assertTrue(err().contains("4096x4096 needs about ") && err().contains("more than this machine's")
                && !out().contains("Loading"), "refused before loading: " + err());
        assertEquals(Cli.INVALID, atelier("generate", "--model", model.toString(), "--prompt", "cat", "--sampler", "heun",
                "--tokenizer", tokenizer.toString(), "-o", png.toString()));
        assertTrue(err().contains("--sampler is one of euler, euler-a, dpmpp-2m, dpmpp-2m-karras, ddim"), err());
        assertEquals(Cli.INVALID, atelier("generate", "--model", model.toString(), "--prompt", "cat", "--size", "128x64",
                "--latents-in", latents.toString(), "--tokenizer", tokenizer.toString(), "-o", png.toString()));
        assertTrue(err().contains("latents of shape [1, 4, 8, 8], but 128x64 takes [1, 4, 8, 16]"), err());
        assertEquals(Cli.INVALID, atelier("generate", "--model", model.toString(), "--prompt", "dog", "--size", "64x64",
                "--tokenizer", tokenizer.toString(), "-o", png.toString()));
        assertTrue(err().contains("the vocabulary has no token 'd'"), "a tokenizer that is not CLIP's: " + err());
        Path lora = folder.resolve("style.safetensors");
        String module = "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn1_to_q";
        SyntheticCheckpoints.writeSafetensors(lora, List.of(new SdLayout.Entry(module + ".lora_down.weight", new long[] { 2, 32 }),
                new SdLayout.Entry(module + ".lora_up.weight", new long[] { 32, 2 })), DType.F32, 3);
        Path styled = folder.resolve("styled.png");
        List<String> withLora = new java.util.ArrayList<>(common);
        withLora.addAll(List.of("--seed", "42", "--lora", lora + ":0.8", "-o", styled.toString()));
        assertEquals(Cli.OK, atelier(withLora.toArray(String[]::new)), err());
        assertTrue(Png.parameters(styled).endsWith(", Lora: style:0.8"), Png.parameters(styled));
        assertEquals(Cli.INVALID, atelier("generate", "--model", model.toString(), "--prompt", "cat", "--size", "64x64",
                "--tokenizer", tokenizer.toString(), "--lora", model.toString(), "-o", styled.toString()));
        assertTrue(err().contains("none of its modules fits"), err());
        assertEquals(Cli.OK, atelier("generate", "--help"));
        assertTrue(out().contains("dpmpp-2m-karras"), out());

        // the same model as a diffusers folder, with the tokenizer inside: the same image, no --tokenizer
        Path diffusers = folder.resolve("tiny-diffusers");
        assertEquals(Cli.OK, atelier("convert", model.toString(), diffusers.toString(), "--tokenizer", tokenizer.toString()), err());
        Path fromFolder = folder.resolve("folder.png");
        assertEquals(Cli.OK, atelier("generate", "--model", diffusers.toString(), "--prompt", "a (cat:1.2)", "--steps", "2",
                "--size", "64x64", "--sampler", "dpmpp-2m-karras", "--seed", "42", "-o", fromFolder.toString()), err());
        assertTrue(java.util.Arrays.equals(pixels(png), pixels(fromFolder)), "the folder gives the checkpoint's image");
        assertTrue(Png.parameters(fromFolder).contains("Model: tiny-diffusers"), Png.parameters(fromFolder));
    }

    @Test
    void appliesAnAutomatic1111HypernetworkAndRecordsItInThePng() throws Exception {
        Path model = folder.resolve("tiny.safetensors");
        SyntheticCheckpoints.writeSafetensors(model, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 5);
        Path tokenizer = org.atelier.diffusion.text.ClipTokenizer.writeByteLevel(folder.resolve("tokenizer"));
        Path style = folder.resolve("style.pt");
        Path sd2 = folder.resolve("sd2.pt");
        Hypernetwork.Structure structure = new Hypernetwork.Structure(List.of(1.0, 2.0, 1.0), "relu", false,
                List.of(0.0, 0.0, 0.0), false, "XavierUniform");
        try (NDManager manager = NDManager.newBaseManager()) {
            Hypernetwork made = Hypernetwork.create("style", structure, List.of(32, 64, 128), manager, 4);
            made.arrays().values().forEach(a -> a.muli(20));
            made.write(style, 100, null, null);
            Hypernetwork.create("sd2", structure, List.of(1024, 320), manager, 4).write(sd2, 0, null, null);
        }
        List<String> common = List.of("generate", "--model", model.toString(), "--prompt", "a cat", "--steps", "2", "--size",
                "64x64", "--tokenizer", tokenizer.toString(), "--seed", "7", "-o");
        Path plain = folder.resolve("plain.png");
        Path styled = folder.resolve("styled.png");
        Path none = folder.resolve("none.png");
        assertEquals(Cli.OK, atelier(args(common, plain)), err());
        assertEquals(Cli.OK, atelier(args(common, styled, "--hypernetwork", style + ":0.8")), err());
        assertEquals(Cli.OK, atelier(args(common, none, "--hypernetwork", style + ":0")), err());
        assertTrue(!java.util.Arrays.equals(pixels(plain), pixels(styled)), "the hypernetwork changes the image");
        assertTrue(java.util.Arrays.equals(pixels(plain), pixels(none)), "at strength 0 it is the model's own image");
        assertTrue(Png.parameters(styled).endsWith(", Hypernet: style, Hypernet hash: "
                + org.atelier.tensors.Hashes.legacyModelHash(style) + ", Hypernet strength: 0.8"), Png.parameters(styled));

        assertEquals(Cli.INVALID, atelier(args(common, folder.resolve("x.png"), "--hypernetwork", sd2.toString())));
        assertTrue(err().contains("sd2.pt") && err().contains("[1024, 320]") && err().contains("another model"), err());
        assertEquals(Cli.INVALID, atelier(args(common, folder.resolve("y.png"), "--hypernetwork", folder.resolve("gone.pt").toString())));
        assertTrue(err().contains("gone.pt: no such file"), err());
    }

    @Test
    void appliesCustomDiffusionAsDiffusersWritesItAndRecordsItInThePng() throws Exception {
        Path model = folder.resolve("tiny.safetensors");
        SyntheticCheckpoints.writeSafetensors(model, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 5);
        Path tokenizer = org.atelier.diffusion.text.ClipTokenizer.writeByteLevel(folder.resolve("tokenizer"));
        // diffusers' output folder: trained copies of the first cross-attention's keys and values, and a token
        Path concept = Files.createDirectories(folder.resolve("concept"));
        String attn2 = "down_blocks.0.attentions.0.transformer_blocks.0.attn2.processor.";
        SyntheticCheckpoints.writeSafetensors(concept.resolve("pytorch_custom_diffusion_weights.safetensors"), List.of(
                new SdLayout.Entry(attn2 + "to_k_custom_diffusion.weight", new long[] { 32, 32 }),
                new SdLayout.Entry(attn2 + "to_v_custom_diffusion.weight", new long[] { 32, 32 })), DType.F32, 9,
                java.util.Map.of("format", "pt"), strong());
        SyntheticCheckpoints.writeSafetensors(concept.resolve("<new1>.safetensors"),
                List.of(new SdLayout.Entry("<new1>", new long[] { 32 })), DType.F32, 9);
        Path sd2 = Files.createDirectories(folder.resolve("sd2"));
        SyntheticCheckpoints.writeSafetensors(sd2.resolve("pytorch_custom_diffusion_weights.safetensors"), List.of(
                new SdLayout.Entry(attn2 + "to_k_custom_diffusion.weight", new long[] { 32, 1024 })), DType.F32, 9);
        List<String> common = List.of("generate", "--model", model.toString(), "--prompt", "a <new1> cat", "--steps", "2",
                "--size", "64x64", "--tokenizer", tokenizer.toString(), "--seed", "7", "-o");
        Path plain = folder.resolve("plain.png");
        Path custom = folder.resolve("custom.png");
        assertEquals(Cli.OK, atelier(args(common, custom, "--custom-diffusion", concept.toString())), err());
        assertTrue(Png.parameters(custom).endsWith(", Custom Diffusion: concept:1.0, Custom Diffusion tokens: <new1>"),
                Png.parameters(custom));
        assertEquals(Cli.OK, atelier(args(common, plain)), err());
        assertTrue(!java.util.Arrays.equals(pixels(plain), pixels(custom)), "the weights and the token change the image");
        assertEquals(Cli.INVALID, atelier(args(common, folder.resolve("x.png"), "--custom-diffusion", sd2.toString())));
        assertTrue(err().contains("1024 wide (SD 2.x)") && err().contains("this model's is 32 wide"), err());
    }

    /** Values 20 times the synthetic ones: a change that shows in the tiny random model's 8-bit pixels. */
    private static java.util.function.Function<SdLayout.Entry, float[]> strong() {
        return e -> {
            float[] values = SyntheticCheckpoints.random((int) java.util.Arrays.stream(e.shape()).reduce(1, (a, b) -> a * b), 11);
            for (int i = 0; i < values.length; i++) {
                values[i] *= 20;
            }
            return values;
        };
    }

    private static String[] args(List<String> common, Path out, String... more) {
        List<String> all = new java.util.ArrayList<>(common);
        all.add(out.toString());
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static int[] pixels(Path png) throws Exception {
        java.awt.image.BufferedImage image = Png.read(png);
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
