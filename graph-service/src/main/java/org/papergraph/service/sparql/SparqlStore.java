package org.papergraph.service.sparql;

import java.time.Duration;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetDescription;
import org.jspecify.annotations.Nullable;

/**
 * The store SPARQL queries run against: the embedded TDB2 dataset or an external endpoint. Its
 * default graph is the union of the papers' named graphs (and the ontology's).
 */
public interface SparqlStore {

    /** Returns where the store is, for messages: {@code TDB2 at data/tdb2}. */
    String describe();

    /**
     * Runs a query and hands its execution to {@code use}, inside whatever transaction the store
     * needs; results must be consumed inside {@code use}.
     *
     * @param dataset the dataset the request names (protocol {@code default-graph-uri} and
     *     {@code named-graph-uri}, or the query's {@code FROM}); null for the whole store
     * @param timeout the longest the query may run; past it, reading results throws
     *     {@link org.apache.jena.query.QueryCancelledException}
     */
    <T> T query(Query query, @Nullable DatasetDescription dataset, Duration timeout, Function<QueryExecution, T> use);
}
