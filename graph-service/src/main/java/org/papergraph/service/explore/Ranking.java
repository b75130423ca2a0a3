package org.papergraph.service.explore;

import java.util.Locale;

/** How neighbourhood nodes are ranked. */
public enum Ranking {
    /** PageRank over the whole concept graph. */
    PAGERANK,
    /** Number of relations touching the concept in the whole concept graph. */
    DEGREE;

    double score(ConceptGraph graph, String iri) {
        return this == PAGERANK ? graph.pageRank(iri) : graph.degree(iri);
    }

    /** Parses {@code pagerank} or {@code degree}, ignoring case. */
    public static Ranking parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ranking '" + text + "'; use pagerank or degree", e);
        }
    }
}
