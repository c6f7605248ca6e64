package org.atelier.methods.hypernetwork;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.datasets.Captions;
import org.atelier.diffusion.hypernetwork.Hypernetwork;
import org.atelier.training.Trainer;
import org.atelier.training.optim.Parameter;

/**
 * A hypernetwork trained on a loaded model, as AUTOMATIC1111 trains one: applied to the UNet at strength 1 (dropout
 * while training), every array of its modules trained, each step's text its template filled with the image's caption,
 * saved as its {@code .pt} with the step counted on from where it started.
 */
final class HypernetworkTraining implements Trainer.Method {

    private final Hypernetwork network;
    private final String template;
    private final long firstStep;
    private final String checkpointHash;
    private final String checkpointName;

    HypernetworkTraining(Hypernetwork network, String template, String checkpointHash, String checkpointName) {
        this.network = network;
        this.template = template;
        this.firstStep = network.step();
        this.checkpointHash = checkpointHash;
        this.checkpointName = checkpointName;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        network.arrays().forEach((name, array) -> all.add(new Parameter(name, array)));
        return all;
    }

    @Override
    public String prompt(String caption) {
        return Captions.template(template, network.name(), caption);
    }

    @Override
    public void training(boolean on) {
        network.training(on);
    }

    @Override
    public List<Path> save(Path folder, long step) throws IOException {
        Path file = folder.resolve(network.name() + ".pt");
        network.write(file, firstStep + step, checkpointHash, checkpointName);
        return List.of(file);
    }
}
