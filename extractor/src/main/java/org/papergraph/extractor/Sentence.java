package org.papergraph.extractor;

/**
 * One sentence of a paper, with its place in the original text.
 *
 * @param index the sentence's index in the paper: the title's sentences first, then the abstract's
 * @param field {@code "title"} or {@code "abstract"}
 * @param begin offset of the first character in the original field text
 * @param end offset one past the last character in the original field text
 * @param text the sentence as the original text has it, each run of white space (hard line
 *     breaks included) made one space
 */
public record Sentence(int index, String field, int begin, int end, String text) {

    /** The field name of sentences that come from the title. */
    public static final String TITLE = "title";

    /** The field name of sentences that come from the abstract. */
    public static final String ABSTRACT = "abstract";
}
