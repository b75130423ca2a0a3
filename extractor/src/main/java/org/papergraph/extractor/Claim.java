package org.papergraph.extractor;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sentence in which a paper states a finding or result of its own.
 *
 * @param quantitative whether the sentence reports a number as a result
 * @param sentence the exact sentence
 * @param subject the entity the claim is about, or null
 * @param metric the metric entity, or null
 * @param value the value as written with its unit ({@code "82.1%"}), or null when qualitative
 * @param number the value's number ({@code 82.1}), or null when qualitative
 * @param unit the value's unit ({@code "%"}, {@code "x"}, {@code "times"}), or null
 * @param dataset the dataset entity, or null
 * @param comparedTo entities the result is compared with
 * @param evidence the sentence, its span, rule and confidence
 */
public record Claim(
        boolean quantitative,
        String sentence,
        @Nullable String subject,
        @Nullable String metric,
        @Nullable String value,
        @Nullable BigDecimal number,
        @Nullable String unit,
        @Nullable String dataset,
        List<String> comparedTo,
        Evidence evidence) {

    /** Copies the list. */
    public Claim {
        comparedTo = List.copyOf(comparedTo);
    }
}
