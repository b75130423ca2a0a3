package org.papergraph.extractor.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * The features for deciding whether a paper proposes one of its concepts: the concept's own
 * features, and each combined with its kind, since what marks a new method differs from what marks
 * a new dataset or task.
 */
final class ProposalFeatures {

    private ProposalFeatures() {}

    /** Returns the proposal features of a concept of the given kind, from its entity features. */
    static List<String> of(List<String> entityFeatures, String type) {
        List<String> f = new ArrayList<>(entityFeatures.size() + 8);
        f.add("type=" + type);
        for (String e : entityFeatures) {
            f.add(e);
            if (!e.startsWith("w=") && !e.startsWith("key=") && !e.startsWith("L") && !e.startsWith("R")) {
                f.add(type + "|" + e);
            }
        }
        return f;
    }
}
