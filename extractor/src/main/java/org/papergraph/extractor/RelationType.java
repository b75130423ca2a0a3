package org.papergraph.extractor;

/** The relations between concepts, named as the ontology's properties and the gold format's predicates. */
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
