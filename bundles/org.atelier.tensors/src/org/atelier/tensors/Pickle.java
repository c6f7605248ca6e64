package org.atelier.tensors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values a restricted pickle is rebuilt into: plain Java values plus a few records for torch's objects. */
public final class Pickle {

    private Pickle() {
    }

    /** A tuple: an immutable list. */
    public record Tuple(List<Object> items) {
        public Tuple {
            items = java.util.Collections.unmodifiableList(new ArrayList<>(items));
        }

        public Object get(int i) {
            return items.get(i);
        }

        public int size() {
            return items.size();
        }
    }

    /** A class named by the pickle (a GLOBAL); only whitelisted ones are ever made. */
    public record Global(String module, String name) {
        public String qualified() {
            return module + "." + name;
        }
    }

    /** A torch storage: its element type and the key of its bytes ({@code data/<key>} in the archive). */
    public record Storage(DType dtype, String key, long numel) {
    }

    /** A tensor: a view of a storage. */
    public record Tensor(Storage storage, long offset, long[] size, long[] stride) {
        public Tensor {
            size = size.clone();
            stride = stride.clone();
        }

        public long numel() {
            return TensorInfo.numel(size);
        }

        /** True when the elements lie one after the other in row-major order. */
        public boolean contiguous() {
            long expected = 1;
            for (int i = size.length - 1; i >= 0; i--) {
                if (size[i] != 1 && stride[i] != expected) {
                    return false;
                }
                expected *= size[i];
            }
            return true;
        }
    }

    /**
     * An object of a whitelisted class that holds no tensors and is kept only as inert data (for example
     * PyTorch Lightning's ModelCheckpoint in old checkpoints): its class, arguments and state.
     */
    public record Inert(Global type, Object args, Object state) {
    }

    /** A dict from a pickle; insertion order kept. */
    public static Map<Object, Object> newDict() {
        return new LinkedHashMap<>();
    }
}
