package org.papergraph.extractor.annotate;

import org.papergraph.extractor.RelationType;

/**
 * A relation between two paper concepts found in one sentence.
 *
 * @param subjectKey the subject concept's key
 * @param type the relation
 * @param objectKey the object concept's key
 * @param sentenceIndex the sentence's index in the document
 * @param charBegin start of the supporting words in the document text
 * @param charEnd end of the supporting words in the document text
 * @param rule the rule that found it
 * @param confidence how sure that rule is
 */
public record RelationMention(
        String subjectKey, RelationType type, String objectKey, int sentenceIndex, int charBegin, int charEnd,
        String rule, double confidence) {}
