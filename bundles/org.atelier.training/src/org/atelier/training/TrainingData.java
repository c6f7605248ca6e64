package org.atelier.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.atelier.core.model.Dataset;
import org.atelier.core.model.Experiment;
import org.atelier.core.model.SubsetRole;
import org.atelier.datasets.Buckets;
import org.atelier.datasets.Captions;
import org.atelier.datasets.DatasetScanner;
import org.atelier.datasets.Epochs;
import org.atelier.datasets.Item;
import org.atelier.training.model.MissingCaptions;
import org.atelier.training.model.TrainingConfig;

/**
 * An experiment's data as training will see it, known before any model is loaded: the images to train on and
 * those held out for validation, their buckets, the order of the batches, the captions' processing, and the plan
 * (how many images, passes, steps and epochs), with what the scan skipped or filled in.
 */
public final class TrainingData {

    private final List<Item> training;
    private final List<Item> validation;
    private final Buckets buckets;
    private final Epochs epochs;
    private final Captions captions;
    private final boolean flip;
    private final boolean randomCrop;
    private final List<String> warnings;
    private final int steps;
    private final int accumulation;
    private final int batchSize;

    private TrainingData(List<Item> training, List<Item> validation, Buckets buckets, Epochs epochs, Captions captions,
            boolean flip, boolean randomCrop, List<String> warnings, int steps, int accumulation, int batchSize) {
        this.training = training;
        this.validation = validation;
        this.buckets = buckets;
        this.epochs = epochs;
        this.captions = captions;
        this.flip = flip;
        this.randomCrop = randomCrop;
        this.warnings = warnings;
        this.steps = steps;
        this.accumulation = accumulation;
        this.batchSize = batchSize;
    }

    /**
     * Scans the experiment's datasets (the first one's resolution, buckets, captions and augmentation apply to all)
     * and holds out the configured share of the training images (chosen by the experiment's seed) with the
     * validation subsets.
     *
     * @throws TrainingException naming the dataset, folder or field that makes training impossible
     */
    public static TrainingData of(Experiment experiment, Path projectFolder, TrainingConfig config) throws IOException {
        if (experiment.getDatasets().isEmpty()) {
            throw new TrainingException("experiment '" + experiment.getName() + "' › datasets: training needs a dataset");
        }
        Dataset first = experiment.getDatasets().get(0);
        boolean stop = config.getMissingCaptions() == MissingCaptions.STOP;
        List<Item> all = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Dataset dataset : experiment.getDatasets()) {
            DatasetScanner.Scan scan = DatasetScanner.scan(dataset, projectFolder, stop);
            all.addAll(scan.items());
            warnings.addAll(scan.warnings());
        }
        List<Item> validation = new ArrayList<>(all.stream().filter(i -> i.role() == SubsetRole.VALIDATION).toList());
        List<Item> training = new ArrayList<>(all.stream().filter(i -> i.role() != SubsetRole.VALIDATION).toList());
        double share = config.getValidationShare();
        if (share > 0) {
            List<Item> instances = new ArrayList<>(training.stream().filter(i -> i.role() == SubsetRole.INSTANCE).toList());
            Collections.shuffle(instances, new Random(experiment.getSeed()));
            int held = (int) Math.round(instances.size() * share);
            if (held >= instances.size()) {
                held = instances.size() - 1;
            }
            List<Item> out = instances.subList(0, Math.max(0, held));
            validation.addAll(out);
            training.removeAll(out);
        }
        Buckets buckets = Buckets.forDataset(first);
        int batchSize = config.getBatchSize();
        Epochs epochs = new Epochs(training, buckets, batchSize, experiment.getSeed());
        return new TrainingData(List.copyOf(training), List.copyOf(validation), buckets, epochs,
                new Captions(first.getCaptions()), first.isFlip(), first.isRandomCrop(), List.copyOf(warnings),
                config.getSteps(), config.getGradientAccumulation(), batchSize);
    }

    public List<Item> training() {
        return training;
    }

    public List<Item> validation() {
        return validation;
    }

    public Buckets buckets() {
        return buckets;
    }

    public Epochs epochs() {
        return epochs;
    }

    public Captions captions() {
        return captions;
    }

    public boolean flip() {
        return flip;
    }

    public boolean randomCrop() {
        return randomCrop;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** Optimizer steps per epoch: the epoch's forward passes over the gradient accumulation, rounded up. */
    public int stepsPerEpoch() {
        return Math.max(1, (epochs.batchesPerEpoch() + accumulation - 1) / accumulation);
    }

    public int epochCount() {
        return (int) Math.ceil((double) steps * accumulation / epochs.batchesPerEpoch());
    }

    /** The bucket of the most pixels: what a step's memory is measured by. */
    public Buckets.Size largestBucket() {
        return epochs.bucketCounts().keySet().stream()
                .max(java.util.Comparator.comparingLong(b -> (long) b.width() * b.height())).orElse(buckets.sizes().get(0));
    }

    /** What the training will do, in a sentence or two. */
    public String plan() {
        Map<Buckets.Size, Integer> counts = epochs.bucketCounts();
        String bucketText = counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT,
                "%d image%s (%d per epoch with repeats%s) in %d bucket%s (%s); batch %d, gradient accumulation %d: %d forward"
                        + " passes and %d steps per epoch; %d steps = %d epoch%s.",
                training.size(), training.size() == 1 ? "" : "s", epochs.imagesPerEpoch(),
                validation.isEmpty() ? "" : ", " + validation.size() + " held out for validation", counts.size(),
                counts.size() == 1 ? "" : "s", bucketText, batchSize, accumulation, epochs.batchesPerEpoch(), stepsPerEpoch(),
                steps, epochCount(), epochCount() == 1 ? "" : "s");
    }
}
