package org.atelier.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.atelier.common.CacheFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The device's speed measured once and remembered in the cache folder, for the settings it holds for. */
class DeviceSpeedTest {

    @TempDir
    Path cache;

    private String previousCache;

    @BeforeEach
    void isolate() {
        previousCache = System.getProperty(CacheFolder.PROPERTY);
        System.setProperty(CacheFolder.PROPERTY, cache.toString());
        DeviceSpeed.forget();
    }

    @AfterEach
    void restore() {
        if (previousCache == null) {
            System.clearProperty(CacheFolder.PROPERTY);
        } else {
            System.setProperty(CacheFolder.PROPERTY, previousCache);
        }
        System.clearProperty(EngineAccess.FORBIDDEN);
        System.clearProperty("ai.djl.pytorch.num_threads");
        DeviceSpeed.forget();
    }

    private JsonObject store() throws Exception {
        return JsonParser.parseString(Files.readString(cache.resolve(DeviceSpeed.FILE))).getAsJsonObject();
    }

    @Test
    void measuredOnceThenReadFromTheStore() throws Exception {
        assertEquals(Optional.empty(), DeviceSpeed.remembered(), "nothing measured yet");
        DeviceSpeed.Figure measured = Compute.speed().orElseThrow();
        assertEquals("cpu", measured.device());
        assertTrue(measured.operationsPerSecond() > 1e8, "operations per second: " + measured.operationsPerSecond());
        JsonObject entry = store().getAsJsonObject(DeviceSpeed.key());
        assertEquals(measured.operationsPerSecond(), entry.get("operationsPerSecond").getAsDouble());
        assertTrue(DeviceSpeed.key().matches("device auto, \\d+ cores, .+, DJL 0\\.36\\.0, PyTorch 2\\.7\\.1"), DeviceSpeed.key());

        // another process (this one, forgetting) reads the figure written, and measures nothing: a figure no probe
        // would measure proves it
        DeviceSpeed.remember(new DeviceSpeed.Figure("cpu", 1234.5));
        DeviceSpeed.forget();
        assertEquals(1234.5, Compute.speed().orElseThrow().operationsPerSecond());
        assertEquals("the CPU", Compute.speed().orElseThrow().label());
    }

    @Test
    void aFigureHoldsForItsSettingsOnly() throws Exception {
        DeviceSpeed.remember(new DeviceSpeed.Figure("cpu", 1234.5));
        String allCores = DeviceSpeed.key();
        System.setProperty("ai.djl.pytorch.num_threads", "1");
        assertNotEquals(allCores, DeviceSpeed.key());
        assertTrue(DeviceSpeed.key().contains(", 1 threads, "), DeviceSpeed.key());
        assertEquals(Optional.empty(), DeviceSpeed.remembered(), "one thread is another figure");
        DeviceSpeed.remember(new DeviceSpeed.Figure("cpu", 99.0));
        assertEquals(2, store().size(), "both kept: " + store());
        System.clearProperty("ai.djl.pytorch.num_threads");
        DeviceSpeed.forget();
        assertEquals(1234.5, DeviceSpeed.remembered().orElseThrow().operationsPerSecond());
    }

    @Test
    void aDamagedStoreIsMeasuredAgainAndWrittenWhole() throws Exception {
        Files.writeString(cache.resolve(DeviceSpeed.FILE), "{ damaged");
        assertEquals(Optional.empty(), DeviceSpeed.remembered());
        DeviceSpeed.Figure measured = Compute.speed().orElseThrow();
        assertEquals(measured.operationsPerSecond(), store().getAsJsonObject(DeviceSpeed.key()).get("operationsPerSecond").getAsDouble());

        for (String entry : new String[] { "{\"device\":\"cpu\",\"operationsPerSecond\":-3}", "{\"device\":5,\"operationsPerSecond\":1e9}",
                "{\"device\":\"cpu\",\"operationsPerSecond\":\"fast\"}", "{\"device\":\"\",\"operationsPerSecond\":1e9}", "[1,2]", "7" }) {
            Files.writeString(cache.resolve(DeviceSpeed.FILE), "{\"" + DeviceSpeed.key() + "\":" + entry + ",\"other\":{}}");
            DeviceSpeed.forget();
            assertEquals(Optional.empty(), DeviceSpeed.remembered(), "not a figure: " + entry);
        }
        DeviceSpeed.remember(new DeviceSpeed.Figure("cpu", 5e9));
        assertTrue(store().has("other"), "the other entries are kept: " + store());
        assertEquals(5e9, store().getAsJsonObject(DeviceSpeed.key()).get("operationsPerSecond").getAsDouble());
        assertFalse(Files.list(cache).anyMatch(p -> p.getFileName().toString().endsWith(".part")), "written whole");
    }

    @Test
    void aProcessThatMustNotStartTheEngineReadsButNeverMeasures() throws Exception {
        EngineAccess.forbid("the test's workbench");
        assertEquals(Optional.empty(), Compute.speed(), "not measured here");
        assertFalse(Files.exists(cache.resolve(DeviceSpeed.FILE)));
        IllegalStateException refused = assertThrows(IllegalStateException.class, Compute::engine);
        assertEquals("the PyTorch engine must not start in the test's workbench (atelier.engine.forbidden): its compute runs"
                + " in a child process", refused.getMessage());

        DeviceSpeed.remember(new DeviceSpeed.Figure("gpu1", 4e12)); // as a child process measured it
        DeviceSpeed.forget();
        assertEquals(new DeviceSpeed.Figure("gpu1", 4e12), Compute.speed().orElseThrow());
        assertEquals("GPU 1", Compute.speed().orElseThrow().label());
    }
}
