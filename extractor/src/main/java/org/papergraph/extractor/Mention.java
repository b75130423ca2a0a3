package org.papergraph.extractor;

/**
 * One occurrence of a concept in a sentence.
 *
 * @param surface the words as the original text has them
 * @param evidence the sentence, span (in the original field text), rule and confidence
 */
public record Mention(String surface, Evidence evidence) {}
