package org.papergraph.extractor.read;

import java.util.Arrays;

/**
 * Builds a {@link NormalizedText} character by character, recording the original range each
 * character comes from, and folding white space.
 *
 * <p>White space is held back and written only when a visible character follows, so leading and
 * trailing white space disappear and every run becomes one space, or a blank line when the run
 * held a paragraph break (two or more newlines). Not thread-safe.
 */
final class OffsetTextBuilder {

    private static final String PARAGRAPH_BREAK = "\n\n";

    private final String original;
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;
    private int pendingStart = -1;
    private int pendingEnd;
    private int pendingNewlines;

    OffsetTextBuilder(String original) {
        this.original = original;
        this.text = new StringBuilder(original.length());
        this.starts = new int[Math.max(16, original.length())];
        this.ends = new int[starts.length];
    }

    /** Appends {@code c}, which replaces the original range {@code [start, end)}. */
    void append(char c, int start, int end) {
        writePendingWhitespace();
        put(c, start, end);
    }

    /** Appends {@code replacement}, all of whose characters replace {@code [start, end)}. */
    void append(String replacement, int start, int end) {
        writePendingWhitespace();
        for (int i = 0; i < replacement.length(); i++) {
            put(replacement.charAt(i), start, end);
        }
    }

    /** Records white space from {@code [start, end)}, which holds {@code newlines} newlines. */
    void appendWhitespace(int start, int end, int newlines) {
        if (pendingStart < 0) {
            pendingStart = start;
            pendingNewlines = 0;
        }
        pendingEnd = end;
        pendingNewlines += newlines;
    }

    /** Forgets the white space recorded since the last visible character. */
    void dropPendingWhitespace() {
        pendingStart = -1;
    }

    /** Returns whether the text so far ends with a letter or digit and no white space. */
    boolean endsWithLetterOrDigit() {
        return pendingStart < 0 && !text.isEmpty()
                && Character.isLetterOrDigit(text.charAt(text.length() - 1));
    }

    /** Returns the text built so far with its offset map; trailing white space is dropped. */
    NormalizedText build() {
        int length = text.length();
        return new NormalizedText(original, text.toString(), Arrays.copyOf(starts, length),
                Arrays.copyOf(ends, length));
    }

    private void writePendingWhitespace() {
        if (pendingStart < 0) {
            return;
        }
        if (!text.isEmpty()) {
            String space = pendingNewlines >= 2 ? PARAGRAPH_BREAK : " ";
            for (int i = 0; i < space.length(); i++) {
                put(space.charAt(i), pendingStart, pendingEnd);
            }
        }
        pendingStart = -1;
    }

    private void put(char c, int start, int end) {
        int index = text.length();
        if (index == starts.length) {
            starts = Arrays.copyOf(starts, index * 2);
            ends = Arrays.copyOf(ends, index * 2);
        }
        text.append(c);
        starts[index] = start;
        ends[index] = end;
    }
}
