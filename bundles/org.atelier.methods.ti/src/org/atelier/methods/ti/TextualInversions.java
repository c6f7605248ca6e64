package org.atelier.methods.ti;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.atelier.datasets.Item;
import org.atelier.training.Trainer;
import org.atelier.training.optim.Parameter;

/**
 * Several words trained in one run, one per dataset: each image's caption takes the word of the dataset it comes from
 * (found by its folder), every word's vectors train together, and each is saved as an embedding of its own (diffusers'
 * fixed-name files each in a folder named by its word).
 */
public final class TextualInversions implements Trainer.Method {

    private final List<TextualInversion> words;
    private final Map<Path, TextualInversion> byFolder;

    /** {@code words} in order, the image folders each is for ({@code byFolder}: every folder of its dataset). */
    public TextualInversions(List<TextualInversion> words, Map<Path, TextualInversion> byFolder) {
        this.words = List.copyOf(words);
        this.byFolder = Map.copyOf(byFolder);
    }

    /** Every word's parameters, each named after its word ({@code cat/emb_params}) so that a checkpoint tells them apart. */
    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (TextualInversion word : words) {
            for (Parameter p : word.parameters()) {
                all.add(new Parameter(word.fileName() + "/" + p.name(), p.value(), p.lrFactor(), p.untilStep()));
            }
        }
        return all;
    }

    /** The word of the item's dataset: the one whose folder holds it (the nearest, for folders in folders). */
    TextualInversion wordOf(Item item) {
        TextualInversion found = words.get(0);
        int depth = -1;
        for (Map.Entry<Path, TextualInversion> e : byFolder.entrySet()) {
            if (item != null && item.image().toAbsolutePath().normalize().startsWith(e.getKey()) && e.getKey().getNameCount() > depth) {
                found = e.getValue();
                depth = e.getKey().getNameCount();
            }
        }
        return found;
    }

    @Override
    public String prompt(String caption) {
        return words.get(0).prompt(caption);
    }

    @Override
    public String prompt(Item item, String caption, Random random) {
        return wordOf(item).prompt(item, caption, random);
    }

    @Override
    public List<Path> save(Path folder, long step) throws IOException {
        List<Path> files = new ArrayList<>();
        for (TextualInversion word : words) {
            files.addAll(word.save(own(folder, word), step));
        }
        return files;
    }

    @Override
    public List<Path> saveAt(Path folder, long step) throws IOException {
        List<Path> files = new ArrayList<>();
        for (TextualInversion word : words) {
            files.addAll(word.saveAt(own(folder, word), step));
        }
        return files;
    }

    /** Where a word's files go: the folder, or for fixed-name files (diffusers') a folder of its own inside it. */
    private static Path own(Path folder, TextualInversion word) throws IOException {
        return word.fixedNames() ? Files.createDirectories(folder.resolve(word.fileName())) : folder;
    }
}
