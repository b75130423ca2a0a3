package org.papergraph.extractor;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One paper as read from an input: its title and abstract exactly as the input gave them, plus
 * optional bibliographic fields.
 *
 * <p>{@code title} and {@code abstractText} are the original text; every character offset the
 * extractor emits points into these strings. Normalisation (LaTeX, hard line breaks) happens
 * later and keeps a map back to these offsets.
 *
 * @param source where the record came from, for error messages (a file name)
 * @param recordNumber the record's 1-based position in its source (line or paragraph block)
 * @param id the record's identifier (an arXiv id), or {@code null} when the input has none
 * @param title the title, never blank
 * @param abstractText the abstract, never blank
 * @param authors author names in input order, possibly empty
 * @param categories subject categories (such as {@code cs.CL}), possibly empty
 * @param date an ISO date ({@code 2025-03-18}) or year ({@code 2025}), or {@code null}
 */
public record PaperRecord(
        String source,
        long recordNumber,
        @Nullable String id,
        String title,
        String abstractText,
        List<String> authors,
        List<String> categories,
        @Nullable String date) {

    /** Checks the invariants and copies the lists. */
    public PaperRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }

    /** Returns a short human description of where this record is, such as {@code corpus.jsonl record 17}. */
    public String location() {
        return source + " record " + recordNumber + (id == null ? "" : " (" + id + ")");
    }
}
