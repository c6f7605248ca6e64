package org.atelier.core.methods;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.atelier.core.model.Experiment;

/**
 * What a run of an experiment will do, worked out before anything loads: for a training method, its data as the
 * loop will see it and the memory and time a step will take. {@code atelier validate} prints it and the experiment
 * editor's overview shows it. Contributed with the {@code preview} attribute of the method.
 */
public interface IExperimentPreview {

    /** The lines to show, and the reason the run will be refused (null when it will not be). */
    record Preview(List<String> lines, String refusal) {

        public Preview {
            lines = List.copyOf(lines);
        }
    }

    /**
     * The preview of {@code experiment}, whose references are resolved, in the project in {@code projectFolder}.
     *
     * @throws IOException      when a file it reads cannot be read
     * @throws RuntimeException when the experiment's input cannot be used, its message saying why
     */
    Preview preview(Experiment experiment, Path projectFolder) throws IOException;
}
