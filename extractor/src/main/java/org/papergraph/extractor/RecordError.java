package org.papergraph.extractor;

import java.util.Objects;

/**
 * A record (or a whole file) that could not be processed, with the reason in words a user can
 * act on.
 *
 * @param source the file the record came from
 * @param record which record: {@code "record 17"}, {@code "line 17 (2503.11677)"}, or
 *     {@code "whole file"}
 * @param reason what is wrong, such as {@code "abstract is empty"}
 */
public record RecordError(String source, String record, String reason) {

    /** Checks that no part is null. */
    public RecordError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(reason, "reason");
    }

    /** Formats the error as one line: {@code file: record: reason}. */
    @Override
    public String toString() {
        return source + ": " + record + ": " + reason;
    }
}
