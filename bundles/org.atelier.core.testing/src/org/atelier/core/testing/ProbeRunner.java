package org.atelier.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;

/** The probe method's runner: behaves as its configuration says, so tests can drive every outcome of a run. */
public final class ProbeRunner implements IMethodRunner {

    @Override
    public void run(RunContext context) throws Exception {
        EObject config = context.config();
        String mode = ((EEnumLiteral) config.eGet(config.eClass().getEStructuralFeature("mode"))).getLiteral();
        int steps = (Integer) config.eGet(config.eClass().getEStructuralFeature("steps"));
        double lr = (Double) config.eGet(config.eClass().getEStructuralFeature("learningRate"));
        switch (mode) {
        case "FAIL" -> throw new IllegalStateException("the probe failed as configured");
        case "HALT" -> {
            context.log("halting the process");
            Runtime.getRuntime().halt(137);
        }
        case "WAIT" -> {
            context.log("waiting to be cancelled");
            long deadline = System.currentTimeMillis() + 120_000;
            while (!context.isCancelled() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            return;
        }
        default -> {
            // SUCCEED: below
        }
        }
        for (int step = 1; step <= steps && !context.isCancelled(); step++) {
            context.metrics(step, Map.of("loss", lr * 1000.0 / step, "lr", lr));
            context.progress(step, steps, "step " + step);
        }
        Path output = context.outputFolder().resolve(config.eGet(config.eClass().getEStructuralFeature("outputName")) + ".txt");
        Files.writeString(output, "probe ran " + steps + " steps on " + context.baseModelPath().getFileName() + "\n");
        context.addArtifact(output);
    }
}
