package org.atelier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** atelier inspect on real files in the real layouts. */
class InspectTest extends CliRunner {

    @Test
    void inspectsACheckpoint() throws Exception {
        Path file = folder.resolve("tiny-sd1.safetensors");
        SyntheticCheckpoints.writeSafetensors(file, SdLayout.checkpoint(SdLayout.tinySd1().withInChannels(9)), DType.F16, 7);
        assertEquals(Cli.OK, atelier("inspect", file.toString()));
        String text = out();
        assertTrue(text.contains("Container:   safetensors"), text);
        assertTrue(text.contains("Model:       SD 1.x Stable Diffusion checkpoint (inpainting, epsilon)"), text);
        assertTrue(text.matches("(?s).*  UNet +[0-9.]+ M parameters +\\d+ tensors  fp16.*"), text);
        assertTrue(text.matches("(?s).*  sha256 +[0-9a-f]{64}\n.*"), text);
        assertTrue(text.matches("(?s).*  model hash \\(legacy\\) +[0-9a-f]{8}\n.*"), text);

        assertEquals(Cli.OK, atelier("inspect", file.toString(), "--json", "--tensors"));
        JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
        assertEquals("SD1", json.get("architecture").getAsString());
        assertEquals("CHECKPOINT", json.get("kind").getAsString());
        assertEquals("inpainting", json.get("variant").getAsString());
        String sha256 = json.getAsJsonObject("hashes").get("sha256").getAsString();
        assertEquals(sha256.substring(0, 10), json.getAsJsonObject("hashes").get("shortHash").getAsString());
        assertTrue(json.getAsJsonArray("tensors").size() > 600);
        assertEquals("model.diffusion_model.time_embed.0.weight",
                json.getAsJsonArray("tensors").get(0).getAsJsonObject().get("name").getAsString());
    }

    @Test
    void convertsToDiffusersAndBack() throws Exception {
        Path single = folder.resolve("tiny.safetensors");
        SyntheticCheckpoints.writeSafetensors(single, SdLayout.checkpoint(SdLayout.tinySdxl()), DType.F32, 3);
        Path diffusers = folder.resolve("tiny-diffusers");
        assertEquals(Cli.OK, atelier("convert", single.toString(), diffusers.toString()));
        assertTrue(out().contains("Wrote " + diffusers), out());
        assertEquals(Cli.OK, atelier("inspect", diffusers.toString()));
        assertTrue(out().contains("Container:   diffusers folder"));
        assertTrue(out().contains("SDXL base Stable Diffusion checkpoint"));

        Path back = folder.resolve("back-fp16.safetensors");
        assertEquals(Cli.OK, atelier("convert", diffusers.toString(), back.toString(), "--dtype", "fp16"));
        assertEquals(Cli.OK, atelier("inspect", back.toString(), "--no-hash"));
        String text = out();
        assertTrue(text.contains("SDXL base Stable Diffusion checkpoint") && text.contains("fp16") && !text.contains("fp32"), text);

        assertEquals(Cli.INVALID, atelier("convert", single.toString(), back.toString()));
        assertTrue(err().contains("exists already"));
        assertEquals(Cli.INVALID, atelier("convert", single.toString(), folder.resolve("x.safetensors").toString(), "--dtype", "int8"));
        assertTrue(err().contains("--dtype takes fp16, bf16 or fp32"));
    }

    @Test
    void baseModelsAreDescribedWhenAdded() throws Exception {
        Path project = folder.resolve("project");
        assertEquals(Cli.OK, atelier("new", project.toString()));
        Path model = project.resolve("models/Tiny SDXL.safetensors");
        Files.createDirectories(model.getParent());
        SyntheticCheckpoints.writeSafetensors(model, SdLayout.checkpoint(SdLayout.tinySdxl()), DType.F16, 5);
        assertEquals(Cli.OK, atelier("add-model", project.toString(), model.toString()));
        assertTrue(out().startsWith("Added base model 'tiny-sdxl' (SDXL, epsilon)"),
                out());
        String xml = Files.readString(project.resolve("project.atelier"));
        assertTrue(xml.contains("id=\"tiny-sdxl\"") && xml.contains("path=\"models/Tiny SDXL.safetensors\"")
                && xml.contains("architecture=\"SDXL\"") && xml.matches("(?s).*sha256=\"[0-9a-f]{64}\".*"), xml);
        assertEquals(Cli.OK, atelier("validate", project.toString()));

        assertEquals(Cli.INVALID, atelier("add-model", project.toString(), model.toString(), "--id", "tiny-sdxl"));
        assertTrue(err().contains("has a base model 'tiny-sdxl' already"));
        Path lora = folder.resolve("lora.safetensors");
        SyntheticCheckpoints.writeSafetensors(lora, java.util.List.of(new SdLayout.Entry("lora_unet_x.lora_down.weight",
                new long[] { 4, 768 })), DType.F16, 1);
        assertEquals(Cli.INVALID, atelier("add-model", project.toString(), lora.toString()));
        assertTrue(err().contains("not a base model: it is a"), err());
    }

    @Test
    void badFilesAreInvalidInput() throws Exception {
        Path broken = folder.resolve("broken.safetensors");
        Files.write(broken, new byte[] { 100, 0, 0, 0, 0, 0, 0, 0, '{' });
        assertEquals(Cli.INVALID, atelier("inspect", broken.toString(), "--no-hash"));
        assertTrue(err().contains(broken + ": truncated"), err());

        Path evil = folder.resolve("evil.ckpt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(evil))) {
            zip.putNextEntry(new ZipEntry("evil/data.pkl"));
            zip.write("\u0080\u0002cposix\nsystem\n(X\u0002\u0000\u0000\u0000lstR.".getBytes(StandardCharsets.ISO_8859_1));
            zip.closeEntry();
        }
        assertEquals(Cli.INVALID, atelier("inspect", evil.toString()));
        assertTrue(err().contains("refused: the pickle asks for posix.system"),
                err());
        assertEquals(Cli.INVALID, atelier("inspect", folder.resolve("missing.safetensors").toString()));
    }
}
