package org.atelier.tensors;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pickle virtual machine that can only rebuild data: dicts, lists, tuples, sets, strings, bytes, numbers,
 * booleans, None, and torch tensors and storages. Every class a pickle names (GLOBAL) is checked against a
 * whitelist; anything else, {@code os.system} or {@code builtins.eval} among them, stops the read with an error
 * naming it. Nothing in a file is ever executed: whitelisted names are mapped to Java code of our own.
 */
final class PickleReader {

    private static final Set<String> STORAGES = Set.of("FloatStorage", "HalfStorage", "BFloat16Storage",
            "DoubleStorage", "LongStorage", "IntStorage", "ShortStorage", "CharStorage", "ByteStorage", "BoolStorage");

    /** Classes kept as inert data: A1111 allows the same ones for old checkpoints. */
    private static final Set<String> INERT = Set.of("pytorch_lightning.callbacks.model_checkpoint.ModelCheckpoint",
            "numpy.core.multiarray.scalar", "numpy.dtype", "numpy._core.multiarray.scalar", "torch.device");

    private static final Object MARK = new Object() {
        @Override
        public String toString() {
            return "MARK";
        }
    };

    private final Path file;
    private final ByteBuffer in;
    private final Deque<Object> stack = new ArrayDeque<>();
    private final Map<Integer, Object> memo = new HashMap<>();

