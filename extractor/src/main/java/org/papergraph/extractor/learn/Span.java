package org.papergraph.extractor.learn;

/**
 * Where a candidate occurs: a run of tokens in one sentence.
 *
 * @param sentence the sentence's index in the document
 * @param begin the first token's index in the sentence
 * @param end one past the last token's index
 * @param charBegin the first character's offset in the document text
 * @param charEnd one past the last character's offset in the document text
 * @param surface the words as written
 */
public record Span(int sentence, int begin, int end, int charBegin, int charEnd, String surface) {

    /** Returns true when this span lies inside {@code other} and is shorter. */
    boolean strictlyInside(Span other) {
        return sentence == other.sentence && begin >= other.begin && end <= other.end && end - begin < other.end - other.begin;
    }

    /** Returns the number of tokens. */
    int length() {
        return end - begin;
    }
}
