package org.papergraph.service.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetDescription;
import org.jspecify.annotations.Nullable;

/**
 * A SPARQL 1.1 Protocol query request, read and checked the way Fuseki's
 * {@code SPARQLQueryProcessor} does: {@code GET ?query=}, {@code POST} of an HTML form, or
 * {@code POST} of {@code application/sparql-query} (UTF-8) with the query as the body; plus
 * {@code default-graph-uri}, {@code named-graph-uri}, and our {@code format} and {@code timeout}.
 *
 * @param query the query text
 * @param defaultGraphs the {@code default-graph-uri} values
 * @param namedGraphs the {@code named-graph-uri} values
 * @param format the {@code format} (or Fuseki's {@code output}) parameter, if given
 * @param accept the {@code Accept} header, if given
 * @param timeout the {@code timeout} parameter in seconds, if given
 */
record SparqlRequest(String query, List<String> defaultGraphs, List<String> namedGraphs, @Nullable String format,
        @Nullable String accept, @Nullable Duration timeout) {

    /**
     * Reads a request.
     *
     * @throws SparqlProtocolException 415 for a body that is neither a form nor a UTF-8 query,
     *     403 for SPARQL Update, 400 for a missing, repeated or empty query or a bad parameter
     */
    static SparqlRequest read(HttpServletRequest request) {
        if (request.getParameterValues(HttpNames.paramUpdate) != null) {
            throw refuseUpdate();
        }
        String query = "POST".equals(request.getMethod()) ? queryOfPost(request) : queryParameter(request);
        return new SparqlRequest(query, values(request, HttpNames.paramDefaultGraphURI),
                values(request, HttpNames.paramNamedGraphURI), format(request), request.getHeader("Accept"),
                timeout(request.getParameter("timeout")));
    }

    /** The dataset the protocol parameters name, or null when they name none. */
    @Nullable DatasetDescription protocolDataset() {
        if (defaultGraphs.isEmpty() && namedGraphs.isEmpty()) {
            return null;
        }
        return DatasetDescription.create(defaultGraphs, namedGraphs);
    }

    static SparqlProtocolException refuseUpdate() {
        return new SparqlProtocolException(403, "SPARQL Update is refused: this endpoint is read-only; "
                + "the graph changes only through 'papergraph load' and POST /api/papers");
    }

    private static String queryOfPost(HttpServletRequest request) {
        String header = request.getContentType();
        if (header == null) {
            return queryParameter(request);
        }
        ContentType type = ContentType.create(header);
        if (WebContent.matchContentType(WebContent.ctHTMLForm, type)) {
            return queryParameter(request);
        }
        if (WebContent.matchContentType(WebContent.ctSPARQLUpdate, type)) {
            throw refuseUpdate();
        }
        if (!WebContent.matchContentType(WebContent.ctSPARQLQuery, type)) {
            throw new SparqlProtocolException(415, "unsupported content type " + type.getContentTypeStr()
                    + ": send application/sparql-query or application/x-www-form-urlencoded");
        }
        String charset = type.getCharset();
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new SparqlProtocolException(415, "a query body must be UTF-8, not " + charset);
        }
        if (request.getParameterValues(HttpNames.paramQuery) != null) {
            throw SparqlProtocolException.badRequest("a query in the body and a 'query' parameter: send one");
        }
        return nonEmpty(body(request));
    }

    private static String queryParameter(HttpServletRequest request) {
        String[] queries = request.getParameterValues(HttpNames.paramQuery);
        if (queries == null) {
            throw SparqlProtocolException.badRequest("no 'query' parameter: send ?query=, a form, or an "
                    + "application/sparql-query body");
        }
        if (queries.length > 1) {
            throw SparqlProtocolException.badRequest("more than one 'query' parameter: send one query");
        }
        return nonEmpty(queries[0]);
    }

    private static String nonEmpty(String query) {
        if (query.isBlank()) {
            throw SparqlProtocolException.badRequest("the query is empty");
        }
        return query;
    }

    private static String body(HttpServletRequest request) {
        try {
            return new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.stream(values).map(String::strip).toList();
    }

    private static @Nullable String format(HttpServletRequest request) {
        String format = request.getParameter("format");
        return format != null ? format : request.getParameter(HttpNames.paramOutput1);
    }

    private static @Nullable Duration timeout(@Nullable String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(seconds.strip());
            if (!(value > 0)) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(Math.max(1, Math.round(value * 1000)));
        } catch (NumberFormatException e) {
            throw SparqlProtocolException.badRequest("'timeout' is a number of seconds above 0, not '"
                    + seconds.toLowerCase(Locale.ROOT) + "'");
        }
    }
}
