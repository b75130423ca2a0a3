package org.papergraph.service.load;

import java.util.Arrays;
import java.util.Optional;

/**
 * The concept-to-concept relations: each ontology predicate becomes one relationship type
 * ({@code pg:evaluatedOn} becomes {@code EVALUATED_ON}).
 */
public enum RelationType {
    INSTANCE_OF("instanceOf"),
    BASED_ON("basedOn"),
    USES_METHOD("usesMethod"),
    ADDRESSES("addresses"),
    EVALUATED_ON("evaluatedOn"),
    OUTPERFORMS("outperforms"),
    COMPARED_WITH("comparedWith");

    private final String predicate;

    RelationType(String predicate) {
        this.predicate = predicate;
    }

    /** Returns the local name of the ontology predicate, such as {@code evaluatedOn}. */
    public String predicate() {
        return predicate;
    }

    /** Returns the predicate's full IRI. */
    public String predicateIri() {
        return Terms.PG_NS + predicate;
    }

    /** Returns the type whose predicate IRI is {@code iri}, if any. */
    public static Optional<RelationType> fromPredicateIri(String iri) {
        return Arrays.stream(values()).filter(t -> t.predicateIri().equals(iri)).findFirst();
    }

    /**
     * Parses a relationship type or predicate name, ignoring case: {@code EVALUATED_ON},
     * {@code evaluatedOn} and {@code evaluated_on} all work.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static RelationType parse(String text) {
        String t = text.strip();
        for (RelationType type : values()) {
            if (type.name().equalsIgnoreCase(t) || type.predicate.equalsIgnoreCase(t)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown predicate '" + text + "'; use one of "
                + Arrays.stream(values()).map(RelationType::predicate).toList());
    }
}
