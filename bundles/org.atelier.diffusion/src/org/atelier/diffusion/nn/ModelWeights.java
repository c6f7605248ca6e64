package org.atelier.diffusion.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;

/**
 * The arrays a network computes with, by the key of the file's tensor they were read from: what full-weight training
 * trains and writes back. A tensor is one array, or several when the network splits it (OpenCLIP's fused
 * {@code in_proj}, split into the query, key and value projections): those are joined again along their first axis
 * to give the file's tensor.
 */
public final class ModelWeights {

    /** One tensor of the file: the arrays that hold it, joined along the first axis. */
    public record Tensor(String key, List<NDArray> parts) {

        public Tensor {
            parts = List.copyOf(parts);
        }

        /** The tensor as the file holds it: its one array, or its parts joined (a new array). */
        public NDArray value() {
            return parts.size() == 1 ? parts.get(0) : NDArrays.concat(new NDList(parts), 0);
        }

        /** The tensor's values as the file holds it (a joined array made for it is closed again). */
        public float[] floats() {
            NDArray value = value();
            try {
                return value.toFloatArray();
            } finally {
                if (parts.size() > 1) {
                    value.close();
                }
            }
        }

        public long elements() {
            return parts.stream().mapToLong(NDArray::size).sum();
        }
    }

    private final Map<String, Tensor> tensors = new LinkedHashMap<>();

    /** The array read for {@code key}, or null when none has been. */
    NDArray array(String key) {
        Tensor t = tensors.get(key);
        return t == null || t.parts().size() != 1 ? null : t.parts().get(0);
    }

    void add(String key, List<NDArray> parts) {
        tensors.put(key, new Tensor(key, new ArrayList<>(parts)));
    }

    /** Every tensor read, in the order the network read them. */
    public Map<String, Tensor> tensors() {
        return Collections.unmodifiableMap(tensors);
    }

    /** The weights of several networks as one (a model's text encoders, UNet and VAE). */
    public static ModelWeights of(List<ModelWeights> parts) {
        ModelWeights all = new ModelWeights();
        parts.forEach(p -> all.tensors.putAll(p.tensors));
        return all;
    }
}
