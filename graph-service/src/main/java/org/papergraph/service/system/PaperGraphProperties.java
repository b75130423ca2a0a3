package org.papergraph.service.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's settings, bound from {@code papergraph.*} (application.yml, environment
 * variables such as {@code PAPERGRAPH_NEO4J_PASSWORD}, or {@code --papergraph.x=y} arguments).
 *
 * @param dataDir where the embedded Neo4j keeps its store and the generated password
 * @param apiToken the token that {@code POST /api/papers} requires; unset disables that endpoint
 * @param neo4j how to reach Neo4j
 * @param cypher limits of {@code POST /api/cypher}
 * @param load batch size of the loader
 * @param projection whether the in-memory concept graph is kept (off for {@code load})
 * @param extract the extractor behind {@code POST /api/papers}
 */
@ConfigurationProperties("papergraph")
public record PaperGraphProperties(
        @DefaultValue("./data") Path dataDir,
        @Nullable String apiToken,
        @DefaultValue Neo4j neo4j,
        @DefaultValue Cypher cypher,
        @DefaultValue Load load,
        @DefaultValue Projection projection,
        @DefaultValue Extract extract) {

    /**
     * Neo4j: embedded unless {@code uri} is set.
     *
     * @param uri a Bolt or Neo4j URI of a running server; when set, nothing embedded starts
     * @param user the user name
     * @param password the password; for embedded Neo4j, generated and stored when unset
     * @param listenAddress the address embedded Bolt listens on (loopback unless configured)
     * @param boltPort the embedded Bolt port; 0 picks a free one
     * @param pageCache the embedded page cache size, such as {@code 512m}
     */
    public record Neo4j(
            @Nullable URI uri,
            @DefaultValue("neo4j") String user,
            @Nullable String password,
            @DefaultValue("127.0.0.1") String listenAddress,
            @DefaultValue("7687") int boltPort,
            @DefaultValue("512m") String pageCache) {

        /** Tells whether the service starts Neo4j in-process. */
        public boolean embedded() {
            return uri == null || uri.toString().isBlank();
        }
    }

    /**
     * Limits of read-only Cypher over HTTP.
     *
     * @param timeout the transaction timeout
     * @param maxRows rows returned at most; the answer says when it was cut
     */
    public record Cypher(@DefaultValue("10s") Duration timeout, @DefaultValue("1000") int maxRows) {}

    /**
     * The loader.
     *
     * @param batchSize papers per write transaction
     */
    public record Load(@DefaultValue("200") int batchSize) {}

    /**
     * The in-memory concept graph.
     *
     * @param enabled whether it is built and kept in step with loads
     */
    public record Projection(@DefaultValue("true") boolean enabled) {}

    /**
     * Live extraction of posted abstracts.
     *
     * @param threads worker threads; each loads its own CoreNLP pipeline (about 1 GB) on first use
     * @param decider what decides a paper's graph: the shipped trained models, or the rules alone
     */
    public record Extract(@DefaultValue("1") int threads,
            @DefaultValue("MODELS") org.papergraph.extractor.PaperGraphExtractor.Decider decider) {}
}
