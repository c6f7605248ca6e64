package org.atelier.tensors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a PyTorch file ({@code .pt}, {@code .ckpt}, {@code .bin}) in the zip format of {@code torch.save}, with
 * the restricted pickle reader: tensors, storages and plain containers only, nothing executed. The tensors are
 * listed flat under dotted names ({@code string_to_param.*}, {@code 320.0.linear.0.weight}); a checkpoint's
 * {@code {"state_dict": ...}} wrapper is unwrapped. {@link #root()} gives the rebuilt object as it is.
 */
public final class TorchFile implements TensorSource {

    private final Path file;
    private final ZipFile zip;
    private final String prefix;
    private final Object root;
    private final Map<String, TensorInfo> tensors = new LinkedHashMap<>();
    private final Map<String, Pickle.Tensor> views = new LinkedHashMap<>();
    private String cachedKey;
    private byte[] cachedStorage;

    private TorchFile(Path file, ZipFile zip, String prefix, Object root) {
        this.file = file;
        this.zip = zip;
        this.prefix = prefix;
        this.root = root;
    }

    /** Opens a torch zip file and rebuilds its pickle. */
    public static TorchFile open(Path file) throws IOException {
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(magic, 0, 4);
            if (n < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
                if (n >= 2 && (magic[0] & 0xff) == 0x80) {
                    throw new TensorFileException(file, "a legacy (non-zip) PyTorch file: not supported; "
                            + "load and save it again with PyTorch 1.6 or later, or convert it to safetensors");
                }
                throw new TensorFileException(file, "not a PyTorch zip file (it does not start with PK)");
            }
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new TensorFileException(file, "a damaged zip archive: " + e, e);
        }
        try {
            ZipEntry pickle = null;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith("/data.pkl") && entry.getName().indexOf('/') == entry.getName().length() - 9) {
                    pickle = entry;
                    break;
                }
            }
            if (pickle == null) {
                throw new TensorFileException(file, "no <archive>/data.pkl in the zip: not a torch.save file");
            }
            String prefix = pickle.getName().substring(0, pickle.getName().length() - "data.pkl".length());
            byte[] data;
            try (InputStream in = zip.getInputStream(pickle)) {
                data = in.readAllBytes();
            } catch (IOException e) {
                throw new TensorFileException(file, "a damaged zip archive: data.pkl cannot be read: " + e, e);
            }
            Object root = PickleReader.read(file, data);
            TorchFile torch = new TorchFile(file, zip, prefix, root);
            torch.index();
            return torch;
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private void index() throws TensorFileException {
        Object content = root;
        if (content instanceof Map<?, ?> map && map.get("state_dict") instanceof Map<?, ?> stateDict) {
            content = stateDict;
        }
        flatten("", content);
    }

    private void flatten(String name, Object value) throws TensorFileException {
        if (value instanceof Pickle.Tensor tensor) {
            DType dtype = tensor.storage().dtype();
            long begin = tensor.offset() * dtype.bytes();
            tensors.put(name, new TensorInfo(name, dtype, tensor.size(), begin, begin + tensor.numel() * dtype.bytes()));
            views.put(name, tensor);
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                flatten(join(name, String.valueOf(e.getKey())), e.getValue());
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(join(name, String.valueOf(i)), list.get(i));
            }
        } else if (value instanceof Pickle.Tuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                flatten(join(name, String.valueOf(i)), tuple.get(i));
            }
        }
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** The rebuilt pickle, without unwrapping: dicts are Maps, tensors {@link Pickle.Tensor}s. */
    public Object root() {
        return root;
    }

    /** The pickle's view of a listed tensor. */
    public Pickle.Tensor view(String name) {
        return views.get(name);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Map<String, String> metadata() {
        return Map.of();
    }

    @Override
    public List<TensorInfo> tensors() {
        return List.copyOf(tensors.values());
    }

    @Override
    public TensorInfo tensor(String name) {
        return tensors.get(name);
    }

    /** The names of the archive's entries, for checks. */
    public List<String> entries() {
        List<String> names = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            names.add(entry.getName());
        }
        return names;
    }

    @Override
    public synchronized ByteBuffer bytes(TensorInfo info) throws IOException {
        Pickle.Tensor view = views.get(info.name());
        if (view == null) {
            throw new TensorFileException(file, "no tensor '" + info.name() + "'");
        }
        byte[] storage = storage(view.storage());
        int size = view.storage().dtype().bytes();
        long numel = view.numel();
        if (view.contiguous()) {
            long begin = view.offset() * size;
            long end = begin + numel * size;
            if (begin < 0 || end > storage.length) {
                throw new TensorFileException(file, "tensor '" + info.name() + "' reaches past its storage (" + storage.length
                        + " bytes)");
            }
            return ByteBuffer.wrap(storage, (int) begin, (int) (end - begin)).slice().order(ByteOrder.LITTLE_ENDIAN);
        }
        // A strided view: gather its elements in row-major order.
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(numel * size)).order(ByteOrder.LITTLE_ENDIAN);
        long[] shape = view.size();
        long[] stride = view.stride();
        long[] index = new long[shape.length];
        for (long i = 0; i < numel; i++) {
            long element = view.offset();
            for (int d = 0; d < shape.length; d++) {
                element += index[d] * stride[d];
            }
            long at = element * size;
            if (at < 0 || at + size > storage.length) {
                throw new TensorFileException(file, "tensor '" + info.name() + "' reaches past its storage");
            }
            out.put(storage, (int) at, size);
            for (int d = shape.length - 1; d >= 0; d--) {
                if (++index[d] < shape[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        out.flip();
        return out;
    }

    private byte[] storage(Pickle.Storage storage) throws IOException {
        if (storage.key().equals(cachedKey)) {
            return cachedStorage;
        }
        ZipEntry entry = zip.getEntry(prefix + "data/" + storage.key());
        if (entry == null) {
            throw new TensorFileException(file, "storage " + storage.key() + " is missing from the archive (data/"
                    + storage.key() + ")");
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readAllBytes();
        } catch (TensorFileException e) {
            throw e;
        } catch (IOException e) {
            throw new TensorFileException(file, "storage " + storage.key() + " is damaged: " + e, e);
        }
        cachedKey = storage.key();
        cachedStorage = bytes;
        return bytes;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
