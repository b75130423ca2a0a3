package org.papergraph.service.load;

/** Turns our IRIs (ontology/MODEL.md) into the short ids the API uses, and back. */
public final class GraphIds {

    private GraphIds() {}

    /** Returns the paper id of a paper IRI ({@code .../id/paper/2503.11677} gives {@code 2503.11677}). */
    public static String paperKey(String iri) {
        return PaperGraphMapper.keyOf(iri, Terms.PAPER_PREFIX);
    }

    /** Returns the IRI of the paper with this id. */
    public static String paperIri(String key) {
        return Terms.PAPER_PREFIX + key;
    }

    /** Returns the IRI of the concept with this id ({@code vision-transformer}). */
    public static String conceptIri(String key) {
        return Terms.CONCEPT_PREFIX + key;
    }
}
