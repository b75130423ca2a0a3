package org.papergraph.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.papergraph.service.system.Neo4jConnection;
import org.springframework.beans.factory.annotation.Autowired;

/** Anyone can reach the embedded Neo4j over Bolt with the generated password; nobody without it. */
class BoltAccessIT extends ServiceITSupport {

    @Autowired
    Neo4jConnection connection;

    @Test
    void separateDriver_withStoredPassword_readsTheGraph() throws Exception {
        loadFixture();
        String password = Files.readString(DATA_DIR.resolve("neo4j-password")).strip();
        try (Driver other = GraphDatabase.driver(connection.uri(), AuthTokens.basic("neo4j", password));
                Session session = other.session()) {
            long papers = session.executeRead(tx -> tx.run("MATCH (p:Paper) RETURN count(p) AS n").single().get("n").asLong());
            assertThat(papers).isEqualTo(3);
        }
    }

    @Test
    void separateProcess_withStoredPassword_readsTheGraph() throws Exception {
        loadFixture();
        String password = Files.readString(DATA_DIR.resolve("neo4j-password")).strip();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BoltReader.class.getName(),
                connection.uri().toString(), "neo4j", password).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("papers=3");
    }

    @Test
    void separateDriver_wrongPassword_refused() {
        try (Driver other = GraphDatabase.driver(connection.uri(), AuthTokens.basic("neo4j", "wrong-password"))) {
            assertThatThrownBy(other::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void bolt_listensOnLoopback() {
        assertThat(connection.uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(connection.isEmbedded()).isTrue();
    }
}
