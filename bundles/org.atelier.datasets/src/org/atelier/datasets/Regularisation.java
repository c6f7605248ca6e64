package org.atelier.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.core.model.SubsetRole;

/**
 * Regularisation images (DreamBooth's class images) shown as often as the instance images, as kohya balances them:
 * each epoch shows as many regularisation samples as training samples (repeats counted). The regularisation images
 * are taken in turn, each with its folder's repeats, until they match the training samples; when they are fewer,
 * another round adds each one's folder repeats again, and so on; when they are more, those not reached are left out.
 */
public final class Regularisation {

    private Regularisation() {
    }

    /**
     * The items with the regularisation ones' repeats balanced against the training ones (validation items aside);
     * unchanged when there are no regularisation images or no training images.
     */
    public static List<Item> balance(List<Item> items) {
        long training = items.stream().filter(i -> i.role() == SubsetRole.INSTANCE).mapToLong(Item::repeats).sum();
        List<Item> regularisation = items.stream().filter(i -> i.role() == SubsetRole.REGULARISATION).toList();
        if (regularisation.isEmpty() || training == 0) {
            return items;
        }
        Map<Item, Integer> repeats = new LinkedHashMap<>();
        long shown = 0;
        while (shown < training) {
            for (Item item : regularisation) {
                repeats.merge(item, item.repeats(), Integer::sum);
                shown += item.repeats();
                if (shown >= training) {
                    break;
                }
            }
        }
        List<Item> balanced = new ArrayList<>();
        for (Item item : items) {
            if (item.role() != SubsetRole.REGULARISATION) {
                balanced.add(item);
            } else if (repeats.containsKey(item)) {
                balanced.add(new Item(item.image(), item.caption(), item.captioned(), item.width(), item.height(),
                        repeats.get(item), item.role(), item.lossWeight()));
            }
        }
        return balanced;
    }
}
