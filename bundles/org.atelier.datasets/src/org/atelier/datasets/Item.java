package org.atelier.datasets;

import java.nio.file.Path;

import org.atelier.core.model.SubsetRole;

/**
 * One training image: its file, its caption (from its caption file, or the subset's class tokens when it has none),
 * its size, how often an epoch shows it, its role and the weight of its loss (a regularisation set's prior-loss
 * weight).
 */
public record Item(Path image, String caption, boolean captioned, int width, int height, int repeats, SubsetRole role,
        double lossWeight) {
}
