package org.atelier.methods.hypernetwork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.atelier.diffusion.StableDiffusion;
import org.atelier.diffusion.hypernetwork.Hypernetwork;
import org.atelier.methods.hypernetwork.model.HypernetworkConfig;
import org.atelier.tensors.Hashes;
import org.atelier.training.TrainingException;
import org.atelier.training.TrainingRun;

/**
 * Runs a hypernetwork experiment: a new hypernetwork of the configured structure (or an existing one to train further)
 * applied to the base model's attention, trained, saved as AUTOMATIC1111's {@code .pt} in output/.
 */
public final class HypernetworkRunner implements IMethodRunner {

    @Override
    public void run(RunContext context) throws Exception {
        TrainingRun.run(context, HypernetworkConfig.class, (sd, config, data) -> attach(context, sd, config));
    }

    static HypernetworkTraining attach(RunContext context, StableDiffusion sd, HypernetworkConfig config) throws IOException {
        Hypernetwork network = network(context, sd, config);
        Hypernetwork.Attachment attachment;
        try {
            attachment = network.attach(sd.unet(), 1f);
        } catch (IllegalArgumentException e) {
            throw new TrainingException(field(context, "startFrom") + e.getMessage());
        }
        context.log("Hypernetwork '" + network.name() + "': widths " + network.widths() + ", layers "
                + network.structure().layers() + ", " + network.structure().activation() + (network.structure().layerNorm()
                        ? ", layer norm" : "") + (network.structure().usesDropout() ? ", dropout " + network.structure().dropout() : "")
                + "; " + attachment.layers() + " key and value projections adapted"
                + (network.step() > 0 ? "; going on from step " + network.step() : ""));
        Path model = context.baseModelPath();
        String hash = Files.isRegularFile(model) ? Hashes.shortHash(Hashes.sha256Cached(model)) : null;
        return new HypernetworkTraining(network, text(config.getTemplate()).isBlank() ? "[filewords]" : config.getTemplate(),
                hash, model.getFileName().toString().replaceFirst("\\.(safetensors|ckpt)$", ""));
    }

    /** The hypernetwork to train: the file to go on with, or a new one of the configured structure. */
    private static Hypernetwork network(RunContext context, StableDiffusion sd, HypernetworkConfig config) throws IOException {
        String name = text(config.getOutputName()).isBlank() ? "hypernetwork" : config.getOutputName().strip();
        if (!text(config.getStartFrom()).isBlank()) {
            Path file = context.projectFolder().resolve(config.getStartFrom().strip()).normalize();
            if (!Files.isRegularFile(file)) {
                throw new TrainingException(field(context, "startFrom") + "no hypernetwork at " + file);
            }
            // trained further under the name asked for, as AUTOMATIC1111 saves it under the name chosen
            return Hypernetwork.read(file, sd.manager()).named(name);
        }
        List<Double> layers = numbers(context, "layerStructure", config.getLayerStructure());
        List<Double> dropout = !config.isUseDropout() ? Hypernetwork.Structure.defaultDropout(layers, false, false)
                : text(config.getDropoutStructure()).isBlank()
                        ? Hypernetwork.Structure.defaultDropout(layers, true, config.isLastLayerDropout())
                        : numbers(context, "dropoutStructure", config.getDropoutStructure());
        Hypernetwork.Structure structure;
        try {
            structure = new Hypernetwork.Structure(layers, config.getActivation().getLiteral(), config.isLayerNorm(), dropout,
                    config.isActivateOutput(), config.getWeightInitialization().getLiteral());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String field = message.startsWith("dropout") ? "dropoutStructure"
                    : message.startsWith("activation") ? "activation"
                            : message.startsWith("weight") ? "weightInitialization" : "layerStructure";
            throw new TrainingException(field(context, field) + message);
        }
        return Hypernetwork.create(name, structure, widths(context, sd, config), sd.manager(), context.experiment().getSeed());
    }

    /** The widths asked for, each one the model's attention reads; none asked: all of them. */
    private static List<Integer> widths(RunContext context, StableDiffusion sd, HypernetworkConfig config) {
        Map<Integer, ?> read = Hypernetwork.attentionInputs(sd.unet());
        if (text(config.getSizes()).isBlank()) {
            return new ArrayList<>(read.keySet());
        }
        List<Integer> widths = new ArrayList<>();
        for (double d : numbers(context, "sizes", config.getSizes())) {
            if (d != Math.rint(d) || !read.containsKey((int) d)) {
                throw new TrainingException(field(context, "sizes") + d + " is not a width the base model's attention reads ("
                        + read.keySet() + ")");
            }
            widths.add((int) d);
        }
        return widths;
    }

    private static List<Double> numbers(RunContext context, String field, String text) {
        List<Double> list = new ArrayList<>();
        for (String part : text(text).split(",")) {
            try {
                list.add(Double.parseDouble(part.strip()));
            } catch (NumberFormatException e) {
                throw new TrainingException(field(context, field) + "'" + text + "' is not a list of numbers separated by commas");
            }
        }
        return list;
    }

    private static String field(RunContext context, String field) {
        return "experiment '" + context.experiment().getName() + "' › config › " + field + ": ";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
