package org.atelier.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.junit.jupiter.api.Test;

/** The training benchmark measures the methods the registry says train, whichever bundles contribute them. */
class TrainingBenchmarkMethodsTest {

    private final MethodRegistry registry = MethodRegistry.getDefault();

    @Test
    void everyInstalledMethodThatTrainsAndNoOther() {
        List<String> ids = TrainingBenchmark.trainingMethods(registry, List.of()).stream().map(MethodDescriptor::id).toList();
        assertTrue(ids.contains("org.atelier.methods.lora") && ids.contains("org.atelier.methods.ti"), ids.toString());
        assertTrue(!ids.contains("org.atelier.methods.merge"), "the merge trains nothing: " + ids);
        assertEquals(registry.all().stream().filter(MethodDescriptor::trains).count(), ids.size());
    }

    @Test
    void thoseAskedForInTheirOrderAndAnUnknownOneNamed() {
        List<String> asked = List.of("org.atelier.methods.ti", "org.atelier.methods.lora");
        assertEquals(asked, TrainingBenchmark.trainingMethods(registry, asked).stream().map(MethodDescriptor::id).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingBenchmark.trainingMethods(registry, List.of("org.atelier.methods.merge")));
        assertTrue(e.getMessage().contains("no installed training method 'org.atelier.methods.merge'")
                && e.getMessage().contains("org.atelier.methods.lora"), e.getMessage());
    }
}
