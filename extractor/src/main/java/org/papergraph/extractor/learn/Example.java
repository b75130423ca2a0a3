package org.papergraph.extractor.learn;

import java.util.List;

/**
 * One training example: the names of its binary features and its label.
 *
 * @param features feature names, duplicates allowed (they count once)
 * @param label the label
 */
public record Example(List<String> features, String label, boolean target) {

    /** Copies the list. */
    public Example {
        features = List.copyOf(features);
    }

    /** An example of the general domain. */
    public Example(List<String> features, String label) {
        this(features, label, false);
    }

    /** The same example marked as of the target domain or not. */
    public Example target(boolean on) {
        return on == target ? this : new Example(features, label, on);
    }
}
