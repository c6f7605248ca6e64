package org.atelier.diffusion.nn;

import java.io.IOException;
import java.util.List;

import org.atelier.tensors.TensorFileException;
import org.atelier.tensors.TensorInfo;
import org.atelier.tensors.TensorSource;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The tensors of a model file under a key prefix, read as float32 arrays of a manager: what a network reads its
 * weights through. A missing tensor is an error that names it and says what the file should have been.
 */
public final class Weights {

    private final TensorSource source;
    private final String prefix;
    private final NDManager manager;
    private final String expected;
    private final ModelWeights read;

    /** @param expected what the file should hold, for errors ("an SD 1.x UNet") */
    public Weights(TensorSource source, String prefix, NDManager manager, String expected) {
        this(source, prefix, manager, expected, new ModelWeights());
    }

    private Weights(TensorSource source, String prefix, NDManager manager, String expected, ModelWeights read) {
        this.source = source;
        this.prefix = prefix;
        this.manager = manager;
        this.expected = expected;
        this.read = read;
    }

    /** The weights under {@code prefix + more}, sharing what has been read. */
    public Weights under(String more) {
        return new Weights(source, prefix + more, manager, expected, read);
    }

    /** The arrays read through these weights and those under them, by their file keys. */
    public ModelWeights read() {
        return read;
    }

    public String prefix() {
        return prefix;
    }

    /** The file's key of {@code name} under this prefix. */
    public String key(String name) {
        return prefix + name;
    }

    public boolean has(String name) {
        return source.tensor(prefix + name) != null;
    }

    public long[] shape(String name) throws TensorFileException {
        return info(name).shape();
    }

    /** The tensor as an array; the same array each time it is asked for. */
    public NDArray get(String name) throws IOException {
        NDArray known = read.array(prefix + name);
        if (known != null) {
            return known;
        }
        TensorInfo t = info(name);
        NDArray array = manager.create(source.floats(t), new Shape(t.shape()));
        read.add(prefix + name, List.of(array));
        return array;
    }

    /**
     * The tensor cut into {@code parts} equal arrays along its first axis (OpenCLIP's fused query, key and value
     * projections), each an array of its own that the network computes with and training may change.
     */
    public NDList split(String name, int parts) throws IOException {
        TensorInfo t = info(name);
        NDList split;
        try (NDArray whole = manager.create(source.floats(t), new Shape(t.shape()))) {
            split = whole.split(parts, 0);
        }
        List<NDArray> own = new java.util.ArrayList<>();
        for (NDArray part : split) {
            own.add(part.duplicate());
        }
        split.close();
        read.add(prefix + name, own);
        return new NDList(own);
    }

    /** The tensor, or null when the file has none of that name (optional parts: biases, shortcuts). */
    public NDArray optional(String name) throws IOException {
        return has(name) ? get(name) : null;
    }

    /** The model file read. */
    public java.nio.file.Path file() {
        return source.file();
    }

    public NDManager manager() {
        return manager;
    }

    private TensorInfo info(String name) throws TensorFileException {
        TensorInfo t = source.tensor(prefix + name);
        if (t == null) {
            throw new TensorFileException(source.file(), "no tensor '" + prefix + name + "': not " + expected);
        }
        return t;
    }
}
