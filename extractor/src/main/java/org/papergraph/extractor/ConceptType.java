package org.papergraph.extractor;

import java.util.Locale;

/** The five kinds of concept the extractor recognises, named as in the ontology and the gold format. */
public enum ConceptType {
    METHOD("Method"),
    ARCHITECTURE("Architecture"),
    TASK("Task"),
    DATASET("Dataset"),
    METRIC("Metric");

    private final String label;

    ConceptType(String label) {
        this.label = label;
    }

    /** Returns the name used in the ontology and in JSON output, such as {@code "Architecture"}. */
    public String label() {
        return label;
    }

    /**
     * Parses a label such as {@code "Method"}, ignoring case.
     *
     * @throws IllegalArgumentException if the text names no concept type
     */
    public static ConceptType fromLabel(String text) {
        for (ConceptType type : values()) {
            if (type.label.equalsIgnoreCase(text.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException("not a concept type: '" + text + "' (expected one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(ConceptType::label).toList()) + ")");
    }

    /** Returns true for the kinds scored as "named methods and architectures". */
    public boolean isMethodOrArchitecture() {
        return this == METHOD || this == ARCHITECTURE;
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
