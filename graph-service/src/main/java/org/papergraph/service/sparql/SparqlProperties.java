package org.papergraph.service.sparql;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The SPARQL side, bound from {@code papergraph.sparql.*}.
 *
 * @param store where the triples go: {@code tdb2} (embedded, the default) or {@code remote}
 *     (an external SPARQL 1.1 store written through the Graph Store Protocol)
 * @param tdb2Dir the TDB2 directory; unset means {@code <papergraph.data-dir>/tdb2}
 * @param timeout the longest a query may run on {@code /sparql} and {@code /api/queries};
 *     a request's {@code timeout} parameter can only shorten it
 * @param remote the external store, when {@code store} is {@code remote}
 * @param maxRows the most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) {@code /sparql} answers;
 *     the answer then carries {@code PaperGraph-Truncated: true}
 * @param maxBytes the largest answer {@code /sparql} sends; a larger one is refused with 400
 */
@ConfigurationProperties("papergraph.sparql")
public record SparqlProperties(
        @DefaultValue("tdb2") Store store,
        @Nullable Path tdb2Dir,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue Remote remote,
        @DefaultValue("10000") int maxRows,
        @DefaultValue("32MB") DataSize maxBytes) {

    /** Where the triples are kept. */
    public enum Store {
        /** An embedded Jena TDB2 dataset under the data directory. */
        TDB2,
        /** An external SPARQL 1.1 store, written through the Graph Store Protocol and queried by the SPARQL Protocol. */
        REMOTE
    }

    /**
     * An external SPARQL 1.1 store (Fuseki, GraphDB, Virtuoso, ...).
     *
     * @param graphStore the Graph Store Protocol endpoint, such as {@code http://host:3030/ds/data}
     * @param query the SPARQL query endpoint, such as {@code http://host:3030/ds/sparql}; its default
     *     graph should be the union of the named graphs (Fuseki: {@code tdb2:unionDefaultGraph true})
     * @param user a user for HTTP basic authentication, if the store needs one
     * @param password that user's password
     */
    public record Remote(@Nullable URI graphStore, @Nullable URI query, @Nullable String user,
            @Nullable String password) {}
}
