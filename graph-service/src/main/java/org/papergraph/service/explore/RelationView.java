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
 * @param evidence one entry per sentence that states it (possibly cut: see {@code evidenceCount})
 * @param evidenceCount how many entries of evidence there are in all
 */
public record RelationView(String subject, String subjectName, String predicate, String type, String object,
        String objectName, int support, List<Evidence> evidence, int evidenceCount) {

    /** Returns the view of an edge with at most {@code maxEvidence} entries of evidence, most confident first. */
    static RelationView of(RelationEdge edge, ConceptGraph graph, int maxEvidence) {
        ConceptSummary s = graph.concept(edge.subject()).orElseThrow();
        ConceptSummary o = graph.concept(edge.object()).orElseThrow();
        return new RelationView(s.id(), s.name(), edge.type().predicate(), edge.type().name(), o.id(), o.name(),
                edge.support(), mostConfident(edge.evidence(), maxEvidence), edge.evidence().size());
    }

    /** Returns at most {@code max} entries, highest confidence first, keeping input order among equals. */
    static List<Evidence> mostConfident(List<Evidence> evidence, int max) {
        if (evidence.size() <= max) {
            return evidence;
        }
        return evidence.stream().sorted(java.util.Comparator.comparingDouble(
                (Evidence e) -> e.confidence() == null ? -1 : e.confidence()).reversed()).limit(max).toList();
    }
}
