package org.papergraph.extractor.read;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The checks every record passes before it is accepted, whatever its format: a title and an
 * abstract that are present, not blank and not too long, and an abstract in English.
 */
final class RecordChecks {

    private RecordChecks() {}

    /**
     * Returns the first problem of a record's title and abstract, or empty if there is none.
     *
     * @param title the title, or {@code null} when the input has none
     * @param abstractText the abstract, or {@code null} when the input has none
     */
    static Optional<String> findProblem(@Nullable String title, @Nullable String abstractText) {
        Optional<String> titleProblem =
                findFieldProblem("title", title, CorpusReader.MAX_TITLE_CHARS);
        if (titleProblem.isPresent()) {
            return titleProblem;
        }
        Optional<String> abstractProblem =
                findFieldProblem("abstract", abstractText, CorpusReader.MAX_ABSTRACT_CHARS);
        if (abstractProblem.isPresent() || abstractText == null) {
            return abstractProblem;
        }
        return EnglishHeuristic.findReason(abstractText).map(reason -> "abstract " + reason);
    }

    private static Optional<String> findFieldProblem(
            String field, @Nullable String text, int limit) {
        if (text == null) {
            return Optional.of(field + " is missing");
        }
        if (text.isBlank()) {
            return Optional.of(field + " is empty");
        }
        if (text.length() > limit) {
            return Optional.of(field + " is " + text.length() + " characters, more than the "
                    + limit + " allowed");
        }
        return Optional.empty();
    }
}
