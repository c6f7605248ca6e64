package org.atelier.tensors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model file written from another with some tensors replaced: every tensor of the base, in its order, keys and
 * shapes, the replaced ones from their new values, the others copied as stored. What a fine-tuned checkpoint is: the
 * base file streamed tensor by tensor, so memory holds one tensor at a time beside the trained ones. Written as
 * safetensors, or as a PyTorch {@code .ckpt} (a flat state dict, as AUTOMATIC1111's merger saves) when the output's
 * name ends so; under a temporary name, renamed into place once whole.
 */
public final class TensorSwap {

    /** The new values of a replaced tensor, as float32 in the base tensor's shape. */
    @FunctionalInterface
    public interface Values {
        float[] get() throws IOException;
    }

    /** Progress, one call per tensor written. */
    @FunctionalInterface
    public interface Progress {
        void tensor(int done, int total);
    }

    private TensorSwap() {
    }

    /**
     * Writes {@code base} with the {@code replaced} tensors swapped in.
     *
     * @param dtype the floating-point type every floating tensor is written in, or null to keep each tensor's own
     * @throws TensorFileException when a replaced tensor is not in the base or its values do not fill its shape
     */
    public static void write(TensorSource base, Map<String, Values> replaced, DType dtype, Map<String, String> metadata,
            Path output, Progress progress) throws IOException {
        for (String key : replaced.keySet()) {
            if (base.tensor(key) == null) {
                throw new TensorFileException(base.file(), "no tensor '" + key + "' to replace");
            }
        }
        if (isTorch(output)) {
            Path staged = output.resolveSibling(output.getFileName() + ".safetensors.part");
            try {
                writeSafetensors(base, replaced, dtype, metadata, staged, progress);
                try (SafetensorsReader reader = SafetensorsReader.open(staged)) {
                    Map<String, Object> state = new LinkedHashMap<>();
                    for (TensorInfo t : reader.tensors()) {
                        state.put(t.name(), new TorchWriter.Data(t.dtype(), t.shape(), reader.bytes(t)));
                    }
                    TorchWriter.write(output, state);
                }
            } finally {
                Files.deleteIfExists(staged);
            }
        } else {
            writeSafetensors(base, replaced, dtype, metadata, output, progress);
        }
    }

    static boolean isTorch(Path output) {
        String name = output.getFileName().toString();
        return name.endsWith(".ckpt") || name.endsWith(".pt");
    }

    private static void writeSafetensors(TensorSource base, Map<String, Values> replaced, DType dtype,
            Map<String, String> metadata, Path output, Progress progress) throws IOException {
        List<TensorInfo> tensors = base.tensors();
        List<SafetensorsWriter.Spec> specs = new ArrayList<>();
        for (TensorInfo t : tensors) {
            specs.add(new SafetensorsWriter.Spec(t.name(), target(t.dtype(), dtype), t.shape()));
        }
        try (SafetensorsWriter writer = SafetensorsWriter.create(output, metadata, specs)) {
            for (int i = 0; i < tensors.size(); i++) {
                TensorInfo t = tensors.get(i);
                DType out = specs.get(i).dtype();
                Values values = replaced.get(t.name());
                if (values != null) {
                    float[] floats = values.get();
                    if (floats.length != t.numel()) {
                        throw new TensorFileException(output, "tensor '" + t.name() + "': " + floats.length + " values for its shape "
                                + Arrays.toString(t.shape()));
                    }
                    writer.write(t.name(), Tensors.fromFloats(floats, out));
                } else if (out == t.dtype()) {
                    writer.write(t.name(), base.bytes(t));
                } else {
                    writer.write(t.name(), Tensors.fromFloats(base.floats(t), out));
                }
                progress.tensor(i + 1, tensors.size());
            }
        }
    }

    /** A floating tensor's type in the output: the one asked for, else its own; other tensors keep theirs. */
    private static DType target(DType source, DType wanted) {
        return wanted == null || !source.isFloatingPoint() ? source : wanted;
    }
}
