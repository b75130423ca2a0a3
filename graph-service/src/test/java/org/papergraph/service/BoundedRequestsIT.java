package org.papergraph.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.papergraph.service.load.GraphLoader;
import org.papergraph.service.system.HeavyQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bounds on one request's work: body sizes, the Cypher and SPARQL timeouts (tiny here, so
 * a cross join runs into them), the SPARQL row and byte caps, and the cap on concurrent heavy
 * queries. After each refusal the service must answer the next request normally.
 */
@SpringBootTest(classes = GraphServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"papergraph.neo4j.bolt-port=0", "papergraph.neo4j.page-cache=64m",
            "papergraph.api-token=bounded-it-token",
            "papergraph.limits.max-body=64KB", "papergraph.limits.max-papers-body=256KB",
            "papergraph.limits.heavy-queries=1", "papergraph.limits.heavy-query-wait=200ms",
            "papergraph.cypher.timeout=1s", "papergraph.sparql.timeout=1s",
            "papergraph.sparql.max-rows=20", "papergraph.sparql.max-bytes=8KB"})
class BoundedRequestsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path DATA_DIR = createDataDir();
    private static final String CROSS_JOIN_CYPHER = "MATCH (a), (b), (c), (d), (e), (f), (g)"
            + " WHERE a.iri + b.iri + c.iri + d.iri + e.iri + f.iri + g.iri = 'x' RETURN count(*)";
    private static final String CROSS_JOIN_SPARQL = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @LocalServerPort
    int port;

    @Autowired
    GraphLoader loader;

    @Autowired
    HeavyQueries heavy;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("papergraph.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void load() {
        loader.load(GraphLoader.read(Path.of("src/test/resources/fixtures/three-papers.trig")));
    }

    @Test
    void cypher_bodyOverLimit_413ThenServiceAnswers() {
        HttpResponse<String> response = send(json("/api/cypher").POST(HttpRequest.BodyPublishers.ofString(
                "{\"query\": \"RETURN 1\", \"params\": {\"x\": \"" + "x".repeat(100_000) + "\"}}")));
        assertProblem(response, 413, "larger than the limit of 65536 bytes");
        assertServiceAnswers();
    }

    @Test
    void cypher_chunkedBodyOverLimit_413() {
        byte[] body = ("{\"query\": \"RETURN 1\", \"params\": {\"x\": \"" + "x".repeat(100_000) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(json("/api/cypher").POST(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertProblem(response, 413, "larger than the limit");
        assertServiceAnswers();
    }

    @Test
    void papers_bodyUnderItsLargerLimit_reachesTheEndpoint_overIt_413() {
        String under = "[{\"id\": \"x\", \"title\": \"t\", \"abstract\": \"" + "a".repeat(100_000) + "\"}]";
        assertThat(send(json("/api/papers").header("Authorization", "Bearer wrong")
                .POST(HttpRequest.BodyPublishers.ofString(under))).statusCode()).isEqualTo(401);
        String over = "[{\"id\": \"x\", \"title\": \"t\", \"abstract\": \"" + "a".repeat(300_000) + "\"}]";
        assertProblem(send(json("/api/papers").header("Authorization", "Bearer wrong")
                .POST(HttpRequest.BodyPublishers.ofString(over))), 413, "max-papers-body");
    }

    @Test
    void cypher_crossJoinPastTimeout_504ThenServiceAnswers() {
        HttpResponse<String> response = send(json("/api/cypher")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + CROSS_JOIN_CYPHER + "\"}")));
        assertProblem(response, 504, "longer than the limit");
        assertServiceAnswers();
    }

    @Test
    void sparql_crossJoinPastTimeout_504ThenServiceAnswers() {
        assertProblem(sparql(CROSS_JOIN_SPARQL, "application/sparql-results+json"), 504, "longer than the limit");
        assertServiceAnswers();
    }

    @Test
    void sparql_moreRowsThanTheCap_cutAndMarked() {
        HttpResponse<String> all = sparql("SELECT ?s { ?s ?p ?o } ORDER BY ?s", "text/csv");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body().lines().count()).isEqualTo(1 + 20);
        assertThat(all.headers().firstValue("PaperGraph-Truncated")).hasValue("true");

        HttpResponse<String> limited = sparql("SELECT ?s { ?s ?p ?o } LIMIT 5", "text/csv");
        assertThat(limited.body().lines().count()).isEqualTo(1 + 5);
        assertThat(limited.headers().firstValue("PaperGraph-Truncated")).isEmpty();

        HttpResponse<String> triples = sparql("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples");
        assertThat(triples.body().lines().count()).isEqualTo(20);
        assertThat(triples.headers().firstValue("PaperGraph-Truncated")).hasValue("true");
    }

    @Test
    void sparql_answerOverTheByteCap_refusedThenServiceAnswers() {
        String big = "b".repeat(5000);
        HttpResponse<String> response = sparql("SELECT ?x ?y { BIND(\"" + big + "\" AS ?x) BIND(?x AS ?y) }",
                "application/sparql-results+json");
        assertProblem(response, 400, "larger than the limit of 8192 bytes");
        assertServiceAnswers();
    }

    @Test
    void cypher_allSlotsTaken_503WithRetryAfter_searchAndSparqlStillAnswer() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> heavy.run(HeavyQueries.Kind.CYPHER, () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        try {
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            HttpResponse<String> busy = cypher("RETURN 1 AS one");
            assertProblem(busy, 503, "cypher queries are running");
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(HttpJson.get(port, "/api/concepts?q=poolformer").status()).isEqualTo(200);
            assertThat(sparql("ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode()).isEqualTo(200);
        } finally {
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
        assertThat(cypher("RETURN 1 AS one").statusCode()).isEqualTo(200);
    }

    private void assertServiceAnswers() {
        HttpResponse<String> cypher = cypher("MATCH (c:Concept) RETURN count(c) AS n");
        assertThat(cypher.statusCode()).isEqualTo(200);
        assertThat(cypher.body()).contains("\"n\"");
        assertThat(sparql("ASK { ?s ?p ?o }", "application/sparql-results+json").body()).contains("true");
        HttpJson.Answer search = HttpJson.get(port, "/api/concepts?q=poolformer");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body().get(0).get("concept").get("name").asString()).isEqualTo("PoolFormer");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).contains(detail);
    }

    private HttpResponse<String> cypher(String query) {
        return send(json("/api/cypher").POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query + "\"}")));
    }

    private HttpResponse<String> sparql(String query, String accept) {
        return send(HttpRequest.newBuilder(uri("/sparql")).header("Content-Type", "application/sparql-query")
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    private HttpRequest.Builder json(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path createDataDir() {
        return TempDataDirs.create("papergraph-bounded-it");
    }
}
