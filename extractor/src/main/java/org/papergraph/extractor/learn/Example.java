package org.papergraph.extractor.learn;

import java.util.List;

/**
 * One training example: the names of its binary features and its label.
 *
 * @param features feature names, duplicates allowed (they count once)
 * @param label the label
 */
public record Example(List<String> features, String label) {

    /** Copies the list. */
    public Example {
        features = List.copyOf(features);
    }
}
