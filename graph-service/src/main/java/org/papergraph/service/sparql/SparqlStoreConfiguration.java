package org.papergraph.service.sparql;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.papergraph.service.load.GraphStore;
import org.papergraph.service.system.PaperGraphProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.annotation.Order;

/**
 * Creates the SPARQL store and the loader's matching {@link GraphStore}: the embedded TDB2
 * dataset ({@code papergraph.sparql.store=tdb2}, the default) or an external store
 * ({@code remote}). Both stage their writes, so they are ordered before Neo4j's store.
 */
@Configuration(proxyBeanMethods = false)
class SparqlStoreConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "papergraph.sparql.store", havingValue = "tdb2", matchIfMissing = true)
    static class EmbeddedTdb2 {

        @Bean(destroyMethod = "close")
        @DependsOn("dataDirectoryLock")
        Tdb2Store tdb2Store(SparqlProperties sparql, PaperGraphProperties properties) {
            Path dir = sparql.tdb2Dir() != null ? sparql.tdb2Dir() : properties.dataDir().resolve("tdb2");
            return new Tdb2Store(dir);
        }

        @Bean
        @Order(0)
        GraphStore tdb2GraphStore(Tdb2Store store) {
            return new Tdb2GraphStore(store);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "papergraph.sparql.store", havingValue = "remote")
    static class RemoteStore {

        @Bean
        HttpClient sparqlHttpClient(SparqlProperties sparql) {
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
            SparqlProperties.Remote remote = sparql.remote();
            if (remote.user() != null) {
                char[] password = Objects.requireNonNullElse(remote.password(), "").toCharArray();
                builder.authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(remote.user(), password);
                    }
                });
            }
            return builder.build();
        }

        @Bean
        RemoteSparqlStore remoteSparqlStore(SparqlProperties sparql, HttpClient sparqlHttpClient) {
            return new RemoteSparqlStore(require(sparql.remote().query(), "query"), sparqlHttpClient);
        }

        @Bean
        @Order(0)
        GraphStore graphStoreProtocolStore(SparqlProperties sparql, HttpClient sparqlHttpClient) {
            return new GraphStoreProtocolStore(require(sparql.remote().graphStore(), "graph-store"), sparqlHttpClient);
        }

        private static String require(java.net.@org.jspecify.annotations.Nullable URI uri, String property) {
            if (uri == null) {
                throw new IllegalStateException("papergraph.sparql.store is remote, so papergraph.sparql.remote."
                        + property + " must be set");
            }
            return uri.toString();
        }
    }
}
