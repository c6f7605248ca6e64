package org.atelier.cli.internal;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.atelier.common.Exits;
import org.atelier.runtime.Compute;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "doctor", description = "The compute engine and its version, the devices, threads and cache folder, "
        + "and a check that it computes right on the device in use.")
public final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var bundle = FrameworkUtil.getBundle(DoctorCommand.class);
        out.println("Atelier " + (bundle == null ? "unknown" : bundle.getVersion()) + ", Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vm.name") + "), " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB of Java heap at most");
        out.println("Starting the compute engine (the first start unpacks PyTorch into the cache folder)...");
        out.flush();
        Map<String, String> report = Compute.report();
        report.forEach((key, value) -> out.printf("  %-22s %s%n", key + ":", value));
        if (report.containsKey("problem")) {
            spec.commandLine().getErr().println("atelier: the compute engine does not work here: " + report.get("problem"));
            return Exits.FAILED;
        }
        out.println("Everything needed is here.");
        return Exits.OK;
    }
}
