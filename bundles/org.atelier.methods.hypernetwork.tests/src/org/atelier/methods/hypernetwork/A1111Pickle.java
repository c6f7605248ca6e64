package org.atelier.methods.hypernetwork;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.atelier.diffusion.hypernetwork.Hypernetwork;

import ai.djl.ndarray.NDArray;

/**
 * Writes a hypernetwork as {@code torch.save} writes AUTOMATIC1111's dict, opcode by opcode, independently of the
 * product's writer: protocol 2, the sizes as integer keys each holding a tuple of two {@code state_dict()}s
 * (OrderedDicts with their {@code _metadata} set by BUILD after their items), tensors through
 * {@code torch._utils._rebuild_tensor_v2} and persistent storages, every object memoised (past 255, with
 * LONG_BINPUT) and repeated globals fetched from the memo, the archive named after the file.
 */
final class A1111Pickle {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<String, Integer> globals = new HashMap<>();
    private final List<float[]> storages = new ArrayList<>();
    private int memo;

    private A1111Pickle() {
    }

    static void write(Path file, Hypernetwork network) throws IOException {
        write(file, network, network.structure().activation());
    }

    /** As {@link #write(Path, Hypernetwork)}, with {@code activation} as its activation function's name. */
    static void write(Path file, Hypernetwork network, String activation) throws IOException {
        A1111Pickle p = new A1111Pickle();
        p.op(0x80, 2);
        p.op('}');
        p.put();
        p.op('(');
        Map<String, NDArray> arrays = network.arrays();
        for (int width : network.widths()) {
            p.integer(width);
            p.stateDict(arrays, width + ".0.");
            p.stateDict(arrays, width + ".1.");
            p.op(0x86); // TUPLE2
            p.put();
        }
        Hypernetwork.Structure s = network.structure();
        p.string("step");
        p.integer(network.step());
        p.string("name");
        p.string(network.name());
        p.string("layer_structure");
        p.floats(s.layers());
        p.string("activation_func");
        p.string(activation);
        p.string("is_layer_norm");
        p.op(s.layerNorm() ? 0x88 : 0x89);
        p.string("weight_initialization");
        p.string(s.weightInit());
        p.string("sd_checkpoint");
        p.op('N');
        p.string("sd_checkpoint_name");
        p.op('N');
        p.string("activate_output");
        p.op(s.activateOutput() ? 0x88 : 0x89);
        p.string("use_dropout");
        p.op(s.usesDropout() ? 0x88 : 0x89);
        p.string("dropout_structure");
        p.floats(s.dropout());
        p.string("last_layer_dropout");
        p.op(0x89);
        p.string("optional_info");
        p.op('N');
        p.op('u'); // SETITEMS
        p.op('.');
        p.zip(file);
    }

    private void stateDict(Map<String, NDArray> arrays, String prefix) throws IOException {
        global("collections", "OrderedDict");
        op(')');
        op('R');
        put();
        op('(');
        for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                string(e.getKey().substring(prefix.length()));
                tensor(e.getValue());
            }
        }
        op('u');
        // BUILD sets the dict's attributes: {'_metadata': OrderedDict({'': {'version': 1}})}
        op('}');
        put();
        string("_metadata");
        global("collections", "OrderedDict");
        op(')');
        op('R');
        put();
        string("");
        op('}');
        put();
        string("version");
        integer(1);
        op('s');
        op('s');
        op('s');
        op('b');
    }

    private void tensor(NDArray array) throws IOException {
        long[] shape = array.getShape().getShape();
        global("torch._utils", "_rebuild_tensor_v2");
        op('(');
        op('(');
        string("storage");
        global("torch", "FloatStorage");
        string(Integer.toString(storages.size()));
        string("cpu");
        integer(array.size());
        op('t');
        put();
        op('Q'); // BINPERSID
        storages.add(array.toFloatArray());
        integer(0);
        op('(');
        for (long d : shape) {
            integer(d);
        }
        op('t');
        put();
        op('(');
        long stride = 1;
        long[] strides = new long[shape.length];
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= shape[i];
        }
        for (long st : strides) {
            integer(st);
        }
        op('t');
        put();
        op(0x89); // requires_grad False
        global("collections", "OrderedDict");
        op(')');
        op('R');
        put();
        op('t');
        put();
        op('R');
        put();
    }

    private void global(String module, String name) throws IOException {
        Integer at = globals.get(module + "." + name);
        if (at != null) {
            if (at < 256) {
                op('h', at);
            } else {
                op('j');
                int32(at);
            }
            return;
        }
        out.write('c');
        out.write((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
        globals.put(module + "." + name, memo);
        put();
    }

    private void floats(List<Double> values) throws IOException {
        op(']');
        put();
        op('(');
        for (double v : values) {
            out.write('G');
            out.write(ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putDouble(v).array());
        }
        op('e');
    }

    private void string(String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.write('X');
        int32(utf8.length);
        out.write(utf8);
        put();
    }

    private void integer(long v) throws IOException {
        if (v >= 0 && v < 256) {
            op('K', (int) v);
        } else if (v >= 0 && v < 65536) {
            op('M', (int) (v & 0xff), (int) (v >> 8));
        } else {
            op('J');
            int32((int) v);
        }
    }

    /** Memoises the top of the stack as the pickler does: BINPUT, or LONG_BINPUT past 255. */
    private void put() throws IOException {
        if (memo < 256) {
            op('q', memo);
        } else {
            op('r');
            int32(memo);
        }
        memo++;
    }

    private void op(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
    }

    private void int32(int v) throws IOException {
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
    }

    private void zip(Path file) throws IOException {
        String archive = file.getFileName().toString().replaceFirst("\\.pt$", "");
        try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(stream)) {
            entry(zip, archive + "/data.pkl", out.toByteArray());
            for (int i = 0; i < storages.size(); i++) {
                ByteBuffer bytes = ByteBuffer.allocate(storages.get(i).length * 4).order(ByteOrder.LITTLE_ENDIAN);
                bytes.asFloatBuffer().put(storages.get(i));
                entry(zip, archive + "/data/" + i, bytes.array());
            }
            entry(zip, archive + "/version", "3\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }
}
