package org.papergraph.service.system;

import java.util.Objects;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * Starts embedded Neo4j unless {@code papergraph.neo4j.uri} is set, then creates the one
 * {@link Driver} every read and write goes through. The Driver is created after Bolt listens.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

    /** Taken before any store in the data directory opens; see {@link DataDirectoryLock}. */
    @Bean(destroyMethod = "close")
    DataDirectoryLock dataDirectoryLock(PaperGraphProperties properties) {
        return DataDirectoryLock.acquire(properties.dataDir());
    }

    @Bean(destroyMethod = "close")
    @DependsOn("dataDirectoryLock")
    Neo4jConnection neo4jConnection(PaperGraphProperties properties) {
        PaperGraphProperties.Neo4j neo4j = properties.neo4j();
        if (!neo4j.embedded()) {
            String password = Objects.requireNonNull(neo4j.password(),
                    "papergraph.neo4j.uri is set, so papergraph.neo4j.password (or PAPERGRAPH_NEO4J_PASSWORD) must be too");
            return new Neo4jConnection(Objects.requireNonNull(neo4j.uri()), neo4j.user(), password, null);
        }
        String password = Neo4jPassword.resolve(neo4j.password(), properties.dataDir());
        EmbeddedNeo4j server = EmbeddedNeo4j.start(
                properties.dataDir(), neo4j.listenAddress(), neo4j.boltPort(), neo4j.pageCache(), password);
        return new Neo4jConnection(server.boltUri(), EmbeddedNeo4j.USER, password, server);
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(Neo4jConnection connection) {
        Driver driver = GraphDatabase.driver(connection.uri(),
                AuthTokens.basic(connection.user(), connection.password()),
                Config.builder().withMaxConnectionPoolSize(64).build());
        driver.verifyConnectivity();
        return driver;
    }
}
