package org.papergraph.extractor.read;

import org.jspecify.annotations.Nullable;

/**
 * A block of consecutive non-blank lines of page text.
 *
 * @param firstLine the 1-based number of its first line
 * @param text its lines joined with {@code \n}, stripped at both ends; {@code ""} when there is a
 *     problem
 * @param lineCount how many lines it has
 * @param problem why it could not be read (such as invalid UTF-8 in one line), or {@code null}
 * @param problemLine the 1-based number of the line the problem is in, or 0 when there is none
 */
record Paragraph(
        long firstLine, String text, int lineCount, @Nullable String problem, long problemLine) {

    /** Returns whether the paragraph is one line. */
    boolean isSingleLine() {
        return lineCount == 1;
    }
}
