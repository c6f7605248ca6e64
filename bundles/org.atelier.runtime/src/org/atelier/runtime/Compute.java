package org.atelier.runtime;

import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.util.Utils;
import ai.djl.util.cuda.CudaUtils;

/**
 * The compute engine: PyTorch through DJL, embedded in this bundle with its CPU natives. It starts once, by name
 * and with this bundle's class loader (DJL finds engines through the thread's context class loader and, when
 * that fails, silently falls back to an engine whose every operation throws), offline and with DJL's usage
 * tracking off. Starting extracts the natives into DJL's cache folder the first time, which takes seconds:
 * never call it on the UI thread.
 */
public final class Compute {

    /** The engine Atelier runs on. */
    public static final String ENGINE = "PyTorch";

    private static Engine engine;

    static {
        // before any DJL class makes its logger or reads its settings
        configure();
    }

    private Compute() {
    }

    /**
     * The started engine.
     *
     * @throws ComputeException      when PyTorch cannot start here, saying why
     * @throws IllegalStateException in a process that must not start it ({@link EngineAccess})
     */
    public static synchronized Engine engine() throws ComputeException {
        EngineAccess.check();
        if (engine != null) {
            return engine;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Compute.class.getClassLoader());
        try {
            if (!Engine.hasEngine(ENGINE)) {
                throw new ComputeException("the " + ENGINE + " engine is not installed: DJL found " + Engine.getAllEngines());
            }
            Engine started = Engine.getEngine(ENGINE);
            started.getVersion(); // loads the natives now, not in the middle of the first operation
            quietNativeWarnings();
            engine = started;
            return engine;
        } catch (RuntimeException | LinkageError e) {
            throw new ComputeException(ENGINE + " cannot start: " + (e.getMessage() == null ? e : e.getMessage())
                    + " (DJL cache folder " + cacheFolder() + ")", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Offline, no usage tracking, DJL's log at warnings only (and none for a CUDA library without a GPU, which
     * {@link #devices()} reports plainly): unless the user said otherwise.
     */
    private static void configure() {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null && System.getenv(property) == null) {
            System.setProperty(property, value);
        }
    }

    /**
     * PyTorch's own log at errors only (unless {@code TORCH_CPP_LOG_LEVEL} says otherwise): on a processor NNPACK
     * does not support it warns at every convolution. PyTorch reads that variable only when Python starts it, so
     * its level is set here, in the loaded {@code libc10}'s {@code FLAGS_caffe2_log_level} (0 info, 1 warning, 2
     * error). Where the library or the symbol is not found, the log stays as it is.
     */
    private static void quietNativeWarnings() {
        String wanted = System.getenv("TORCH_CPP_LOG_LEVEL");
        int level = wanted == null ? 2 : switch (wanted.trim().toUpperCase(java.util.Locale.ROOT)) {
        case "INFO", "0" -> 0;
        case "WARNING", "1" -> 1;
        case "FATAL", "3" -> 3;
        default -> 2;
        };
        com.sun.jna.Pointer flag = nativeLogLevelFlag();
        if (flag != null) {
            flag.setInt(0, level);
        }
    }

    /** PyTorch's log level flag in the loaded {@code libc10}; null where not found (not Linux, another build). */
    static com.sun.jna.Pointer nativeLogLevelFlag() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/maps"))) {
                int at = line.indexOf('/');
                if (at >= 0 && line.endsWith("/libc10.so")) {
                    return com.sun.jna.NativeLibrary.getInstance(line.substring(at))
                            .getGlobalVariableAddress("FLAGS_caffe2_log_level");
                }
            }
        } catch (java.io.IOException | RuntimeException | LinkageError e) {
            // its warnings stay
        }
        return null;
    }

    private static final Map<Device, Double> THROUGHPUT = new ConcurrentHashMap<>();

    /**
     * What the device multiplies, in floating-point operations per second: the best of three products of two
     * 1024x1024 float32 matrices after one to warm up (a tenth of a second on two cores), measured once per process.
     * Time estimates scale from it, so they follow the machine and its threads.
     */
    public static double throughput(Device device) throws ComputeException {
        Engine started = engine();
        return THROUGHPUT.computeIfAbsent(device, d -> {
            int n = 1024;
            try (NDManager manager = started.newBaseManager(d)) {
                NDArray a = manager.randomUniform(-1, 1, new Shape(n, n));
                NDArray b = manager.randomUniform(-1, 1, new Shape(n, n));
                long best = Long.MAX_VALUE;
                for (int i = 0; i < 4; i++) {
                    long start = System.nanoTime();
                    try (NDArray product = a.matMul(b)) {
                        product.getFloat(0, 0); // waits for the device
                    }
                    long took = System.nanoTime() - start;
                    if (i > 0) {
                        best = Math.min(best, took);
                    }
                }
                return 2.0 * n * n * n / (Math.max(best, 1) / 1e9);
            }
        });
    }

    /**
     * The speed of the device set, for time estimates: remembered ({@link DeviceSpeed}), else measured here and
     * remembered; empty, without measuring, in a process that must not start the engine ({@link EngineAccess}) until
     * a child process has measured it.
     *
     * @throws ComputeException when the engine cannot start to measure, or the device set is not here
     */
    public static java.util.Optional<DeviceSpeed.Figure> speed() throws ComputeException {
        java.util.Optional<DeviceSpeed.Figure> known = DeviceSpeed.remembered();
        if (known.isPresent() || !EngineAccess.allowed()) {
            return known;
        }
        Device device = device();
        DeviceSpeed.Figure measured = new DeviceSpeed.Figure(name(device), throughput(device));
        DeviceSpeed.remember(measured);
        return java.util.Optional.of(measured);
    }

