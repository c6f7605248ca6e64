package org.atelier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.testing.TestProjects;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

class MethodRegistryTest {

    private final MethodRegistry registry = new MethodRegistry(Platform.getExtensionRegistry());

    @Test
    void readsTheProbeContribution() {
        MethodDescriptor probe = registry.find(TestProjects.PROBE).orElseThrow();
        assertEquals("Probe (tests only)", probe.label());
        assertEquals("ProbeConfig", probe.configClass().getName());
        assertTrue(AtelierPackage.Literals.METHOD_CONFIG.isSuperTypeOf(probe.configClass()));
        assertEquals(List.of("txt"), probe.outputFormats());
        assertEquals("org.atelier.core.testing", probe.contributor());
        assertTrue(probe.requiresDataset());
    }

    @Test
    void newConfigCarriesTheModelDefaults() {
        MethodConfig config = registry.find(TestProjects.PROBE).orElseThrow().newConfig();
        assertEquals(5, config.eGet(config.eClass().getEStructuralFeature("steps")));
        assertEquals(0.001, (Double) config.eGet(config.eClass().getEStructuralFeature("learningRate")), 1e-12);
    }

    @Test
    void brokenContributionsAreReportedAndLeftOut() {
        String problems = registry.problems().stream().map(IStatus::getMessage).collect(Collectors.joining("\n"));
        assertEquals(5, registry.problems().size(), problems);
        assertTrue(problems.contains("no EPackage registered as http://atelier.org/no/such/package"), problems);
        assertTrue(problems.contains("runner class org.atelier.core.tests.NoSuchRunner not found"), problems);
        assertTrue(problems.contains("must be a concrete subclass of MethodConfig"), problems);
        assertTrue(problems.contains("attribute 'id' is missing"), problems);
        assertFalse(registry.find("org.atelier.test.broken.noconfig").isPresent());
        assertFalse(registry.find("org.atelier.test.broken.norunner").isPresent());
        assertFalse(registry.find("org.atelier.test.broken.abstract").isPresent());
        assertTrue(registry.find(TestProjects.PROBE).isPresent(), "the good contribution survives the broken ones");
    }

    @Test
    void aMisspeltFieldInAnAnnotationLeavesTheMethodOut() {
        assertFalse(registry.find("org.atelier.test.misspelt").isPresent());
        String problem = registry.problems().stream().map(IStatus::getMessage).filter(m -> m.contains("MisspeltConfig"))
                .findFirst().orElseThrow(() -> new AssertionError("no problem reported: " + registry.problems()));
        assertEquals("Method contributed by org.atelier.core.testing left out: configClass"
                + " 'http://atelier.org/test/misspelt/1.0#MisspeltConfig': MisspeltConfig.learningRate: annotation"
                + " shownWhen='stpes!=0': 'stpes' is no field of MisspeltConfig", problem);
        assertTrue(registry.find(TestProjects.PROBE).isPresent(), "the probe, its dynamic sibling, still loads");
    }
}
