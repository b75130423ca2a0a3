package org.papergraph.queries;

import java.math.BigDecimal;
import java.util.Locale;

/** The type of a named query's parameter, which says how its text value is parsed. */
public enum ParameterType {
    /** Any text; passed as a string. */
    STRING,
    /** A whole number; passed as a {@link Long}. */
    INTEGER,
    /** A decimal number; passed as a {@link BigDecimal}. */
    DECIMAL;

    /** Returns the lower-case name used in query headers: {@code string}, {@code integer}, {@code decimal}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a value of this type from its text.
     *
     * @return a {@link String}, {@link Long} or {@link BigDecimal}
     * @throws IllegalArgumentException if the text is not a value of this type
     */
    public Object parse(String text) {
        try {
            return switch (this) {
                case STRING -> text;
                case INTEGER -> Long.parseLong(text.strip());
                case DECIMAL -> new BigDecimal(text.strip());
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not " + (this == INTEGER ? "an " : "a ") + label());
        }
    }

    /**
     * Returns the type with this label, ignoring case.
     *
     * @throws IllegalArgumentException if no type has the label
     */
    public static ParameterType parseLabel(String label) {
        for (ParameterType type : values()) {
            if (type.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown parameter type '" + label + "': use string, integer or decimal");
    }
}
