package org.papergraph.service.load;

import java.util.Arrays;
import java.util.Optional;

/** The links from a claim to the concepts it is about. */
public enum ClaimLinkType {
    CLAIM_SUBJECT("claimSubject"),
    CLAIM_METRIC("claimMetric"),
    CLAIM_DATASET("claimDataset"),
    COMPARED_TO("comparedTo");

    private final String predicate;

    ClaimLinkType(String predicate) {
        this.predicate = predicate;
    }

    /** Returns the local name of the ontology predicate. */
    public String predicate() {
        return predicate;
    }

    /** Returns the type whose predicate IRI is {@code iri}, if any. */
    static Optional<ClaimLinkType> fromPredicateIri(String iri) {
        return Arrays.stream(values()).filter(t -> (Terms.PG_NS + t.predicate).equals(iri)).findFirst();
    }
}
