package org.atelier.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/** PyTorch through DJL inside OSGi: started by name from this bundle, offline, and computing right. */
class ComputeTest {

    @Test
    void theEngineStartsWhateverTheCallersClassLoader() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // a caller whose context class loader sees no engine (a Job, an SWT thread): DJL alone would fall back to
        // an engine that computes nothing
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            Engine engine = Compute.engine();
            assertEquals("PyTorch", engine.getEngineName());
            assertEquals("2.7.1", engine.getVersion());
            assertSame(engine, Compute.engine(), "started once");
        } finally {
            thread.setContextClassLoader(previous);
        }
        assertEquals("true", System.getProperty("ai.djl.offline"), "nothing is downloaded at run time");
        assertTrue(ai.djl.util.Utils.isOfflineMode());
    }

    @Test
    void itComputesForwardAndBackward() throws Exception {
        assertTrue(SelfCheck.run().startsWith("a matrix product and a gradient computed right"));
        try (NDManager manager = Compute.engine().newBaseManager()) {
            NDArray x = manager.arange(0f, 6f).reshape(2, 3);
            assertEquals(Device.cpu(), x.getDevice());
            assertEquals(15f, x.sum().getFloat(), "0 + 1 + ... + 5");
        }
    }

    @Test
    void pytorchLogsErrorsOnlySoNnpackDoesNotWarnAtEveryConvolution() throws Exception {
        Compute.engine();
        com.sun.jna.Pointer flag = Compute.nativeLogLevelFlag();
        assertTrue(flag != null, "libc10 and its log level found in this process");
        assertEquals(System.getenv("TORCH_CPP_LOG_LEVEL") == null ? 2 : flag.getInt(0), flag.getInt(0), "errors only");
    }

    @Test
    void theReportNamesEngineDevicesAndCache() {
        Map<String, String> report = Compute.report();
        assertEquals("PyTorch 2.7.1", report.get("engine"), report.toString());
        assertTrue(report.get("device cpu()").startsWith("CPU, "), report.toString());
        assertTrue(report.get("check").startsWith("a matrix product and a gradient computed right"), report.toString());
        assertTrue(report.get("cache folder").contains(Compute.cacheFolder().toString()), report.toString());
        assertTrue(!report.containsKey("problem"), report.toString());
    }

    @Test
    void theDeviceIsTheOneSetOrRefusedNamingTheSetting() throws Exception {
        try {
            System.clearProperty(Compute.DEVICE);
            assertEquals(Compute.engine().defaultDevice(), Compute.device(), "unset: automatic");
            System.setProperty(Compute.DEVICE, "CPU");
            assertEquals(Device.cpu(), Compute.device());
            System.setProperty(Compute.DEVICE, "gpu" + Compute.engine().getGpuCount());
            ComputeException missing = assertThrows(ComputeException.class, Compute::device);
            assertTrue(missing.getMessage().startsWith("device 'gpu" + Compute.engine().getGpuCount() + "' (atelier.device): this"
                    + " machine has "), missing.getMessage());
            System.setProperty(Compute.DEVICE, "tpu");
            ComputeException unknown = assertThrows(ComputeException.class, Compute::device);
            assertEquals("device 'tpu' (atelier.device): not a device; auto, cpu, gpu0, gpu1...", unknown.getMessage());
        } finally {
            System.clearProperty(Compute.DEVICE);
        }
    }
}
