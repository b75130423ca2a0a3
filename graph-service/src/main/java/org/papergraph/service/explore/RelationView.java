package org.papergraph.service.explore;

import java.util.List;

/**
 * A relation as the API shows it: {@code subject predicate object}, with its evidence.
 *
 * @param subject the subject concept's id
 * @param subjectName the subject's preferred label
 * @param predicate the ontology predicate ({@code evaluatedOn})
 * @param type the Neo4j relationship type ({@code EVALUATED_ON})
 * @param object the object concept's id
 * @param objectName the object's preferred label
 * @param support how many papers state it
 * @param evidence one entry per sentence that states it
 */
public record RelationView(String subject, String subjectName, String predicate, String type, String object,
        String objectName, int support, List<Evidence> evidence) {

    static RelationView of(RelationEdge edge, ConceptGraph graph) {
        ConceptSummary s = graph.concept(edge.subject()).orElseThrow();
        ConceptSummary o = graph.concept(edge.object()).orElseThrow();
        return new RelationView(s.id(), s.name(), edge.type().predicate(), edge.type().name(), o.id(), o.name(),
                edge.support(), edge.evidence());
    }
}
