package org.papergraph.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        try {
            return Files.createTempDirectory("papergraph-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the three-paper fixture (idempotent, so every test may call it). */
    protected LoadReport loadFixture() {
        return loader.load(GraphLoader.read(FIXTURE));
    }

    /** A status and a parsed JSON body. */
    protected record Answer(int status, JsonNode body) {}

    protected Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    protected Answer post(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    protected static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    protected long count(String cypher) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
        }
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), JSON.readTree(body.isEmpty() ? "null" : body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
