package org.atelier.methods.nulltext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.atelier.tensors.DType;
import org.atelier.tensors.SafetensorsReader;
import org.atelier.tensors.SafetensorsWriter;
import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorInfo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * A null-text inversion as a safetensors file: {@code x_T} ({@code [1, C, h, w]}, the noisiest latents of the pivot)
 * and {@code null_texts} ({@code [steps, 1, T, dim]}, the unconditional embedding of each DDIM timestep, the noisiest
 * first), float32, with what it was made from and how in the metadata: {@code caption}, {@code guidance},
 * {@code timesteps}, and the settings and model for the record. No other tool reads these: they are for
 * {@code atelier edit}.
 */
public record InversionFile(NDArray noise, NDArray nullTexts, int[] timesteps, String caption, float guidance,
        Map<String, String> metadata) {

    /** The metadata's mark of this kind of file. */
    public static final String KIND = "null-text-inversion";

    /** The unconditional embedding of step {@code i} ({@code [1, T, dim]}). */
    public NDArray nullText(int i) {
        return nullTexts.get(i);
    }

    /**
     * Writes an inversion to {@code file} (through a temporary file renamed into place), {@code extra} (settings,
     * model, image) joining the metadata.
     */
    public static void write(Path file, NullTextInversion.Result result, String caption, float guidance,
            Map<String, String> extra) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>(extra);
        metadata.put("atelier.kind", KIND);
        metadata.put("caption", caption);
        metadata.put("guidance", Float.toString(guidance));
        metadata.put("timesteps", Arrays.stream(result.timesteps()).mapToObj(Integer::toString).collect(Collectors.joining(",")));
        metadata.put("losses", Arrays.stream(result.losses()).mapToObj(l -> String.format(Locale.ROOT, "%.3g", l))
                .collect(Collectors.joining(",")));
        NDArray texts = NDArrays.stack(new NDList(result.nullTexts()));
        try (SafetensorsWriter writer = SafetensorsWriter.create(file, metadata,
                List.of(new SafetensorsWriter.Spec("x_T", DType.F32, result.noise().getShape().getShape()),
                        new SafetensorsWriter.Spec("null_texts", DType.F32, texts.getShape().getShape())))) {
            writer.writeFloats("x_T", result.noise().toFloatArray());
            writer.writeFloats("null_texts", texts.toFloatArray());
        } finally {
            texts.close();
        }
    }

    /**
     * Reads an inversion into {@code manager}.
     *
     * @throws TensorFileException naming the file and what is wrong: not an inversion, a tensor or field missing, shapes
     *                             that do not agree with the timesteps
     */
    public static InversionFile read(Path file, NDManager manager) throws IOException {
        try (SafetensorsReader reader = SafetensorsReader.open(file)) {
            Map<String, String> metadata = reader.metadata();
            if (!KIND.equals(metadata.get("atelier.kind"))) {
                throw new TensorFileException(file, "not a null-text inversion (its metadata has no atelier.kind: " + KIND
                        + "); make one with a null-text inversion experiment");
            }
            String caption = field(file, metadata, "caption");
            float guidance;
            int[] timesteps;
            try {
                guidance = Float.parseFloat(field(file, metadata, "guidance"));
            } catch (NumberFormatException e) {
                throw new TensorFileException(file, "metadata 'guidance' is not a number: " + metadata.get("guidance"));
            }
            try {
                timesteps = Arrays.stream(field(file, metadata, "timesteps").split(",")).map(String::strip)
                        .mapToInt(Integer::parseInt).toArray();
            } catch (NumberFormatException e) {
                throw new TensorFileException(file, "metadata 'timesteps' is not a list of whole numbers: "
                        + metadata.get("timesteps"));
            }
            TensorInfo noise = tensor(reader, file, "x_T");
            TensorInfo texts = tensor(reader, file, "null_texts");
            long[] ns = noise.shape();
            long[] ts = texts.shape();
            if (ns.length != 4 || ns[0] != 1 || ts.length != 4 || ts[0] != timesteps.length || ts[1] != 1) {
                throw new TensorFileException(file, "x_T " + Arrays.toString(ns) + " and null_texts " + Arrays.toString(ts)
                        + " do not make an inversion of " + timesteps.length + " timesteps: [1, C, h, w] and ["
                        + timesteps.length + ", 1, T, dim]");
            }
            NDArray x = manager.create(reader.floats(noise), new Shape(ns));
            NDArray all = manager.create(reader.floats(texts), new Shape(ts));
            return new InversionFile(x, all, timesteps, caption, guidance, Map.copyOf(metadata));
        }
    }

    private static String field(Path file, Map<String, String> metadata, String key) throws TensorFileException {
        String value = metadata.get(key);
        if (value == null) {
            throw new TensorFileException(file, "metadata '" + key + "' is missing");
        }
        return value;
    }

    private static TensorInfo tensor(SafetensorsReader reader, Path file, String name) throws TensorFileException {
        TensorInfo info = reader.tensor(name);
        if (info == null) {
            throw new TensorFileException(file, "tensor '" + name + "' is missing");
        }
        return info;
    }
}
