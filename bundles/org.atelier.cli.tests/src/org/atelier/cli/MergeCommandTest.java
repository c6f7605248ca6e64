package org.atelier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.atelier.tensors.DType;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.junit.jupiter.api.Test;

/** atelier merge, the quick form. */
class MergeCommandTest extends CliRunner {

    @Test
    void mergesAndDescribesTheResult() throws Exception {
        Path a = folder.resolve("a.safetensors");
        Path b = folder.resolve("b.safetensors");
        SyntheticCheckpoints.writeSafetensors(a, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 1);
        SyntheticCheckpoints.writeSafetensors(b, SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, 2);
        Path out = folder.resolve("merged.safetensors");
        assertEquals(Cli.OK, atelier("merge", a.toString(), b.toString(), "--method", "weighted-sum", "--alpha", "0.25",
                "-o", out.toString()));
        assertTrue(out().contains("970 tensors merged, 0 copied from A"), out());
        assertEquals(Cli.OK, atelier("inspect", out.toString(), "--no-hash"));
        assertTrue(out().contains("SD 1.x Stable Diffusion checkpoint") && out().contains("sd_merge_recipe: {\"type\":\"webui\""),
                out());

        assertEquals(Cli.INVALID, atelier("merge", a.toString(), b.toString(), "--method", "weighted-sum", "--blocks", "1,2,3",
                "-o", folder.resolve("y.safetensors").toString()));
        assertTrue(err().contains("SD 1.x/2.x takes 25"), err());
        assertEquals(Cli.OK, atelier("merge", "--help"));
        assertTrue(out().contains("add-difference     A, B, C  A + M (B - C)"), out());
        assertTrue(out().contains("cosine-a") && out().contains("tensor-sum") && out().contains("GRAD_V"), out());

        Path ckpt = folder.resolve("blocks.ckpt");
        assertEquals(Cli.OK, atelier("merge", a.toString(), b.toString(), "--method", "weighted-sum", "--blocks", "GRAD_V",
                "--vae", a.toString(), "-o", ckpt.toString()));
        assertTrue(out().contains("from the VAE"), out());
        assertEquals(Cli.OK, atelier("inspect", ckpt.toString(), "--no-hash"));
        assertTrue(out().contains("SD 1.x Stable Diffusion checkpoint"), out());
        assertEquals(Cli.INVALID, atelier("merge", a.toString(), "--method", "weighted-sum", "-o", out.toString()));
        assertTrue(err().contains("weighted-sum takes 2 models, not 1"), err());
        assertEquals(Cli.INVALID, atelier("merge", a.toString(), b.toString(), "--method", "blend", "-o", out.toString()));
        assertEquals(Cli.INVALID, atelier("merge", a.toString(), folder.resolve("missing.safetensors").toString(),
                "--method", "weighted-sum", "-o", folder.resolve("x.safetensors").toString()));
        assertTrue(err().contains("missing.safetensors: no such file or folder"), err());
        assertTrue(!Files.exists(folder.resolve("x.safetensors")));
    }
}
