package org.atelier.tensors;

/**
 * Conversions between float32 and the narrow float formats, bit-exact with PyTorch: round to nearest even,
 * infinities and NaN kept (NaN stays NaN), subnormals kept.
 */
public final class Floats {

    private Floats() {
    }

    /** IEEE half (binary16) to float. */
    public static float halfToFloat(short half) {
        int h = half & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exponent = (h >>> 10) & 0x1f;
        int mantissa = h & 0x3ff;
        if (exponent == 0) {
            float subnormal = mantissa * 0x1p-24f;
            return sign != 0 ? -subnormal : subnormal;
        }
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }

    /** Float to IEEE half, rounding to nearest even; out of range becomes infinity. */
    public static short floatToHalf(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int abs = bits & 0x7fffffff;
        if (abs >= 0x7f800000) {
            int nan = abs > 0x7f800000 ? 0x200 | ((abs >>> 13) & 0x3ff) : 0;
            return (short) (sign | 0x7c00 | nan);
        }
        if (abs >= 0x477ff000) { // 65520 and above round to infinity
            return (short) (sign | 0x7c00);
        }
        if (abs < 0x38800000) { // below the smallest normal half: a subnormal, rounded half to even
            return (short) (sign | (int) Math.rint(Float.intBitsToFloat(abs) * 0x1p24));
        }
        int rounded = abs + 0xfff + ((abs >>> 13) & 1);
        return (short) (sign | ((rounded - 0x38000000) >>> 13));
    }

    /** bfloat16 (the high 16 bits of a float) to float. */
    public static float bf16ToFloat(short bf16) {
        return Float.intBitsToFloat((bf16 & 0xffff) << 16);
    }

    /** Float to bfloat16, rounding to nearest even; NaN stays a quiet NaN. */
    public static short floatToBf16(float value) {
        int bits = Float.floatToRawIntBits(value);
        if (Float.isNaN(value)) {
            return (short) ((bits >>> 16) | 0x0040);
        }
        int rounding = 0x7fff + ((bits >>> 16) & 1);
        return (short) ((bits + rounding) >>> 16);
    }

    /** float8 e4m3fn (no infinities; 0x7f and 0xff are NaN; max 448) to float. */
    public static float e4m3ToFloat(byte value) {
        int v = value & 0xff;
        int sign = (v & 0x80) != 0 ? -1 : 1;
        int exponent = (v >>> 3) & 0xf;
        int mantissa = v & 0x7;
        if (exponent == 0xf && mantissa == 0x7) {
            return Float.NaN;
        }
        if (exponent == 0) {
            return sign * (mantissa / 8f) * (float) Math.pow(2, -6);
        }
        return sign * (1 + mantissa / 8f) * (float) Math.pow(2, exponent - 7);
    }

    /** float8 e5m2 (the high byte of a half) to float. */
    public static float e5m2ToFloat(byte value) {
        return halfToFloat((short) ((value & 0xff) << 8));
    }

    /**
     * Float to float8 e4m3fn, rounding to nearest even; magnitudes beyond the largest finite value (448) become
     * NaN, the format having no infinity. A search over the 127 magnitudes: fp8 is read far more than written.
     */
    public static byte floatToE4m3(float value) {
        if (Float.isNaN(value)) {
            return (byte) 0x7f;
        }
        int sign = Float.floatToRawIntBits(value) < 0 ? 0x80 : 0;
        float magnitude = Math.abs(value);
        if (magnitude > 464f) { // beyond half-way to the next value after 448: not representable
            return (byte) (sign | 0x7f);
        }
        int best = 0;
        float bestError = Float.MAX_VALUE;
        // 127 finite magnitudes: choose the nearest, ties to the even code.
        for (int code = 0; code < 0x7f; code++) {
            float error = Math.abs(e4m3ToFloat((byte) code) - magnitude);
            if (error < bestError || (error == bestError && (code & 1) == 0)) {
                best = code;
                bestError = error;
            }
        }
        return (byte) (sign | best);
    }

    /** Float to float8 e5m2: a half rounded to nearest even in its low byte. */
    public static byte floatToE5m2(float value) {
        short half = floatToHalf(value);
        if (Float.isNaN(value)) {
            return (byte) 0x7f;
        }
        int bits = half & 0xffff;
        if ((bits & 0x7c00) == 0x7c00) {
            return (byte) (bits >>> 8);
        }
        int rounding = 0x7f + ((bits >>> 8) & 1);
        return (byte) ((bits + rounding) >>> 8);
    }
}
