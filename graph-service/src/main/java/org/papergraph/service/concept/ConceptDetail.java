package org.papergraph.service.concept;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.explore.ConceptSummary;

/**
 * A concept with the papers that propose and mention it and the claims about it.
 *
 * @param concept the concept
 * @param proposedBy papers that propose it
 * @param mentionedBy papers that mention it (at most 100), most mentions first
 * @param claims claims that name it as subject, metric, dataset or comparison (at most 100)
 * @param relations how many relations it has, out and in
 */
public record ConceptDetail(ConceptSummary concept, List<PaperRef> proposedBy, List<PaperRef> mentionedBy,
        List<ClaimRef> claims, RelationCounts relations) {

    /**
     * A paper in brief.
     *
     * @param id the paper id
     * @param title the title
     * @param mentions how often the paper mentions the concept (0 when unknown)
     */
    public record PaperRef(String id, String title, long mentions) {}

    /**
     * A claim in brief.
     *
     * @param iri the claim's IRI
     * @param paper the paper id
     * @param role how the claim refers to the concept: CLAIM_SUBJECT, CLAIM_METRIC, CLAIM_DATASET, COMPARED_TO
     * @param kind quantitative or qualitative
     * @param text the claim as stated
     * @param valueText the value as written, for quantitative claims
     */
    public record ClaimRef(String iri, String paper, String role, String kind, String text, @Nullable String valueText) {}

    /**
     * Relation counts.
     *
     * @param outgoing relations where the concept is the subject
     * @param incoming relations where the concept is the object
     */
    public record RelationCounts(long outgoing, long incoming) {}
}
