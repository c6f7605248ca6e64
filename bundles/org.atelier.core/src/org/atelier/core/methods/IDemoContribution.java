package org.atelier.core.methods;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a method adds to the demo training project when it is made: its base models and experiments, so that the
 * demo shows every installed method at work. Contributed with the {@code demo} attribute of the method.
 */
public interface IDemoContribution {

    /** Adds to the demo project in {@code projectFolder} (its project file and datasets are already there). */
    void addTo(Path projectFolder) throws IOException;
}
