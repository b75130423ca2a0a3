package org.papergraph.extractor.eval;

import java.util.List;

/**
 * The scores of a prediction file against a gold file.
 *
 * @param scores one score per aspect, in report order
 * @param valueMatched quantitative claims matched in both files
 * @param valueCorrect of those, how many have the right first number in their value
 * @param unmatchedGoldPapers gold papers with no predicted paper (scored as all missed)
 * @param details per-paper misses and false hits, one line each
 * @param slots one score per claim slot ({@link Evaluator#SLOTS}), on the claim sentences matched in both files
 */
public record Evaluation(List<Score> scores, int valueMatched, int valueCorrect, int unmatchedGoldPapers,
        List<String> details, List<Score> slots) {

    /** Returns the share of matched quantitative claims whose value is right, or 0 when none matched. */
    public double valueAccuracy() {
        return valueMatched == 0 ? 0 : (double) valueCorrect / valueMatched;
    }

    /**
     * Returns the score of one aspect or claim slot.
     *
     * @throws IllegalArgumentException if there is no such aspect
     */
    public Score score(String aspect) {
        return java.util.stream.Stream.concat(scores.stream(), slots.stream()).filter(s -> s.aspect().equals(aspect)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no aspect " + aspect));
    }

    /** Formats the scores as a table, one aspect a line, then the value accuracy. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format("%-34s %6s %6s %6s %5s %5s %5s%n", "aspect", "P", "R", "F1", "TP", "FP", "FN"));
        for (Score s : scores) {
            sb.append(String.format("%-34s %6.3f %6.3f %6.3f %5d %5d %5d%n", s.aspect(), s.precision(), s.recall(), s.f1(),
                    s.truePositives(), s.falsePositives(), s.falseNegatives()));
        }
        sb.append(String.format("%-34s %6.3f (%d of %d matched quantitative claims)%n", "quantitative value accuracy",
                valueAccuracy(), valueCorrect, valueMatched));
        for (Score s : slots) {
            sb.append(String.format("%-34s %6.3f %6.3f %6.3f %5d %5d %5d%n", s.aspect() + " (matched claims)", s.precision(),
                    s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives()));
        }
        if (unmatchedGoldPapers > 0) {
            sb.append(unmatchedGoldPapers).append(" gold paper(s) had no predicted paper\n");
        }
        return sb.toString();
    }
}