    /** Where DJL keeps the extracted natives: {@code DJL_CACHE_DIR}, else {@code ~/.djl.ai}. */
    public static Path cacheFolder() {
        return Utils.getEngineCacheDir();
    }

    /** A device computations can run on, with its memory where the device tells (GPUs). */
    public record DeviceInfo(Device device, String description, long totalMemory, long usedMemory) {
    }

    /**
     * The system property naming the device computations run on: {@code auto} (or unset: a CUDA GPU when there is
     * one, else the CPU), {@code cpu}, or {@code gpu0}, {@code gpu1}... The workbench's preference sets it for runs.
     */
    public static final String DEVICE = "atelier.device";
    private static final java.util.regex.Pattern GPU = java.util.regex.Pattern.compile("(?:gpu|cuda:?)(\\d+)");

    /**
     * The device computations run on, as {@value #DEVICE} names it.
     *
     * @throws ComputeException when it names a device that is not here, or none
     */
    public static Device device() throws ComputeException {
        Engine started = engine();
        String setting = System.getProperty(DEVICE, "auto").strip().toLowerCase(java.util.Locale.ROOT);
        if (setting.isEmpty() || setting.equals("auto")) {
            return started.defaultDevice();
        }
        if (setting.equals("cpu")) {
            return Device.cpu();
        }
        java.util.regex.Matcher gpu = GPU.matcher(setting);
        if (gpu.matches()) {
            int index = Integer.parseInt(gpu.group(1));
            if (index < started.getGpuCount()) {
                return Device.gpu(index);
            }
            throw new ComputeException("device '" + setting + "' (" + DEVICE + "): this machine has "
                    + (started.getGpuCount() == 0 ? "no CUDA GPU" : started.getGpuCount() + " CUDA GPUs, gpu0 to gpu" + (started.getGpuCount() - 1))
                    + " for " + ENGINE);
        }
        throw new ComputeException("device '" + setting + "' (" + DEVICE + "): not a device; auto, cpu, gpu0, gpu1...");
    }

    /** The device as the settings name it: {@code cpu}, {@code gpu0}... */
    public static String name(Device device) {
        return device.isGpu() ? "gpu" + device.getDeviceId() : "cpu";
    }

    /**
     * The device as a run records it: {@code cpu}, or a GPU with what CUDA tells of it
     * ({@code gpu0 (CUDA, compute capability 86, 24.0 GB)}).
     */
    public static String describe(Device device) {
        if (!device.isGpu()) {
            return name(device);
        }
        try {
            return String.format(java.util.Locale.ROOT, "%s (CUDA, compute capability %s, %.1f GB)", name(device),
                    CudaUtils.getComputeCapability(device.getDeviceId()), CudaUtils.getGpuMemory(device).getMax() / 1e9);
        } catch (RuntimeException e) {
            return name(device) + " (CUDA)";
        }
    }

    /** The CPU, and each CUDA GPU DJL's natives can use. */
    public static List<DeviceInfo> devices() throws ComputeException {
        Engine started = engine();
        List<DeviceInfo> devices = new ArrayList<>();
        devices.add(new DeviceInfo(Device.cpu(), "CPU, " + Runtime.getRuntime().availableProcessors() + " cores", -1, -1));
        for (int i = 0; i < started.getGpuCount(); i++) {
            Device gpu = Device.gpu(i);
            MemoryUsage memory = CudaUtils.getGpuMemory(gpu);
            devices.add(new DeviceInfo(gpu, "CUDA GPU " + i + ", compute capability " + CudaUtils.getComputeCapability(i),
                    memory.getMax(), memory.getUsed()));
        }
        return devices;
    }

    /**
     * What {@code atelier doctor} shows: the engine and its versions, devices, threads, the cache folder and
     * whether the engine works here (a small computation checked against its known result).
     */
    public static Map<String, String> report() {
        Map<String, String> report = new LinkedHashMap<>();
        report.put("DJL", Engine.getDjlVersion());
        report.put("offline", String.valueOf(Utils.isOfflineMode()));
        try {
            Engine started = engine();
            report.put("engine", started.getEngineName() + " " + started.getVersion());
            report.put("cache folder", cacheFolder().toString());
            for (DeviceInfo device : devices()) {
                report.put("device " + device.device(), device.description() + (device.totalMemory() < 0 ? ""
                        : String.format(java.util.Locale.ROOT, ", %.1f GB (%.1f GB in use)", device.totalMemory() / 1e9,
                                device.usedMemory() / 1e9)));
            }
            report.put("CUDA", CudaUtils.hasCuda() ? CudaUtils.getCudaVersionString() : "none (CPU only)");
            report.put("computes on", device() + " (" + DEVICE + "=" + System.getProperty(DEVICE, "auto") + ")");
            report.put("threads per operation", System.getProperty("ai.djl.pytorch.num_threads",
                    Runtime.getRuntime().availableProcessors() + " (one per core)"));
            report.put("check", SelfCheck.run());
        } catch (ComputeException e) {
            report.put("cache folder", cacheFolder().toString());
            report.put("problem", e.getMessage());
        }
        return report;
    }
}
