package org.papergraph.extractor;

import java.util.List;

/**
 * Everything the extractor found in one paper: the single source of truth for its JSON and RDF.
 *
 * @param record the paper as read
 * @param sentences the title's and abstract's sentences in order
 * @param entities the concepts the paper speaks of, in order of first mention
 * @param relations relations between those entities
 * @param claims the sentences that state the paper's findings
 */
public record PaperAnnotation(
        PaperRecord record, List<Sentence> sentences, List<Entity> entities, List<Relation> relations, List<Claim> claims) {

    /** Copies the lists. */
    public PaperAnnotation {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        claims = List.copyOf(claims);
    }
}
