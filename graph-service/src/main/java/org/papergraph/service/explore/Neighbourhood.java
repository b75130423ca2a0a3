package org.papergraph.service.explore;

import java.util.List;

/**
 * The ego graph of a concept.
 *
 * @param center the concept asked about
 * @param depth how many hops out it reaches
 * @param ranking how nodes are ranked
 * @param nodes the concepts reached, best ranked first (the centre first of all)
 * @param edges the relations among those concepts, with evidence
 * @param truncated whether more concepts were reached than {@code limit} allowed
 */
public record Neighbourhood(ConceptSummary center, int depth, Ranking ranking, List<RankedConcept> nodes,
        List<RelationView> edges, boolean truncated) {

    /**
     * A concept in a neighbourhood.
     *
     * @param concept the concept
     * @param distance hops from the centre
     * @param score its rank score (PageRank or degree)
     */
    public record RankedConcept(ConceptSummary concept, int distance, double score) {}
}