    private PickleReader(Path file, byte[] data) {
        this.file = file;
        this.in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Rebuilds the object of a pickle. */
    static Object read(Path file, byte[] data) throws TensorFileException {
        try {
            return new PickleReader(file, data).run();
        } catch (java.nio.BufferUnderflowException e) {
            throw new TensorFileException(file, "the pickle ends in the middle of an instruction (truncated?)");
        } catch (ClassCastException | java.util.NoSuchElementException | IndexOutOfBoundsException | ArithmeticException
                | IllegalArgumentException | NegativeArraySizeException | NullPointerException e) {
            throw new TensorFileException(file, "the pickle is malformed: " + e);
        }
    }

    private TensorFileException malformed(String what) {
        return new TensorFileException(file, "the pickle is malformed at byte " + in.position() + ": " + what);
    }

    private Object run() throws TensorFileException {
        while (true) {
            if (!in.hasRemaining()) {
                throw new TensorFileException(file, "the pickle ends without STOP (truncated?)");
            }
            int op = in.get() & 0xff;
            switch (op) {
            case 0x80 -> { // PROTO
                int protocol = in.get() & 0xff;
                if (protocol > 5) {
                    throw malformed("unknown pickle protocol " + protocol);
                }
            }
            case 0x95 -> in.getLong(); // FRAME: frames need no handling when reading from memory
            case '.' -> { // STOP
                return pop();
            }
            case '(' -> stack.push(MARK);
            case '}' -> push(Pickle.newDict());
            case ']' -> push(new ArrayList<>());
            case ')' -> push(new Pickle.Tuple(List.of()));
            case 0x8f -> push(new LinkedHashSet<>()); // EMPTY_SET
            case 'N' -> push(null);
            case 0x88 -> push(Boolean.TRUE);
            case 0x89 -> push(Boolean.FALSE);
            case 'J' -> push((long) in.getInt()); // BININT
            case 'K' -> push((long) (in.get() & 0xff)); // BININT1
            case 'M' -> push((long) (in.getShort() & 0xffff)); // BININT2
            case 0x8a -> push(longOf(bytes(in.get() & 0xff))); // LONG1
            case 0x8b -> push(longOf(bytes(length32()))); // LONG4
            case 'G' -> push(Double.longBitsToDouble(Long.reverseBytes(in.getLong()))); // BINFLOAT, big-endian
            case 'X' -> push(utf8(bytes(length32()))); // BINUNICODE
            case 0x8c -> push(utf8(bytes(in.get() & 0xff))); // SHORT_BINUNICODE
            case 0x8d -> push(utf8(bytes(length64()))); // BINUNICODE8
            case 'T' -> push(new String(bytes(length32()), StandardCharsets.ISO_8859_1)); // BINSTRING
            case 'U' -> push(new String(bytes(in.get() & 0xff), StandardCharsets.ISO_8859_1)); // SHORT_BINSTRING
            case 'B' -> push(bytes(length32())); // BINBYTES
            case 'C' -> push(bytes(in.get() & 0xff)); // SHORT_BINBYTES
            case 0x8e -> push(bytes(length64())); // BINBYTES8
            case 'I', 'L' -> push(parseIntLine(line())); // INT, LONG (protocol 0)
            case 'F' -> push(Double.parseDouble(line())); // FLOAT (protocol 0)
            case 't' -> push(new Pickle.Tuple(popMark()));
            case 0x85 -> push(new Pickle.Tuple(java.util.Arrays.asList(pop())));
            case 0x86 -> {
                Object b = pop();
                Object a = pop();
                push(new Pickle.Tuple(java.util.Arrays.asList(a, b)));
            }
            case 0x87 -> {
                Object c = pop();
                Object b = pop();
                Object a = pop();
                push(new Pickle.Tuple(java.util.Arrays.asList(a, b, c)));
            }
            case 'l' -> push(new ArrayList<>(popMark()));
            case 'd' -> {
                List<Object> items = popMark();
                Map<Object, Object> dict = Pickle.newDict();
                for (int i = 0; i + 1 < items.size(); i += 2) {
                    dict.put(items.get(i), items.get(i + 1));
                }
                push(dict);
            }
            case 'a' -> {
                Object value = pop();
                list(peek()).add(value);
            }
            case 'e' -> {
                List<Object> values = popMark();
                list(peek()).addAll(values);
            }
            case 's' -> {
                Object value = pop();
                Object key = pop();
                dict(peek()).put(key, value);
            }
            case 'u' -> {
                List<Object> items = popMark();
                Map<Object, Object> dict = dict(peek());
                for (int i = 0; i + 1 < items.size(); i += 2) {
                    dict.put(items.get(i), items.get(i + 1));
                }
            }
            case 0x90 -> { // ADDITEMS
                List<Object> items = popMark();
                set(peek()).addAll(items);
            }
            case 0x91 -> push(java.util.Collections.unmodifiableSet(new LinkedHashSet<>(popMark()))); // FROZENSET
            case 'q' -> memo.put(in.get() & 0xff, peek()); // BINPUT
            case 'r' -> memo.put(memoIndex(), peek()); // LONG_BINPUT
            case 0x94 -> memo.put(memo.size(), peek()); // MEMOIZE
            case 'p' -> memo.put(Integer.parseInt(line()), peek()); // PUT
            case 'h' -> push(memoGet(in.get() & 0xff)); // BINGET
            case 'j' -> push(memoGet(memoIndex())); // LONG_BINGET
            case 'g' -> push(memoGet(Integer.parseInt(line()))); // GET
            case '0' -> pop(); // POP
            case '1' -> popMark(); // POP_MARK
            case '2' -> push(peek()); // DUP
            case 'c' -> { // GLOBAL
                String module = line();
                String name = line();
                push(global(module, name));
            }
            case 0x93 -> { // STACK_GLOBAL
                Object name = pop();
                Object module = pop();
                push(global((String) module, (String) name));
            }
            case 'R' -> { // REDUCE
                Object args = pop();
                Object callable = pop();
                push(call(callable, (Pickle.Tuple) args));
            }
            case 0x81 -> { // NEWOBJ
                Object args = pop();
                Object cls = pop();
                push(call(cls, (Pickle.Tuple) args));
            }
            case 'b' -> { // BUILD
                Object state = pop();
                Object target = peek();
                if (target instanceof Pickle.Inert inert) {
                    stack.pop();
                    push(new Pickle.Inert(inert.type(), inert.args(), state));
                } else if (!(target instanceof Map) && !(target instanceof Pickle.Tensor)) {
                    throw new PickleSecurityException(file, "refused: the pickle sets the state of a "
                            + describe(target));
                }
                // A dict's state (OrderedDict's _metadata) and a tensor's state (requires_grad, hooks) carry no data.
            }
            case 'Q' -> { // BINPERSID
                push(persistent(pop()));
            }
            case 'P' -> push(persistent(line())); // PERSID
            case 'i', 'o', 0x82, 0x83, 0x84, 0x92, 'S', 'V' -> throw new PickleSecurityException(file,
                    "refused: pickle instruction 0x" + Integer.toHexString(op) + " (" + (char) op + ") is not supported"
                            + " by the restricted reader");
            default -> throw malformed("unknown pickle instruction 0x" + Integer.toHexString(op));
            }
        }
    }

    private Object global(String module, String name) throws PickleSecurityException {
        String qualified = module + "." + name;
        boolean allowed = switch (qualified) {
        case "collections.OrderedDict", "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_parameter",
                "torch._utils._rebuild_parameter_with_state", "torch.Size", "_codecs.encode", "builtins.set",
                "__builtin__.set", "builtins.frozenset" -> true;
        default -> (module.equals("torch") && STORAGES.contains(name)) || INERT.contains(qualified);
        };
        if (!allowed) {
            throw new PickleSecurityException(file, "refused: the pickle asks for " + qualified
                    + ", which is not a tensor, a storage or a container; it is never run");
        }
        return new Pickle.Global(module, name);
    }

    private Object call(Object callable, Pickle.Tuple args) throws TensorFileException {
        if (!(callable instanceof Pickle.Global global)) {
            throw new PickleSecurityException(file, "refused: the pickle calls a " + describe(callable));
        }
        switch (global.qualified()) {
        case "collections.OrderedDict": {
            Map<Object, Object> dict = Pickle.newDict();
            if (args.size() > 0 && args.get(0) instanceof Collection<?> pairs) {
                for (Object pair : pairs) {
                    Pickle.Tuple t = (Pickle.Tuple) pair;
                    dict.put(t.get(0), t.get(1));
                }
            }
            return dict;
        }
        case "torch._utils._rebuild_tensor_v2": {
            Pickle.Storage storage = (Pickle.Storage) args.get(0);
            long offset = (Long) args.get(1);
            long[] size = longs((Pickle.Tuple) args.get(2));
            long[] stride = longs((Pickle.Tuple) args.get(3));
            if (size.length != stride.length) {
                throw malformed("a tensor's size and stride differ in length");
            }
            return new Pickle.Tensor(storage, offset, size, stride);
        }
        case "torch._utils._rebuild_parameter", "torch._utils._rebuild_parameter_with_state":
            return args.get(0);
        case "torch.Size":
            return args.size() == 0 ? new Pickle.Tuple(List.of()) : new Pickle.Tuple(list(args.get(0)));
        case "_codecs.encode":
            return ((String) args.get(0)).getBytes(StandardCharsets.ISO_8859_1);
        case "builtins.set", "__builtin__.set", "builtins.frozenset":
            return args.size() == 0 ? new LinkedHashSet<>() : new LinkedHashSet<>((Collection<?>) args.get(0));
        default:
            if (INERT.contains(global.qualified())) {
                return new Pickle.Inert(global, args, null);
            }
            throw new PickleSecurityException(file, "refused: the pickle calls " + global.qualified());
        }
    }

    /** A persistent id: torch's ('storage', StorageType, key, location, numel). */
    private Object persistent(Object pid) throws TensorFileException {
        if (!(pid instanceof Pickle.Tuple t) || t.size() < 5 || !"storage".equals(t.get(0))) {
            throw new PickleSecurityException(file, "refused: a persistent id that is not a torch storage: " + describe(pid));
        }
        Pickle.Global type = (Pickle.Global) t.get(1);
        DType dtype = DType.ofTorchStorage(type.name());
        if (dtype == null) {
            throw new TensorFileException(file, "unknown storage type " + type.qualified());
        }
        Object numel = t.get(4);
        return new Pickle.Storage(dtype, String.valueOf(t.get(2)), numel instanceof Long n ? n : -1);
    }

    private static long[] longs(Pickle.Tuple tuple) {
        long[] values = new long[tuple.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (Long) tuple.get(i);
        }
        return values;
    }

    private static String describe(Object o) {
        if (o instanceof Pickle.Global g) {
            return g.qualified();
        }
        return o == null ? "None" : o.getClass().getSimpleName();
    }

    private void push(Object o) {
        stack.push(o == null ? NULL : o);
    }

    private static final Object NULL = new Object();

    private Object pop() throws TensorFileException {
        if (stack.isEmpty()) {
            throw malformed("the stack is empty");
        }
        Object o = stack.pop();
        if (o == MARK) {
            throw malformed("a MARK where a value was expected");
        }
        return o == NULL ? null : o;
    }

    private Object peek() throws TensorFileException {
        if (stack.isEmpty()) {
            throw malformed("the stack is empty");
        }
        Object o = stack.peek();
        return o == NULL ? null : o;
    }

    private List<Object> popMark() throws TensorFileException {
        List<Object> items = new ArrayList<>();
        while (true) {
            if (stack.isEmpty()) {
                throw malformed("no MARK on the stack");
            }
            Object o = stack.pop();
            if (o == MARK) {
                break;
            }
            items.add(0, o == NULL ? null : o);
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object o) throws TensorFileException {
        if (o instanceof List<?> l) {
            return (List<Object>) l;
        }
        if (o instanceof Pickle.Tuple t) {
            return new ArrayList<>(t.items());
        }
        throw malformed("expected a list, found a " + describe(o));
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> dict(Object o) throws TensorFileException {
        if (o instanceof Map<?, ?> m) {
            return (Map<Object, Object>) m;
        }
        throw malformed("expected a dict, found a " + describe(o));
    }

    @SuppressWarnings("unchecked")
    private Set<Object> set(Object o) throws TensorFileException {
        if (o instanceof Set<?> s) {
            return (Set<Object>) s;
        }
        throw malformed("expected a set, found a " + describe(o));
    }

    private Object memoGet(int index) throws TensorFileException {
        if (!memo.containsKey(index)) {
            throw malformed("memo entry " + index + " is not set");
        }
        return memo.get(index);
    }

    /** A 4-byte memo index (a count of objects, not of bytes: it may exceed what is left to read). */
    private int memoIndex() throws TensorFileException {
        int n = in.getInt();
        if (n < 0) {
            throw malformed("a negative memo index " + Integer.toUnsignedString(n));
        }
        return n;
    }

    private int length32() throws TensorFileException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw malformed("a length of " + Integer.toUnsignedString(n) + " bytes beyond the end");
        }
        return n;
    }

    private int length64() throws TensorFileException {
        long n = in.getLong();
        if (n < 0 || n > in.remaining()) {
            throw malformed("a length of " + Long.toUnsignedString(n) + " bytes beyond the end");
        }
        return (int) n;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        in.get(b);
        return b;
    }

    private String line() throws TensorFileException {
        StringBuilder s = new StringBuilder();
        while (true) {
            if (!in.hasRemaining()) {
                throw malformed("a text argument without its end of line");
            }
            char c = (char) (in.get() & 0xff);
            if (c == '\n') {
                return s.toString();
            }
            s.append(c);
        }
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static Object longOf(byte[] littleEndian) {
        if (littleEndian.length == 0) {
            return 0L;
        }
        byte[] big = new byte[littleEndian.length];
        for (int i = 0; i < big.length; i++) {
            big[i] = littleEndian[littleEndian.length - 1 - i];
        }
        BigInteger value = new BigInteger(big);
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private static Object parseIntLine(String text) {
        String t = text.endsWith("L") ? text.substring(0, text.length() - 1) : text;
        if (t.equals("00")) {
            return Boolean.FALSE;
        }
        if (t.equals("01")) {
            return Boolean.TRUE;
        }
        return Long.parseLong(t);
    }
}
