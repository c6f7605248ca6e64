package org.atelier.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.core.model.SubsetRole;
import org.junit.jupiter.api.Test;

/** Regularisation images balanced against the training images as kohya balances them. */
class RegularisationTest {

    private static List<Item> items(SubsetRole role, int count, int repeats, String name) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new Item(Path.of(name + i + ".png"), "a " + name, true, 64, 64, repeats, role, role == SubsetRole.REGULARISATION ? 0.5 : 1));
        }
        return items;
    }

    private static List<Integer> repeats(List<Item> items, SubsetRole role) {
        return items.stream().filter(i -> i.role() == role).map(Item::repeats).toList();
    }

    @Test
    void fewRegularisationImagesAreRepeatedInTurnUntilTheyMatchTheTrainingSamples() {
        List<Item> all = new ArrayList<>(items(SubsetRole.INSTANCE, 3, 10, "dog"));
        all.addAll(items(SubsetRole.REGULARISATION, 4, 1, "class"));
        List<Item> balanced = Regularisation.balance(all);
        assertEquals(List.of(8, 8, 7, 7), repeats(balanced, SubsetRole.REGULARISATION), "30 samples, in turn");
        assertEquals(List.of(10, 10, 10), repeats(balanced, SubsetRole.INSTANCE));
        assertEquals(0.5, balanced.get(3).lossWeight(), "the prior-loss weight stays");
    }

    @Test
    void manyRegularisationImagesAreCutToTheTrainingSamples() {
        List<Item> all = new ArrayList<>(items(SubsetRole.INSTANCE, 5, 2, "dog"));
        all.addAll(items(SubsetRole.REGULARISATION, 100, 1, "class"));
        all.addAll(items(SubsetRole.VALIDATION, 1, 1, "held"));
        List<Item> balanced = Regularisation.balance(all);
        assertEquals(10, repeats(balanced, SubsetRole.REGULARISATION).size(), "the first 10, once each");
        assertEquals(1, repeats(balanced, SubsetRole.VALIDATION).size(), "validation images are not counted");
    }

    @Test
    void withoutRegularisationImagesNothingChanges() {
        List<Item> all = items(SubsetRole.INSTANCE, 3, 10, "dog");
        assertSame(all, Regularisation.balance(all));
    }
}
