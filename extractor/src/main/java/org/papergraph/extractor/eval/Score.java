package org.papergraph.extractor.eval;

/**
 * Micro counts for one aspect, and the precision, recall and F1 they give.
 *
 * @param aspect what is scored, such as {@code "entities (typed)"}
 * @param truePositives predictions that match gold
 * @param falsePositives predictions that match no gold
 * @param falseNegatives gold that no prediction matches
 */
public record Score(String aspect, int truePositives, int falsePositives, int falseNegatives) {

    /** Returns TP / (TP + FP), or 0 when nothing was predicted. */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    /** Returns TP / (TP + FN), or 0 when the gold has none. */
    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    /** Returns the harmonic mean of precision and recall, or 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Adds another count of the same aspect. */
    Score plus(int tp, int fp, int fn) {
        return new Score(aspect, truePositives + tp, falsePositives + fp, falseNegatives + fn);
    }
}
