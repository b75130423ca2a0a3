package org.papergraph.extractor.read;

import java.util.Objects;

/**
 * A normalised text together with the map from each of its characters back to the original text
 * it was made from.
 *
 * <p>Each normalised character comes from a range of the original: itself, or the whole construct
 * it replaces ({@code ×} comes from all of {@code \times}). Characters the normaliser dropped
 * (dollar signs, braces, formatting commands) belong to no range, so a span of whole words in the
 * normalised text maps to the original span from the start of its first character's range to the
 * end of its last character's range, which covers the same words. Immutable and thread-safe.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] originalStarts;
    private final int[] originalEnds;

    NormalizedText(String original, String text, int[] originalStarts, int[] originalEnds) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        this.originalStarts = originalStarts;
        this.originalEnds = originalEnds;
    }

    /** Returns the normalised text, the text the NLP pipeline sees. */
    public String text() {
        return text;
    }

    /** Returns the original text this was normalised from. */
    public String original() {
        return original;
    }

    /**
     * Maps the start of a span in the normalised text to the start of the matching span in the
     * original text.
     *
     * @param normalizedOffset an offset from 0 to {@code text().length()} inclusive; at the end
     *     of the text it maps to the end of the last character's original range
     * @return the original offset of the first character of the span
     * @throws IndexOutOfBoundsException if the offset is outside the text
     */
    public int originalOffset(int normalizedOffset) {
        Objects.checkIndex(normalizedOffset, text.length() + 1);
        return normalizedOffset < text.length()
                ? originalStarts[normalizedOffset]
                : originalEnd(text.length());
    }

    /**
     * Maps the exclusive end of a span in the normalised text to the exclusive end of the matching
     * span in the original text.
     *
     * @param normalizedEnd an end offset from 0 to {@code text().length()} inclusive; 0 (an empty
     *     span at the start) maps to the original offset of the first character
     * @return the original offset just after the last character of the span
     * @throws IndexOutOfBoundsException if the offset is outside the text
     */
    public int originalEnd(int normalizedEnd) {
        Objects.checkIndex(normalizedEnd, text.length() + 1);
        if (normalizedEnd > 0) {
            return originalEnds[normalizedEnd - 1];
        }
        return text.isEmpty() ? 0 : originalStarts[0];
    }

    /** Returns the normalised text. */
    @Override
    public String toString() {
        return text;
    }
}
