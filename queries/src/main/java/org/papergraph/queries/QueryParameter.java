package org.papergraph.queries;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A parameter of a named query. In Cypher it is {@code $name}; in SPARQL it is the variable
 * {@code ?name}, which the runner replaces by the value before the query runs.
 *
 * @param name the parameter's name, a Java-style identifier
 * @param type how its value is parsed
 * @param defaultValue the value used when none is given, as text; null when the parameter is required
 * @param description one sentence on what the value means
 */
public record QueryParameter(String name, ParameterType type, @Nullable String defaultValue, String description) {

    /** Checks that the name is an identifier and that a default value parses. */
    public QueryParameter {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("a parameter name is an identifier, not '" + name + "'");
        }
        if (defaultValue != null) {
            type.parse(defaultValue);
        }
    }

    /** Tells whether a value must be given. */
    public boolean required() {
        return defaultValue == null;
    }

    /**
     * Returns the value to pass for the given text, or for the default when the text is null.
     *
     * @throws IllegalArgumentException if the parameter is required and no text is given, or the text does not parse
     */
    public Object valueOf(@Nullable String text) {
        String given = text != null ? text : defaultValue;
        if (given == null) {
            throw new IllegalArgumentException("parameter '" + name + "' is required: " + description);
        }
        try {
            return type.parse(given);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter '" + name + "': " + e.getMessage(), e);
        }
    }
}
