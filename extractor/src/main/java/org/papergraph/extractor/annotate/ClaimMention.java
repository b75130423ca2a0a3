package org.papergraph.extractor.annotate;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sentence that states a finding, with what a quantitative one reports.
 *
 * @param sentenceIndex the sentence's index in the document
 * @param subjectKey the concept the claim is about, or null
 * @param metricKey the metric concept, or null
 * @param datasetKey the dataset concept, or null
 * @param comparedToKeys concepts the result is compared with
 * @param value the reported value, or null for a qualitative claim
 * @param rule the rules that fired
 * @param confidence how sure the rules are
 */
public record ClaimMention(
        int sentenceIndex,
        @Nullable String subjectKey,
        @Nullable String metricKey,
        @Nullable String datasetKey,
        List<String> comparedToKeys,
        @Nullable Quantity value,
        String rule,
        double confidence) {

    /**
     * A value as written, with its number and unit.
     *
     * @param charBegin start in the document text
     * @param charEnd end in the document text
     * @param number the number ({@code 82.1} for "82.1%", {@code 0.5} for "half")
     * @param unit the unit ({@code "%"}, {@code "x"}, {@code "times"}, a noun), or null
     */
    public record Quantity(int charBegin, int charEnd, BigDecimal number, @Nullable String unit) {}

    /** Copies the list. */
    public ClaimMention {
        comparedToKeys = List.copyOf(comparedToKeys);
    }
}
