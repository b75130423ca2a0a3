package org.papergraph.extractor;

/**
 * A relation between two entities of the same paper, with the sentence that supports it.
 *
 * @param subject the subject entity's name
 * @param type the relation
 * @param object the object entity's name
 * @param evidence where the paper says so
 */
public record Relation(String subject, RelationType type, String object, Evidence evidence) {}
