package org.papergraph.service.query;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a named query, the same shape in both languages: a column's value is a string,
 * a number, a boolean or null (IRIs as strings; SPARQL numbers as JSON numbers).
 *
 * @param name the query's name
 * @param language {@code cypher} or {@code sparql}
 * @param parameters the values the query ran with, defaults included
 * @param columns the column names, in order
 * @param rows the rows, each a map from column to value
 * @param truncated whether rows were cut at the limit
 */
public record NamedQueryResult(String name, String language, Map<String, Object> parameters, List<String> columns,
        List<Map<String, @Nullable Object>> rows, boolean truncated) {}
