package org.atelier.tensors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FloatsTest {

    @Test
    void everyHalfRoundTrips() {
        for (int h = 0; h < 65536; h++) {
            float f = Floats.halfToFloat((short) h);
            if (Float.isNaN(f)) {
                assertTrue(Float.isNaN(Floats.halfToFloat(Floats.floatToHalf(f))));
                continue;
            }
            assertEquals(h, Floats.floatToHalf(f) & 0xffff, "half 0x" + Integer.toHexString(h) + " = " + f);
        }
    }

    @Test
    void theBulkConversionAgreesWithTheScalarOneForEveryHalf() {
        short[] all = new short[65536];
        for (int h = 0; h < all.length; h++) {
            all[h] = (short) h;
        }
        float[] bulk = new float[all.length];
        Tensors.halvesToFloats(all, all.length, bulk, 0);
        for (int h = 0; h < all.length; h++) {
            assertEquals(Float.floatToRawIntBits(Floats.halfToFloat((short) h)), Float.floatToRawIntBits(bulk[h]),
                    "half 0x" + Integer.toHexString(h));
        }
    }

    @Test
    void halvesOfKnownValues() {
        assertEquals(0x3c00, Floats.floatToHalf(1f) & 0xffff);
        assertEquals(0xc000, Floats.floatToHalf(-2f) & 0xffff);
        assertEquals(0x7bff, Floats.floatToHalf(65504f) & 0xffff);
        assertEquals(0x7bff, Floats.floatToHalf(65519f) & 0xffff, "just below the rounding point");
        assertEquals(0x7c00, Floats.floatToHalf(65520f) & 0xffff, "rounds to infinity");
        assertEquals(0x2e66, Floats.floatToHalf(0.1f) & 0xffff);
        assertEquals(0x0001, Floats.floatToHalf(0x1p-24f) & 0xffff, "smallest subnormal");
        assertEquals(0x0000, Floats.floatToHalf(0x1p-25f) & 0xffff, "a tie rounds to the even zero");
        assertEquals(0x0002, Floats.floatToHalf(3 * 0x1p-25f) & 0xffff, "a tie rounds to the even 2");
        assertEquals(0x3c00, Floats.floatToHalf(1f + 0x1p-11f) & 0xffff, "a tie between 1 and the next rounds to even");
        assertEquals(0x3c02, Floats.floatToHalf(1f + 3 * 0x1p-11f) & 0xffff);
        assertEquals(0x0400, Floats.floatToHalf(0x1p-14f) & 0xffff, "smallest normal");
        assertEquals(6.1035156e-5f, Floats.halfToFloat((short) 0x0400));
    }

    @Test
    void bfloat16RoundsToNearestEven() {
        assertEquals(0x3f80, Floats.floatToBf16(1f) & 0xffff);
        assertEquals(0x3f80, Floats.floatToBf16(Float.intBitsToFloat(0x3f808000)) & 0xffff, "tie to even (down)");
        assertEquals(0x3f82, Floats.floatToBf16(Float.intBitsToFloat(0x3f818000)) & 0xffff, "tie to even (up)");
        assertEquals(0x3f81, Floats.floatToBf16(Float.intBitsToFloat(0x3f808001)) & 0xffff);
        assertTrue(Float.isNaN(Floats.bf16ToFloat(Floats.floatToBf16(Float.NaN))));
        assertEquals(-2.5f, Floats.bf16ToFloat(Floats.floatToBf16(-2.5f)));
    }

    @Test
    void float8Formats() {
        assertEquals(448f, Floats.e4m3ToFloat((byte) 0x7e));
        assertTrue(Float.isNaN(Floats.e4m3ToFloat((byte) 0x7f)));
        assertEquals(0x1p-9f, Floats.e4m3ToFloat((byte) 0x01), "smallest subnormal");
        assertEquals(1f, Floats.e4m3ToFloat((byte) 0x38));
        assertEquals(-1.5f, Floats.e4m3ToFloat((byte) 0xbc));
        for (int code = 0; code < 256; code++) {
            float f = Floats.e4m3ToFloat((byte) code);
            if (!Float.isNaN(f) && !(f == 0 && code == 0x80)) {
                assertEquals(code, Floats.floatToE4m3(f) & 0xff, "e4m3 0x" + Integer.toHexString(code));
            }
        }
        assertEquals(1f, Floats.e5m2ToFloat((byte) 0x3c));
        assertEquals(57344f, Floats.e5m2ToFloat((byte) 0x7b), "largest finite e5m2");
        for (int code = 0; code < 256; code++) {
            float f = Floats.e5m2ToFloat((byte) code);
            if (!Float.isNaN(f)) {
                assertEquals(code, Floats.floatToE5m2(f) & 0xff, "e5m2 0x" + Integer.toHexString(code));
            }
        }
    }
}
