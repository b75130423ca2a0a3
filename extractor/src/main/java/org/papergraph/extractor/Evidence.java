package org.papergraph.extractor;

/**
 * Where in a paper a statement was found, and by which rule.
 *
 * @param sentenceIndex the sentence's index in the paper (0 is the title's first sentence)
 * @param begin first character, as an offset into the original text of the field
 * @param end one past the last character, in the same field
 * @param rule the annotator or rule that produced the statement, such as {@code "relation:outperforms"}
 * @param confidence how sure the rule is, in [0, 1]
 */
public record Evidence(int sentenceIndex, int begin, int end, String rule, double confidence) {

    /** Checks that the span is well formed and the confidence a probability. */
    public Evidence {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }
}
