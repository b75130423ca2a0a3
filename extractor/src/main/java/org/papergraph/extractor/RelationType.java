package org.papergraph.extractor;

import java.util.Arrays;
import java.util.Optional;
import org.papergraph.ontology.PG;

/**
 * The relations between concepts, named as the ontology's properties and the gold format's
 * predicates; in Neo4j each becomes the relationship type of its constant's name
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

    /** Returns the predicate name, such as {@code "usesMethod"}: the ontology property's local name. */
    public String predicate() {
        return predicate;
    }

    /** Returns the predicate's full IRI in the ontology, such as {@code pg:evaluatedOn}'s. */
    public String predicateIri() {
        return PG.NS + predicate;
    }

    /** Returns the relation whose predicate IRI is {@code iri}, if any. */
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

    /**
     * Finds the relation with the given predicate name.
     *
     * @throws IllegalArgumentException if no relation has that name
     */
    public static RelationType fromPredicate(String name) {
        for (RelationType type : values()) {
            if (type.predicate.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not a relation: '" + name + "'");
    }
}
