package org.papergraph.service.load;

import java.util.Locale;
import java.util.Optional;

/** The five kinds of concept: each is a node label next to {@code Concept}. */
public enum ConceptKind {
    METHOD("Method"),
    ARCHITECTURE("Architecture"),
    TASK("Task"),
    DATASET("Dataset"),
    METRIC("Metric");

    private final String label;

    ConceptKind(String label) {
        this.label = label;
    }

    /** Returns the Neo4j label, which is also the local name of the ontology class. */
    public String label() {
        return label;
    }

    /** Returns the kind whose ontology class IRI is {@code classIri}, if any. */
    public static Optional<ConceptKind> fromClassIri(String classIri) {
        for (ConceptKind kind : values()) {
            if (classIri.equals(Terms.PG_NS + kind.label)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Parses a label or enum name, ignoring case ({@code dataset}, {@code Dataset}). */
    public static ConceptKind parse(String text) {
        for (ConceptKind kind : values()) {
            if (kind.label.equalsIgnoreCase(text.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown concept type '" + text + "'; use one of "
                + java.util.Arrays.stream(values()).map(k -> k.label.toLowerCase(Locale.ROOT)).toList());
    }
}
