package org.atelier.tensors;

import java.util.Locale;

/** The element types of safetensors files (and of torch storages), with their sizes. */
public enum DType {
    BOOL(8, "BoolStorage"), U8(8, "ByteStorage"), I8(8, "CharStorage"), F8_E5M2(8, null), F8_E4M3(8, null),
    I16(16, "ShortStorage"), U16(16, null), F16(16, "HalfStorage"), BF16(16, "BFloat16Storage"),
    I32(32, "IntStorage"), U32(32, null), F32(32, "FloatStorage"), F64(64, "DoubleStorage"),
    I64(64, "LongStorage"), U64(64, null);

    private final int bits;
    private final String torchStorage;

    DType(int bits, String torchStorage) {
        this.bits = bits;
        this.torchStorage = torchStorage;
    }

    public int bits() {
        return bits;
    }

    public int bytes() {
        return bits / 8;
    }

    public boolean isFloatingPoint() {
        return this == F16 || this == BF16 || this == F32 || this == F64 || this == F8_E4M3 || this == F8_E5M2;
    }

    /** The name of the torch storage class for this type ({@code FloatStorage}), or null when torch has none. */
    public String torchStorage() {
        return torchStorage;
    }

    /** The type of a torch storage class name such as {@code FloatStorage}, or null. */
    public static DType ofTorchStorage(String storage) {
        for (DType type : values()) {
            if (storage.equals(type.torchStorage)) {
                return type;
            }
        }
        return null;
    }

    /** The type of a safetensors dtype name, or null when the format has no such type. */
    public static DType ofName(String name) {
        for (DType type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }

    /** A user-facing name: {@code fp16}, {@code bf16}, {@code fp32}, ... for the float types. */
    public String label() {
        return switch (this) {
        case F16 -> "fp16";
        case BF16 -> "bf16";
        case F32 -> "fp32";
        case F64 -> "fp64";
        case F8_E4M3 -> "fp8-e4m3";
        case F8_E5M2 -> "fp8-e5m2";
        default -> name().toLowerCase(Locale.ROOT);
        };
    }

    /** The float type a user names ({@code fp16}, {@code bf16}, {@code fp32}; also the safetensors names). */
    public static DType ofLabel(String label) {
        for (DType type : values()) {
            if (type.label().equalsIgnoreCase(label) || type.name().equalsIgnoreCase(label)) {
                return type;
            }
        }
        return switch (label.toLowerCase(Locale.ROOT)) {
        case "float16", "half" -> F16;
        case "bfloat16" -> BF16;
        case "float32", "float" -> F32;
        default -> null;
        };
    }
}
