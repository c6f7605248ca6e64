package org.atelier.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;

import org.atelier.core.methods.IDemoContribution;
import org.atelier.core.methods.MethodDescriptor;
import org.atelier.core.methods.MethodRegistry;
import org.eclipse.core.runtime.CoreException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The demo training project bundled with Atelier ({@code demo/} in this bundle), copied out on request; each
 * installed method then adds its own base models and experiments ({@link IDemoContribution}).
 */
public final class DemoProject {

    private static final String ROOT = "demo/";

    private DemoProject() {
    }

    /** Copies the demo project into {@code target}, which must not hold a training project yet. */
    public static Path copyTo(Path target) throws IOException {
        if (ProjectStore.isProjectFolder(target)) {
            throw new IOException(ProjectStore.projectFile(target) + ": a training project exists there already");
        }
        Bundle bundle = FrameworkUtil.getBundle(DemoProject.class);
        Enumeration<URL> entries = bundle == null ? null : bundle.findEntries(ROOT, "*", true);
        if (entries == null) {
            throw new IOException("the demo project is missing from bundle org.atelier.core");
        }
        Files.createDirectories(target);
        for (URL entry : Collections.list(entries)) {
            String path = entry.getPath();
            String relative = path.substring(path.indexOf(ROOT) + ROOT.length());
            if (relative.isEmpty()) {
                continue;
            }
            Path destination = target.resolve(relative);
            if (relative.endsWith("/")) {
                Files.createDirectories(destination);
            } else {
                Files.createDirectories(destination.getParent());
                try (InputStream in = entry.openStream()) {
                    Files.copy(in, destination);
                }
            }
        }
        for (MethodDescriptor method : MethodRegistry.getDefault().all()) {
            IDemoContribution demo;
            try {
                demo = method.createDemo();
            } catch (CoreException e) {
                throw new IOException("method " + method.id() + ": its demo contribution cannot be made: " + e.getMessage(), e);
            }
            if (demo != null) {
                demo.addTo(target);
            }
        }
        return target;
    }
}
