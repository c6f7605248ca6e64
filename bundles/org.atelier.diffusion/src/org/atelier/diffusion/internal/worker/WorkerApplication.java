package org.atelier.diffusion.internal.worker;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.atelier.diffusion.worker.WorkerProtocol;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The generation worker's process (application {@value WorkerProtocol#APPLICATION}): requests on its standard input,
 * events on its standard output, as {@link WorkerProtocol} says. It ends when its input does, so it never outlives
 * the process that started it.
 */
public final class WorkerApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        PrintStream events = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // Stray prints (libraries, the framework) must not mix with the events: they go to the error stream.
        System.setOut(System.err);
        try (Worker worker = new Worker(events)) {
            worker.serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
        return EXIT_OK;
    }

    @Override
    public void stop() {
        // the worker ends with its input
    }
}
