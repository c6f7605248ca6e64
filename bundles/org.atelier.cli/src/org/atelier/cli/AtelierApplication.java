package org.atelier.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application {@code org.atelier.cli.atelier}: the commands of {@link Cli}; its result is the exit code. */
public final class AtelierApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return new Cli(System.out, System.err).run(args == null ? new String[0] : args);
    }

    @Override
    public void stop() {
        // commands end by themselves; a run in progress is cancelled by Ctrl-C
    }
}
