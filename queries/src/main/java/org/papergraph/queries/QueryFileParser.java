package org.papergraph.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the header of a named query file: comment lines at the top, each {@code key: value},
 * with the keys {@code name} (once), {@code param} (any number) and {@code returns} (once).
 *
 * <pre>
 * # name: papers-proposing
 * # param: concept (string) a concept's name, alias or id; case is ignored
 * # param: minSupport (integer, default 1) papers that must state it at least
 * # returns: the papers that propose the concept, with their titles
 * </pre>
 */
final class QueryFileParser {

    private static final Pattern FIELD = Pattern.compile("(name|param|returns):\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile(
            "(\\w+)\\s+\\((string|integer|decimal)(?:,\\s*default\\s+([^)]*))?\\)\\s+(.+)");

    private QueryFileParser() {}

    /**
     * Parses one file.
     *
     * @param source where the text comes from, for messages
     * @throws IllegalArgumentException if the header lacks a field or has a malformed one
     */
    static NamedQuery parse(String source, QueryLanguage language, String text) {
        String name = null;
        String returns = null;
        List<QueryParameter> parameters = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String stripped = line.strip();
            if (!stripped.startsWith(language.commentMarker())) {
                break;
            }
            Matcher field = FIELD.matcher(stripped.substring(language.commentMarker().length()).strip());
            if (!field.matches()) {
                continue;
            }
            String value = field.group(2).strip();
            switch (field.group(1)) {
                case "name" -> name = value;
                case "returns" -> returns = value;
                default -> parameters.add(parameter(source, value));
            }
        }
        return new NamedQuery(require(source, "name", name), language, require(source, "returns", returns),
                parameters, text);
    }

    private static QueryParameter parameter(String source, String value) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(source + ": a 'param:' line reads 'NAME (TYPE[, default VALUE]) "
                    + "description', not '" + value + "'");
        }
        String defaultValue = m.group(3) == null ? null : m.group(3).strip();
        return new QueryParameter(m.group(1), ParameterType.parseLabel(m.group(2)), defaultValue, m.group(4).strip());
    }

    private static String require(String source, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(source + ": the header has no '" + field + ":' line");
        }
        return value;
    }
}
