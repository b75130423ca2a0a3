package org.papergraph.service.explore;

import org.jspecify.annotations.Nullable;

/**
 * Where one statement comes from: which paper, which sentence, which characters.
 *
 * @param paper the paper's id ({@code 2503.11677})
 * @param paperTitle the paper's title, when known
 * @param assertion the IRI of the reified assertion, when there is one
 * @param sentence the sentence text
 * @param sentenceIndex the sentence number in the paper (0 is the title)
 * @param field {@code title} or {@code abstract}
 * @param begin the first character (UTF-16 offset into the field's original text)
 * @param end one past the last character
 * @param confidence the extractor's confidence in [0, 1]
 * @param extractedBy the rule or component that found it
 */
public record Evidence(
        String paper,
        @Nullable String paperTitle,
        @Nullable String assertion,
        @Nullable String sentence,
        @Nullable Integer sentenceIndex,
        @Nullable String field,
        @Nullable Integer begin,
        @Nullable Integer end,
        @Nullable Double confidence,
        @Nullable String extractedBy) {}
