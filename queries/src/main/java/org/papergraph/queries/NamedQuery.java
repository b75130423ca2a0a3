package org.papergraph.queries;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One named query in one language, read from its file.
 *
 * @param name the query's name, such as {@code papers-proposing}; the same in every language
 * @param language the language of {@code text}
 * @param description what the query returns, from the {@code returns:} header line
 * @param parameters the parameters, in header order
 * @param text the whole file, header comments included (they are comments in both languages)
 */
public record NamedQuery(String name, QueryLanguage language, String description, List<QueryParameter> parameters,
        String text) {

    /** Copies the parameter list and checks the fields. */
    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(text, "text");
        parameters = List.copyOf(parameters);
    }

    /** Returns the parameter with this name, if the query has one. */
    public Optional<QueryParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /**
     * Turns text values into the typed values the query takes, filling in defaults.
     *
     * @param given parameter values as text, by name
     * @return every parameter's value, in header order
     * @throws IllegalArgumentException if a name is not a parameter of this query, a required
     *     parameter is missing, or a value does not parse
     */
    public Map<String, Object> bind(Map<String, @Nullable String> given) {
        Set<String> unknown = new java.util.TreeSet<>(given.keySet());
        parameters.forEach(p -> unknown.remove(p.name()));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("query '" + name + "' has no parameter " + String.join(", ", unknown)
                    + (parameters.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ",
                            parameters.stream().map(QueryParameter::name).toList())));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (QueryParameter p : parameters) {
            values.put(p.name(), p.valueOf(given.get(p.name())));
        }
        return values;
    }
}
