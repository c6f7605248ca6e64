package org.atelier.tensors;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Element conversions between the stored types and float32. */
public final class Tensors {

    /** All 65536 halves as floats: converting fp16 data is one lookup per element. */
    private static final float[] HALF_TO_FLOAT = new float[65536];

    static {
        for (int i = 0; i < 65536; i++) {
            HALF_TO_FLOAT[i] = Floats.halfToFloat((short) i);
        }
    }

    private Tensors() {
    }

    /** Converts {@code numel} elements of {@code type} (little-endian, from the buffer's position) to float32. */
    public static float[] toFloats(DType type, ByteBuffer data, long numel) {
        if (numel > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many elements for one array: " + numel);
        }
        float[] out = new float[(int) numel];
        toFloats(type, data, out, 0, out.length);
        return out;
    }

    /** Converts {@code count} elements into {@code out} from {@code offset}. */
    public static void toFloats(DType type, ByteBuffer data, float[] out, int offset, int count) {
        ByteBuffer in = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int p = in.position();
        switch (type) {
        case F32 -> in.asFloatBuffer().get(out, offset, count);
        case F16, BF16 -> {
            // Bulk-copy the halves into an array, then convert array to array: a loop the JIT compiles well.
            java.nio.ShortBuffer halves = in.asShortBuffer();
            short[] chunk = CHUNK.get();
            for (int done = 0; done < count; done += chunk.length) {
                int n = Math.min(chunk.length, count - done);
                halves.get(chunk, 0, n);
                if (type == DType.F16) {
                    halvesToFloats(chunk, n, out, offset + done);
                } else {
                    for (int i = 0; i < n; i++) {
                        out[offset + done + i] = Float.intBitsToFloat((chunk[i] & 0xffff) << 16);
                    }
                }
            }
        }
        case F64 -> {
            for (int i = 0; i < count; i++) {
                out[offset + i] = (float) in.getDouble(p + 8 * i);
            }
        }
        case F8_E4M3 -> {
            for (int i = 0; i < count; i++) {
                out[offset + i] = Floats.e4m3ToFloat(in.get(p + i));
            }
        }
        case F8_E5M2 -> {
            for (int i = 0; i < count; i++) {
                out[offset + i] = Floats.e5m2ToFloat(in.get(p + i));
            }
        }
        case BOOL, U8 -> {
            for (int i = 0; i < count; i++) {
                out[offset + i] = in.get(p + i) & 0xff;
            }
        }
        case I8 -> {
            for (int i = 0; i < count; i++) {
                out[offset + i] = in.get(p + i);
            }
        }
        case I16 -> {
            for (int i = 0; i < count; i++) {
                out[offset + i] = in.getShort(p + 2 * i);
            }
        }
        case U16 -> {
            for (int i = 0; i < count; i++) {
                out[offset + i] = in.getShort(p + 2 * i) & 0xffff;
            }
        }
        case I32 -> {
            for (int i = 0; i < count; i++) {
                out[offset + i] = in.getInt(p + 4 * i);
            }
        }
        case U32 -> {
            for (int i = 0; i < count; i++) {
                out[offset + i] = in.getInt(p + 4 * i) & 0xffffffffL;
            }
        }
        case I64 -> {
            for (int i = 0; i < count; i++) {
                out[offset + i] = in.getLong(p + 8 * i);
            }
        }
        case U64 -> {
            for (int i = 0; i < count; i++) {
                long v = in.getLong(p + 8 * i);
                out[offset + i] = v >= 0 ? v : (float) ((v >>> 1) * 2.0 + (v & 1));
            }
        }
        default -> throw new IllegalArgumentException("no conversion from " + type);
        }
    }

    private static final ThreadLocal<short[]> CHUNK = ThreadLocal.withInitial(() -> new short[1 << 15]);

    /**
     * Halves to floats through the 65536-entry table (256 KiB, held in the cache): measured faster here than
     * branch-free arithmetic, which the JIT does not vectorise.
     */
    static void halvesToFloats(short[] halves, int n, float[] out, int offset) {
        for (int i = 0; i < n; i++) {
            out[offset + i] = HALF_TO_FLOAT[halves[i] & 0xffff];
        }
    }

    /** Encodes float32 values as {@code type}, little-endian, rounding to nearest even for the narrow floats. */
    public static ByteBuffer fromFloats(float[] values, DType type) {
        ByteBuffer out = ByteBuffer.allocate(Math.multiplyExact(values.length, type.bytes())).order(ByteOrder.LITTLE_ENDIAN);
        fromFloats(values, 0, values.length, type, out);
        out.flip();
        return out;
    }

    /** Appends {@code count} values from {@code offset} to {@code out} as {@code type}. */
    public static void fromFloats(float[] values, int offset, int count, DType type, ByteBuffer out) {
        ByteBuffer o = out.order(ByteOrder.LITTLE_ENDIAN);
        switch (type) {
        case F32 -> {
            o.asFloatBuffer().put(values, offset, count);
            o.position(o.position() + 4 * count);
        }
        case F16, BF16 -> {
            // Convert array to array, then bulk-copy the halves: a loop the JIT compiles well, and no per-element
            // buffer checks.
            short[] chunk = CHUNK.get();
            java.nio.ShortBuffer halves = o.asShortBuffer();
            for (int done = 0; done < count; done += chunk.length) {
                int n = Math.min(chunk.length, count - done);
                if (type == DType.F16) {
                    for (int i = 0; i < n; i++) {
                        chunk[i] = Floats.floatToHalf(values[offset + done + i]);
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        chunk[i] = Floats.floatToBf16(values[offset + done + i]);
                    }
                }
                halves.put(chunk, 0, n);
            }
            o.position(o.position() + 2 * count);
        }
        case F64 -> {
            for (int i = 0; i < count; i++) {
                o.putDouble(values[offset + i]);
            }
        }
        case F8_E4M3 -> {
            for (int i = 0; i < count; i++) {
                o.put(Floats.floatToE4m3(values[offset + i]));
            }
        }
        case F8_E5M2 -> {
            for (int i = 0; i < count; i++) {
                o.put(Floats.floatToE5m2(values[offset + i]));
            }
        }
        case BOOL -> {
            for (int i = 0; i < count; i++) {
                o.put((byte) (values[offset + i] != 0 ? 1 : 0));
            }
        }
        case U8, I8 -> {
            for (int i = 0; i < count; i++) {
                o.put((byte) Math.round(values[offset + i]));
            }
        }
        case I16, U16 -> {
            for (int i = 0; i < count; i++) {
                o.putShort((short) Math.round(values[offset + i]));
            }
        }
        case I32, U32 -> {
            for (int i = 0; i < count; i++) {
                o.putInt((int) Math.round((double) values[offset + i]));
            }
        }
        case I64, U64 -> {
            for (int i = 0; i < count; i++) {
                o.putLong(Math.round((double) values[offset + i]));
            }
        }
        default -> throw new IllegalArgumentException("no conversion to " + type);
        }
    }
}
