package org.papergraph.service.sparql;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.jspecify.annotations.Nullable;

/**
 * An external SPARQL 1.1 query endpoint, asked with Jena's {@link QueryExecutionHTTP}. A dataset
 * the request names is passed on as {@code default-graph-uri} and {@code named-graph-uri}.
 */
final class RemoteSparqlStore implements SparqlStore {

    private final String endpoint;
    private final HttpClient client;

    RemoteSparqlStore(String endpoint, HttpClient client) {
        this.endpoint = endpoint;
        this.client = client;
    }

    @Override
    public String describe() {
        return "the SPARQL endpoint " + endpoint;
    }

    @Override
    public <T> T query(Query query, @Nullable DatasetDescription dataset, Duration timeout,
            Function<QueryExecution, T> use) {
        QueryExecutionHTTPBuilder builder = QueryExecutionHTTP.service(endpoint).httpClient(client).query(query);
        if (dataset != null) {
            dataset.getDefaultGraphURIs().forEach(builder::addDefaultGraphURI);
            dataset.getNamedGraphURIs().forEach(builder::addNamedGraphURI);
        }
        builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExecution execution = builder.build()) {
            return use.apply(execution);
        }
    }
}
