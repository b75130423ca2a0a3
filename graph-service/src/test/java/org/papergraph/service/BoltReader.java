package org.papergraph.service;

import java.net.URI;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * A separate process for {@link BoltAccessIT}: connects over Bolt with a user and password and
 * prints the number of papers. Usage: {@code BoltReader bolt://127.0.0.1:7687 neo4j PASSWORD}.
 */
public final class BoltReader {

    private BoltReader() {}

    public static void main(String[] args) {
        try (Driver driver = GraphDatabase.driver(URI.create(args[0]), AuthTokens.basic(args[1], args[2]));
                Session session = driver.session()) {
            long papers = session.executeRead(tx -> tx.run("MATCH (p:Paper) RETURN count(p) AS n").single().get("n").asLong());
            System.out.println("papers=" + papers);
        }
    }
}
