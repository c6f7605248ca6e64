package org.atelier.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.atelier.common.Exits;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.TrainingProject;
import org.atelier.core.project.ModelException;
import org.atelier.core.project.ProjectStore;
import org.atelier.datasets.CaptionFiles;
import org.atelier.datasets.CaptionTags;
import org.atelier.datasets.DatasetScanner;
import org.atelier.datasets.DatasetStats;
import org.atelier.datasets.Item;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "dataset", description = { "A dataset's images by role, images an epoch shows, folders with their repeats, "
        + "bucket counts, the most frequent tags and the warnings.", "With an edit, changes its captions in bulk: add-tag <tag>, "
        + "remove-tag <tag>, replace-tag <tag> <new tag> (only the captions having the --where tag), each caption file "
        + "written whole." })
public final class DatasetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<project>", description = "the project folder")
    String project;

    @Parameters(index = "1", paramLabel = "<id>", description = "the dataset's id")
    String id;

    @Parameters(index = "2..*", paramLabel = "<edit>", description = "add-tag <tag> | remove-tag <tag> | replace-tag <tag> <new tag>")
    List<String> edit = new ArrayList<>();

    @Option(names = "--tags", defaultValue = "20", paramLabel = "N", description = "how many of the most frequent tags to show "
            + "(default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--where", paramLabel = "<tag>", description = "edit only the captions having this tag")
    String where;

    @Override
    public Integer call() throws Exception {
        Path folder = Projects.folder(project);
        TrainingProject loaded = ProjectStore.loadProject(ProjectStore.newResourceSet(), folder);
        Dataset dataset = loaded.getDatasets().stream().filter(d -> id.equals(d.getId())).findFirst()
                .orElseThrow(() -> new ModelException(ProjectStore.projectFile(folder), "no dataset '" + id + "' (it has "
                        + loaded.getDatasets().stream().map(Dataset::getId).toList() + ")"));
        UnaryOperator<String> change = edit.isEmpty() ? null : change();
        DatasetScanner.Scan scan = DatasetScanner.scan(dataset, folder, false);
        if (change == null) {
            show(dataset, scan.items(), scan.warnings());
            return Exits.OK;
        }
        int changed = 0;
        for (Item item : scan.items()) {
            String caption = item.captioned() ? item.caption() : "";
            if (where != null && !CaptionTags.tags(caption).contains(where.strip())) {
                continue;
            }
            String edited = change.apply(caption);
            if (!edited.equals(caption)) {
                CaptionFiles.write(item.image(), dataset.getCaptionExtension(), edited);
                changed++;
            }
        }
        spec.commandLine().getOut().printf("Changed %d caption%s of %d images%n", changed, changed == 1 ? "" : "s", scan.items().size());
        return Exits.OK;
    }

    private UnaryOperator<String> change() {
        if (edit.stream().skip(1).anyMatch(t -> t.contains(","))) {
            throw new ParameterException(spec.commandLine(), "a tag has no commas: " + edit.subList(1, edit.size()));
        }
        String kind = edit.get(0);
        switch (kind) {
        case "add-tag", "remove-tag" -> {
            if (edit.size() != 2) {
                throw new ParameterException(spec.commandLine(), kind + " takes one tag");
            }
            String tag = edit.get(1);
            return kind.equals("add-tag") ? c -> CaptionTags.add(c, tag) : c -> CaptionTags.remove(c, tag);
        }
        case "replace-tag" -> {
            if (edit.size() != 3) {
                throw new ParameterException(spec.commandLine(), "replace-tag takes the tag and the tag that replaces it");
            }
            return c -> CaptionTags.replace(c, edit.get(1), edit.get(2));
        }
        default -> throw new ParameterException(spec.commandLine(), "unknown edit '" + kind + "' (add-tag, remove-tag, replace-tag)");
        }
    }

    private void show(Dataset dataset, List<Item> items, List<String> warnings) {
        PrintWriter out = spec.commandLine().getOut();
        DatasetStats stats = DatasetStats.of(dataset, items);
        out.printf("Dataset '%s': %d images (%s), %d an epoch with repeats, at %dx%d%n", dataset.getId(), stats.images(),
                stats.imagesByRole().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getValue() + " " + e.getKey().getLiteral().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")),
                stats.imagesPerEpoch(), dataset.getResolution(), dataset.getResolution());
        Map<Path, long[]> folders = new TreeMap<>();
        for (Item item : items) {
            long[] count = folders.computeIfAbsent(item.image().getParent(), f -> new long[2]);
            count[0]++;
            count[1] = item.repeats();
        }
        out.println("Folders:");
        folders.forEach((f, c) -> out.printf("  %-50s %6d images  x%d%n", f, c[0], c[1]));
        out.println("Buckets:");
        for (DatasetStats.BucketCount bucket : stats.buckets()) {
            out.printf("  %-12s %6d images  %7d an epoch%n", bucket.size(), bucket.images(), bucket.samples());
        }
        List<CaptionTags.Frequency> tags = CaptionTags.frequencies(items.stream().filter(Item::captioned).map(Item::caption).toList());
        out.printf("Tags (%d different%s):%n", tags.size(), tags.size() > top ? ", the " + top + " most frequent" : "");
        tags.stream().limit(top).forEach(t -> out.printf("  %6d  %s%n", t.count(), t.tag()));
        List<String> all = new ArrayList<>(warnings);
        all.addAll(stats.warnings());
        all.forEach(w -> out.println("Warning: " + w));
    }
}
