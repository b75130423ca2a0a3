package org.papergraph.service;

import java.nio.file.Path;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.papergraph.service.load.GraphLoader;
import org.papergraph.service.load.LoadReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random HTTP port with embedded Neo4j on a free Bolt port and a fresh
 * data directory. Every IT that extends this shares one Spring context (and one database).
 */
@SpringBootTest(classes = GraphServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"papergraph.neo4j.bolt-port=0", "papergraph.neo4j.page-cache=64m",
            "papergraph.api-token=" + ServiceITSupport.API_TOKEN, "papergraph.load.batch-size=2"})
public abstract class ServiceITSupport {

    protected static final String API_TOKEN = "it-token";
    protected static final Path FIXTURE = Path.of("src/test/resources/fixtures/three-papers.trig");
    protected static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    protected int port;

    @Autowired
    protected GraphLoader loader;

    @Autowired
    protected Driver driver;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("papergraph.data-dir", DATA_DIR::toString);
    }

    private static Path createDataDir() {
        return TempDataDirs.create("papergraph-it");
    }

    /** Loads the three-paper fixture (idempotent, so every test may call it). */
    protected LoadReport loadFixture() {
        return loader.load(GraphLoader.read(FIXTURE));
    }

    protected HttpJson.Answer get(String pathAndQuery) {
        return HttpJson.get(port, pathAndQuery);
    }

    protected HttpJson.Answer post(String path, String json, String... headers) {
        return HttpJson.post(port, path, json, headers);
    }

    protected static String encode(String value) {
        return HttpJson.encode(value);
    }

    protected long count(String cypher) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
        }
    }
}
