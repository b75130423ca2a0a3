package org.papergraph.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.papergraph.service.sparql.SparqlStore;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attacks of issue 9 against the running service, each refused with an RFC 9457 problem and
 * the right status, and each followed by a normal answer. URL attacks aim at a {@link LoopbackStub},
 * which must never see a request; file attacks aim at a temporary file whose line must never come back.
 */
class SecurityIT extends ServiceITSupport {

    private static final String SECRET = "top-secret-line-4711";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static LoopbackStub stub;
    private static Path secretFile;

    @Autowired
    SparqlStore sparqlStore;

    @BeforeAll
    static void startStub() throws IOException {
        stub = LoopbackStub.start();
        secretFile = Files.writeString(Files.createTempFile("papergraph-secret", ".csv"), SECRET + "\n");
    }

    @AfterAll
    static void stopStub() throws IOException {
        stub.close();
        Files.deleteIfExists(secretFile);
    }

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    @DisplayName("the stub records a request sent to it, so 'no request' below means none was sent")
    void stub_recordsWhatReachesIt() throws Exception {
        try (LoopbackStub control = LoopbackStub.start()) {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(control.url("/control"))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(control.requests()).containsExactly("GET /control");
        }
    }

    // --- Cypher: LOAD CSV and procedures -------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "LOAD CSV FROM '%FILE%' AS l RETURN l",
        "LOAD CSV FROM '%HTTP%' AS l RETURN l",
        "load csv with headers from '%HTTP%' as l return l",
        "lOaD /* hidden */ CsV // comment\nFROM '%FILE%' AS l RETURN l",
        "CALL () { LOAD CSV FROM '%HTTP%' AS l RETURN l } RETURN l",
        "MATCH (p:Paper) CALL (p) { LOAD CSV FROM '%FILE%' AS l RETURN l LIMIT 1 } RETURN l",
        "RETURN 1 AS l UNION LOAD CSV FROM '%HTTP%' AS l RETURN l",
        "LOAD CSV FROM $url AS l RETURN l"})
    void cypher_loadCsv_refusedBeforeItRuns(String template) {
        String query = template.replace("%FILE%", secretFile.toUri().toString()).replace("%HTTP%", stub.url("/csv"));
        HttpJson.Answer answer = cypher(query, Map.of("url", stub.url("/param")));
        assertProblem(answer, 403, "LOAD CSV is refused");
        assertThat(answer.body().toString()).doesNotContain(SECRET);
        assertNothingLeft();
    }

    @Test
    @DisplayName("every built-in procedure but the schema and index look-ups is refused, whatever it does")
    void cypher_everyProcedureButLookUps_refused() {
        List<String> calls = new ArrayList<>();
        try (Session session = driver.session()) {
            for (Record r : session.run("SHOW PROCEDURES YIELD name, argumentDescription RETURN name, "
                    + "size(argumentDescription) AS arity").list()) {
                String name = r.get("name").asString();
                if (!name.matches("db\\.(labels|relationshipTypes|propertyKeys|schema\\..*|index\\.(fulltext|vector)"
                        + "\\.query.*)")) {
                    calls.add("CALL " + name + "(" + String.join(", ", java.util.Collections.nCopies(
                            r.get("arity").asInt(), "null")) + ")");
                }
            }
        }
        assertThat(calls).as("built-in procedures").hasSizeGreaterThan(10);
        for (String call : calls) {
            HttpJson.Answer answer = cypher(call, Map.of());
            assertThat(answer.status()).as(call + " → " + answer.body()).isEqualTo(403);
            assertThat(answer.body().path("detail").asString()).as(call).containsAnyOf("is refused", "read-only");
        }
        assertServiceAnswers();
    }

    @Test
    void cypher_lookUpProcedure_stillAnswers() {
        HttpJson.Answer answer = cypher("CALL db.labels() YIELD label RETURN label ORDER BY label", Map.of());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("rows").toString()).contains("Paper");
    }

    @Test
    @DisplayName("defence in depth: even over Bolt as admin, Neo4j itself reads no file: URL and fetches no URL")
    void neo4j_overBolt_readsNoFileAndNoUrl() {
        for (String url : List.of(secretFile.toUri().toString(), stub.url("/bolt"))) {
            try (Session session = driver.session()) {
                assertThatThrownBy(() -> session.run("LOAD CSV FROM $url AS l RETURN l", Map.of("url", url)).list())
                        .isInstanceOf(ClientException.class).hasMessageNotContaining(SECRET);
            }
        }
        assertNothingLeft();
    }

    @Test
    void namedQueries_attackTextInParameters_isOnlyAValue() {
        String load = "x' }) LOAD CSV FROM '" + stub.url("/named") + "' AS l RETURN l //";
        String service = "x\" } SERVICE <" + stub.url("/named") + "> { ?s ?p ?o } #";
        for (String language : List.of("cypher", "sparql")) {
            for (String value : List.of(load, service)) {
                HttpJson.Answer answer = get("/api/queries/papers-mentioning?language=" + language + "&concept="
                        + encode(value));
                assertThat(answer.status()).as(language + ": " + answer.body()).isEqualTo(200);
                assertThat(answer.body().path("rows").size()).isZero();
            }
        }
        assertNothingLeft();
    }

    // --- SPARQL: SERVICE and dataset names ----------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SELECT * WHERE { SERVICE <%HTTP%> { ?s ?p ?o } }",
        "select * where { service silent <%HTTP%> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s a ?t OPTIONAL { SERVICE <%HTTP%> { ?s ?p ?o } } }",
        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <%HTTP%> { ?s ?p ?o } } LIMIT 1 } }",
        "SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { SERVICE <%HTTP%> { ?s ?q ?r } } }",
        "ASK { ?s ?p ?o MINUS { SERVICE <%HTTP%> { ?s ?p ?o } } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { SERVICE <%HTTP%> { ?s ?p ?o } } }"})
    void sparql_service_refusedBeforeItRuns(String template) {
        String query = template.replace("%HTTP%", stub.url("/sparql"));
        HttpJson.Answer answer = get("/sparql?query=" + encode(query));
        assertProblem(answer, 403, "SERVICE is refused");
        HttpJson.Answer posted = asJson(RawHttp.send(port, "POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: application/sparql-query", query.getBytes(StandardCharsets.UTF_8)));
        assertProblem(posted, 403, "SERVICE is refused");
        assertNothingLeft();
    }

    @Test
    @DisplayName("defence in depth: the store itself runs SERVICE with Jena's arq:httpServiceAllowed off")
    void sparqlStore_service_deniedByJena() {
        var query = QueryFactory.create("SELECT * WHERE { SERVICE <" + stub.url("/store") + "> { ?s ?p ?o } }");
        assertThatThrownBy(() -> sparqlStore.query(query, null, Duration.ofSeconds(5),
                execution -> ResultSetFormatter.consume(execution.execSelect())))
                .isInstanceOf(QueryDeniedException.class);
        assertNothingLeft();
    }

    @Test
    void sparql_fromAndGraphParameters_nameOnlyGraphsOfTheDataset() {
        String g = stub.url("/graph");
        List<String> requests = List.of(
                "?query=" + encode("SELECT (COUNT(*) AS ?n) FROM <" + g + "> WHERE { ?s ?p ?o }"),
                "?query=" + encode("SELECT (COUNT(*) AS ?n) FROM NAMED <" + g + "> WHERE { GRAPH ?g { ?s ?p ?o } }"),
                "?query=" + encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") + "&default-graph-uri=" + encode(g),
                "?query=" + encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") + "&named-graph-uri="
                        + encode(g));
        for (String request : requests) {
            HttpJson.Answer answer = get("/sparql" + request + "&format=json");
            assertThat(answer.status()).as(request).isEqualTo(200);
            assertThat(count(answer)).as(request).isZero();
        }
        assertNothingLeft();
        String paperGraph = get("/sparql?format=json&query=" + encode("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"))
                .body().path("results").path("bindings").get(0).path("g").path("value").asString();
        HttpJson.Answer own = get("/sparql?format=json&query=" + encode("SELECT (COUNT(*) AS ?n) FROM <" + paperGraph
                + "> WHERE { ?s ?p ?o }"));
        assertThat(count(own)).as("a graph of the dataset, named in FROM").isPositive();
    }

    // --- Browsers: Host, Origin, CORS, headers ------------------------------------------------

    @ParameterizedTest(name = "Host: {0}")
    @ValueSource(strings = {"evil.example", "localhost.evil.example", "127.0.0.1.nip.io", "192.168.1.10"})
    void foreignHost_refusedWith421(String host) {
        RawHttp.Answer answer = RawHttp.get(port, "/api/papers", host + ":" + port);
        assertThat(answer.status()).isEqualTo(421);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(answer.json().path("detail").asString()).contains(host).contains("papergraph.web.allowed-hosts");
        assertServiceAnswers();
    }

    @ParameterizedTest(name = "Host: {0}")
    @ValueSource(strings = {"localhost", "LOCALHOST", "127.0.0.1", "[::1]"})
    void loopbackHost_answered(String host) {
        assertThat(RawHttp.get(port, "/api/papers", host + ":" + port).status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/api/papers", host).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "Origin: {0}")
    @ValueSource(strings = {"http://evil.example", "null", "http://127.0.0.1", "https://localhost:1"})
    void foreignOrigin_refusedWith403_andNoCorsHeader(String origin) {
        long before = count("MATCH (n) RETURN count(n)");
        HttpJson.Answer post = post("/api/cypher", "{\"query\": \"RETURN 1 AS one\"}", "Origin", origin);
        assertProblem(post, 403, "requests from pages of " + origin + " are refused");
        RawHttp.Answer get = RawHttp.get(port, "/sparql?query=" + encode("ASK {}"), "127.0.0.1:" + port,
                "Origin", origin);
        assertThat(get.status()).isEqualTo(403);
        RawHttp.Answer preflight = RawHttp.send(port, "OPTIONS /api/cypher HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nOrigin: " + origin + "\r\nAccess-Control-Request-Method: POST", new byte[0]);
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.headers()).doesNotContainKey("access-control-allow-origin");
        assertThat(get.headers()).doesNotContainKey("access-control-allow-origin");
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(before);
        assertServiceAnswers();
    }

    @Test
    void ownOrigin_answered() {
        HttpJson.Answer answer = post("/api/cypher", "{\"query\": \"RETURN 1 AS one\"}",
                "Origin", "http://127.0.0.1:" + port);
        assertThat(answer.status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/index.html", "/explorer/main.js", "/api/papers", "/api/papers/no-such-paper",
        "/sparql?query=ASK%7B%7D"})
    void everyAnswer_carriesSecurityHeaders(String path) {
        RawHttp.Answer answer = RawHttp.get(port, path, "localhost:" + port);
        assertThat(answer.headers().get("content-security-policy"))
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(answer.headers()).containsEntry("x-content-type-options", "nosniff")
                .containsEntry("x-frame-options", "DENY").containsEntry("referrer-policy", "no-referrer")
                .doesNotContainKey("access-control-allow-origin");
    }

    @Test
    @DisplayName("the explorer's page has no inline script or style for the policy to block")
    void explorerPage_hasNoInlineScriptOrStyle() {
        String page = RawHttp.get(port, "/", "localhost:" + port).body();
        assertThat(page).contains("<script src=\"webjars/cytoscape/dist/cytoscape.min.js\"");
        assertThat(page.split("<script").length - 1).isEqualTo(page.split("<script[^>]* src=").length - 1);
        assertThat(page).doesNotContain("style=", "<style", "onclick=", "onload=", "javascript:");
    }

    // --- Bodies and request lines -------------------------------------------------------------

    @Test
    void malformedJson_400Problem() {
        assertProblem(post("/api/cypher", "{\"query\": \"RETURN 1\""), 400, "end-of-input");
        assertProblem(post("/api/cypher", "[\"query\"]"), 400, "the request body is not the JSON this endpoint reads");
        assertServiceAnswers();
    }

    @Test
    void invalidUtf8InABody_400Problem() {
        byte[] body = "{\"query\": \"RETURN 'xx' AS s\"}".getBytes(StandardCharsets.UTF_8);
        body[19] = (byte) 0xC3;
        body[20] = (byte) 0x28;
        assertProblem(asJson(RawHttp.postJson(port, "/api/cypher", body)), 400, "UTF-8");
        RawHttp.Answer sparql = RawHttp.send(port, "POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: application/sparql-query", new byte[] {'A', 'S', 'K', ' ', '{', (byte) 0xFF, '}'});
        assertThat(sparql.status()).isEqualTo(400);
        assertServiceAnswers();
    }

    @Test
    void deeplyNestedJson_400Problem() {
        int depth = 5000;
        String body = "{\"query\": \"RETURN 1\", \"params\": {\"a\": " + "[".repeat(depth) + "]".repeat(depth) + "}}";
        HttpJson.Answer answer = post("/api/cypher", body);
        assertProblem(answer, 400, "nesting depth");
        assertServiceAnswers();
    }

    @Test
    void hugeQueryString_refused() {
        String huge = "/sparql?query=" + encode("ASK { ?s ?p \"" + "x".repeat(200_000) + "\" }");
        RawHttp.Answer answer = RawHttp.get(port, huge, "127.0.0.1:" + port);
        assertThat(answer.status()).as(answer.headers() + " " + answer.body()).isBetween(400, 431);
        assertThat(answer.headers().get("content-type")).as(answer.headers() + " " + answer.body())
                .startsWith("application/problem+json");
        assertServiceAnswers();
    }

    // --- helpers ------------------------------------------------------------------------------

    private HttpJson.Answer cypher(String query, Map<String, Object> params) {
        return post("/api/cypher", JSON.writeValueAsString(Map.of("query", query, "params", params)));
    }

    private static HttpJson.Answer asJson(RawHttp.Answer answer) {
        return new HttpJson.Answer(answer.status(), answer.json());
    }

    private static void assertProblem(HttpJson.Answer answer, int status, String detail) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.body().path("status").asInt()).isEqualTo(status);
        assertThat(answer.body().path("title").asString()).isNotBlank();
        assertThat(answer.body().path("detail").asString()).contains(detail);
    }

    private static void assertNothingLeft() {
        assertThat(stub.requests()).as("requests that reached the stub").isEmpty();
    }

    private static long count(HttpJson.Answer sparqlJson) {
        JsonNode binding = sparqlJson.body().path("results").path("bindings").get(0);
        return Long.parseLong(binding.path("n").path("value").asString());
    }

    /** The service still answers Cypher and SPARQL normally. */
    private void assertServiceAnswers() {
        HttpJson.Answer cypher = cypher("MATCH (p:Paper) RETURN count(p) AS n", Map.of());
        assertThat(cypher.status()).isEqualTo(200);
        assertThat(cypher.body().path("rows").get(0).path("n").asLong()).isEqualTo(3);
        HttpJson.Answer sparql = get("/sparql?format=json&query=" + encode("ASK { ?s ?p ?o }"));
        assertThat(sparql.body().path("boolean").asBoolean()).isTrue();
    }
}
