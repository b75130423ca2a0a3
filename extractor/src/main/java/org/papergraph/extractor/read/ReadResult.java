package org.papergraph.extractor.read;

import java.util.Objects;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.RecordError;

/**
 * The outcome of reading one record: either a paper that passed every check or the error that
 * rejected it.
 *
 * <p>Switch over it exhaustively:
 *
 * <pre>{@code
 * switch (result) {
 *     case ReadResult.Accepted(PaperRecord paper) -> extract(paper);
 *     case ReadResult.Rejected(RecordError error) -> log.warn(error.toString());
 * }
 * }</pre>
 */
public sealed interface ReadResult {

    /**
     * A record that was read and passed every check.
     *
     * @param paper the record, never {@code null}
     */
    record Accepted(PaperRecord paper) implements ReadResult {

        /** Checks that the paper is not null. */
        public Accepted {
            Objects.requireNonNull(paper, "paper");
        }
    }

    /**
     * A record, or a whole file, that could not be read or failed a check.
     *
     * @param error where and why, never {@code null}
     */
    record Rejected(RecordError error) implements ReadResult {

        /** Checks that the error is not null. */
        public Rejected {
            Objects.requireNonNull(error, "error");
        }
    }
}
