package org.papergraph.service.system;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Reports Neo4j as up when the Driver can run a query, with the URI and node count. */
@Component("neo4j")
class Neo4jHealthIndicator implements HealthIndicator {

    private final Driver driver;
    private final Neo4jConnection connection;

    Neo4jHealthIndicator(Driver driver, Neo4jConnection connection) {
        this.driver = driver;
        this.connection = connection;
    }

    @Override
    public Health health() {
        try (Session session = driver.session()) {
            long nodes = session.executeRead(tx -> tx.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong());
            return Health.up().withDetail("uri", connection.uri().toString())
                    .withDetail("embedded", connection.isEmbedded()).withDetail("nodes", nodes).build();
        } catch (RuntimeException e) {
            return Health.down(e).withDetail("uri", connection.uri().toString()).build();
        }
    }
}
