package org.papergraph.service.paper;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.explore.RelationView;

/**
 * A paper with what was extracted from it.
 *
 * @param paper the paper
 * @param abstractText the abstract as given
 * @param proposes concepts the paper proposes
 * @param mentions concepts the paper mentions, most mentioned first
 * @param claims the paper's claims
 * @param relations relations this paper states, each with this paper's evidence only
 */
public record PaperDetail(PaperSummary paper, @Nullable String abstractText, List<ConceptRef> proposes,
        List<ConceptRef> mentions, List<ClaimView> claims, List<RelationView> relations) {

    /**
     * A concept in brief.
     *
     * @param id the concept id
     * @param name its preferred label
     * @param type its kind
     * @param mentions how often this paper mentions it (0 for proposals)
     * @param surfaceForms how the paper wrote it
     */
    public record ConceptRef(String id, String name, String type, long mentions, List<String> surfaceForms) {}

    /**
     * A claim with the concepts it names.
     *
     * @param iri the claim's IRI
     * @param kind quantitative or qualitative
     * @param text the claim as stated
     * @param valueText the value as written
     * @param value the numeric value
     * @param unit the unit
     * @param sentence the sentence it was read from
     * @param confidence the extractor's confidence
     * @param links role and concept id of each concept the claim names, such as {@code CLAIM_DATASET → imagenet-1k}
     */
    public record ClaimView(String iri, String kind, String text, @Nullable String valueText, @Nullable Double value,
            @Nullable String unit, @Nullable String sentence, @Nullable Double confidence, List<ClaimLinkView> links) {}

    /**
     * A claim's link to a concept.
     *
     * @param role CLAIM_SUBJECT, CLAIM_METRIC, CLAIM_DATASET or COMPARED_TO
     * @param concept the concept id
     * @param name its preferred label
     */
    public record ClaimLinkView(String role, String concept, String name) {}
}
