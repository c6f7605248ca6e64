package org.atelier.methods.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SdLayout;
import org.atelier.tensors.synthetic.SyntheticCheckpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole-tensor merges on vectors small enough to work out by hand. */
class WholeTensorMergesTest {

    @TempDir
    Path folder;

    @Test
    void slerpFollowsTheArc() {
        float h = (float) Math.sqrt(0.5);
        assertArrayEquals(new float[] { h, h }, WholeTensorMerges.slerp(new float[] { 1, 0 }, new float[] { 0, 1 }, 0.5), 1e-6f);
        assertArrayEquals(new float[] { 1, 0 }, WholeTensorMerges.slerp(new float[] { 1, 0 }, new float[] { 0, 1 }, 0), 1e-6f);
        assertArrayEquals(new float[] { 0, 2 }, WholeTensorMerges.slerp(new float[] { 1, 0 }, new float[] { 0, 2 }, 1), 1e-6f);
        // parallel: a weighted sum
        assertArrayEquals(new float[] { 1.5f, 3 }, WholeTensorMerges.slerp(new float[] { 1, 2 }, new float[] { 2, 4 }, 0.5), 1e-6f);
    }

    @Test
    void addPerpendicularAddsOnlyWhatIsNew() {
        float[] out = WholeTensorMerges.addPerpendicular(new float[] { 1, 0 }, new float[] { 1, 1 }, new float[] { 0, 0 }, 0.4);
        assertArrayEquals(new float[] { 1, 0.4f }, out, 1e-6f);
    }

    @Test
    void tiesTrimsElectsAndAverages() {
        float[] a = { 3, -1, 2, 0 };
        float[] b = { -1, 2, 1, 4 };
        float[] c = { 0, 0, 0, 0 };
        assertArrayEquals(new float[] { 3, 2, 1.5f, 4 }, WholeTensorMerges.ties(a, b, c, 1.0, 1.0, null), 1e-6f);
        assertArrayEquals(new float[] { 3, 2, 2, 4 }, WholeTensorMerges.ties(a, b, c, 0.5, 1.0, null), 1e-6f,
                "density 0.5 keeps the two largest changes of each");
        float[] base = { 1, 1, 1, 1 };
        float[] shifted = WholeTensorMerges.ties(add(a, base), add(b, base), base, 1.0, 0.5, null);
        assertArrayEquals(new float[] { 2.5f, 2, 1.75f, 3 }, shifted, 1e-6f, "lambda scales the change from C");
        assertArrayEquals(WholeTensorMerges.ties(a, b, c, 1.0, 1.0, null), WholeTensorMerges.ties(a, b, c, 1.0, 1.0, 7L),
                1e-6f, "with nothing dropped, DARE-TIES is TIES");
    }

    @Test
    void dareIsSeededAndUnbiased() {
        int n = 200_000;
        float[] a = new float[n];
        float[] b = new float[n];
        float[] c = new float[n];
        Arrays.fill(b, 1f);
        float[] once = WholeTensorMerges.dare(a, b, c, 0.3, 1.0, 42);
        assertArrayEquals(once, WholeTensorMerges.dare(a, b, c, 0.3, 1.0, 42), "the same seed drops the same");
        assertFalse(Arrays.equals(once, WholeTensorMerges.dare(a, b, c, 0.3, 1.0, 43)));
        double mean = 0;
        int kept = 0;
        for (float v : once) {
            mean += v;
            if (v != 0) {
                kept++;
                assertEquals(1 / 0.3, v, 1e-5, "kept changes are rescaled");
            }
        }
        assertEquals(1.0, mean / n, 0.02, "rescaling keeps the expected change");
        assertEquals(0.3, kept / (double) n, 0.01);
        assertArrayEquals(b, WholeTensorMerges.dare(a, b, c, 1.0, 1.0, 1), "density 1 is add difference");
    }

    @Test
    void cosineKeepsAWhereTheColumnsAgreeAndTakesBWhereTheyPart() {
        // columns of a 2x2 tensor: A's (1, 0) and (0, 1); B's (1, 1), at 45 degrees, and (0, -1), opposite
        float[] a = { 1, 0, 0, 1 };
        float[] b = { 1, 0, 1, -1 };
        long[] shape = { 2, 2 };
        double cos45 = Math.sqrt(0.5);
        double k = 1 - cos45; // k = 1 - clamp(similarity - M, 0, 1) with M = 0
        assertArrayEquals(new float[] { 1, 0, (float) k, -1 }, WholeTensorMerges.cosine(a, b, shape, 0, false), 1e-6f);
        double k5 = 1 - (cos45 - 0.5);
        assertArrayEquals(new float[] { 1, 0, (float) k5, -1 }, WholeTensorMerges.cosine(a, b, shape, 0.5, false), 1e-6f,
                "a larger M lets more of B in");
        // cosine B averages each column's similarity with the whole tensors' (at right angles here: 0)
        double whole = (1 * 1 + 0 * 0 + 0 * 1 + 1 * -1) / (Math.sqrt(2) * Math.sqrt(3));
        double kb = 1 - Math.max(0, Math.min(1, (cos45 + whole) / 2));
        assertArrayEquals(new float[] { 1, 0, (float) kb, -1 }, WholeTensorMerges.cosine(a, b, shape, 0, true), 1e-6f);
        float[] vector = { 3, 4 };
        assertArrayEquals(vector, WholeTensorMerges.cosine(vector, new float[] { 6, 8 }, new long[] { 2 }, 0, false), 1e-6f,
                "a vector is one column: parallel, A");
    }

    private static float[] add(float[] x, float[] y) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] + y[i];
        }
        return out;
    }

    @Test
    void seededMergesOfFilesAreReproducible() throws IOException {
        Path[] models = new Path[3];
        for (int i = 0; i < 3; i++) {
            models[i] = folder.resolve("m" + i + ".safetensors");
            SyntheticCheckpoints.writeSafetensors(models[i], SdLayout.checkpoint(SdLayout.tinySd1()), DType.F16, i + 10);
        }
        Path first = folder.resolve("first.safetensors");
        Path second = folder.resolve("second.safetensors");
        for (Path out : List.of(first, second)) {
            Merger.merge(new Merger.Spec(MergeMethod.DARE_TIES, models[0], models[1], models[2], 1.0, 0.5, null, null, null,
                    "d", 5), out, (d, t, n) -> {
                    });
        }
        try (SafetensorsReader x = SafetensorsReader.open(first); SafetensorsReader y = SafetensorsReader.open(second)) {
            String key = "model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight";
            assertArrayEquals(x.floats(x.tensor(key)), y.floats(y.tensor(key)));
        }
    }
}
