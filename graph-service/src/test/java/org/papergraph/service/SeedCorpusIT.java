package org.papergraph.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.read.CorpusReader;
import org.papergraph.service.load.GraphLoader;
import org.papergraph.service.load.LoadReport;
import org.papergraph.service.load.PaperExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The real thing: the seed corpus (examples/trending-papers.txt) extracted by the extractor
 * module and loaded, then asked questions over HTTP. Runs in its own context and database, so
 * the fixture ITs keep their exact counts.
 */
@SpringBootTest(classes = GraphServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"papergraph.neo4j.bolt-port=0", "papergraph.neo4j.page-cache=64m",
            "papergraph.api-token=seed-token", "papergraph.extract.threads=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedCorpusIT {

    static final Path SEED = Path.of("../examples/trending-papers.txt");
    static final String RELATIONS = "INSTANCE_OF|BASED_ON|USES_METHOD|ADDRESSES|EVALUATED_ON|OUTPERFORMS|COMPARED_WITH";

    @LocalServerPort
    int port;

    @Autowired
    GraphLoader loader;

    @Autowired
    PaperExtractor extractor;

    @Autowired
    Driver driver;

    DatasetGraph seed;
    LoadReport firstLoad;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("papergraph.data-dir", TempDataDirs.create("papergraph-seed-it")::toString);
    }

    @BeforeAll
    void extractAndLoad() {
        List<PaperRecord> records = new ArrayList<>();
        CorpusReader.open(SEED).forEach(records::add, e -> { });
        PaperExtractor.Extraction extraction = extractor.extract(records);
        assertThat(extraction.errors()).isEmpty();
        seed = extraction.dataset();
        firstLoad = loader.load(seed);
    }

    @Test
    void seed_loadedTwice_sameNodeAndRelationshipCounts() {
        long nodes = count("MATCH (n) RETURN count(n)");
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");
        LoadReport again = loader.load(seed);
        assertThat(again.papers()).isEqualTo(firstLoad.papers()).isEqualTo(62);
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
    }

    @Test
    void neighbourhood_ofProposedModels_hasWhatTheirAbstractsSayTheyAreBuiltOnAndEvaluatedOn() {
        List<Record> models = read("""
                MATCH (paper:Paper)-[:PROPOSES]->(m:Concept)-[r:EVALUATED_ON|BASED_ON]->(o:Concept)
                WHERE paper.iri IN r.papers
                RETURN m.key AS model, paper.key AS paper, collect(DISTINCT o.key) AS targets""", Map.of());
        assertThat(models).as("proposed models with what they are built on or evaluated on").hasSizeGreaterThanOrEqualTo(3);
        for (Record model : models) {
            JsonNode hood = HttpJson.get(port, "/api/concepts/" + HttpJson.encode(model.get("model").asString())
                    + "/neighbourhood?depth=1&limit=1000").body();
            Set<String> reached = new HashSet<>();
            hood.path("nodes").forEach(n -> reached.add(n.path("concept").path("id").asString()));
            assertThat(reached).containsAll(model.get("targets").asList(Value::asString));
            hood.path("edges").forEach(e -> assertThat(e.path("evidence").size()).isPositive());
            assertThat(hood.path("edges").findValuesAsString("paper")).contains(model.get("paper").asString());
        }
    }

    @Test
    void path_betweenConceptsProposedByDifferentPapers_everyHopCarriesEvidence() {
        Record pair = read("""
                MATCH (p1:Paper)-[:PROPOSES]->(a:Concept), (p2:Paper)-[:PROPOSES]->(b:Concept)
                WHERE p1.key < p2.key AND NOT (p1)-[:MENTIONS]->(b) AND NOT (p2)-[:MENTIONS]->(a)
                MATCH path = shortestPath((a)-[:%s*..4]-(b))
                RETURN a.key AS a, b.key AS b, length(path) AS length
                ORDER BY length DESC, a, b LIMIT 1""".formatted(RELATIONS), Map.of()).getFirst();
        JsonNode answer = HttpJson.get(port, "/api/paths?k=3&maxLength=4&from=" + HttpJson.encode(pair.get("a").asString())
                + "&to=" + HttpJson.encode(pair.get("b").asString())).body();
        JsonNode shortest = answer.path("paths").get(0);
        assertThat(shortest.path("length").asInt()).isEqualTo(pair.get("length").asInt()).isGreaterThanOrEqualTo(2);
        Set<String> papers = new HashSet<>();
        for (JsonNode hop : shortest.path("hops")) {
            JsonNode evidence = hop.path("relation").path("evidence");
            assertThat(evidence.size()).isPositive();
            evidence.forEach(e -> {
                assertThat(e.path("sentence").asString()).isNotBlank();
                papers.add(e.path("paper").asString());
            });
        }
        assertThat(papers).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void postPapers_withToken_extractsAndLoadsLive() {
        String body = """
                [{"id": "9901.00001", "title": "ToyFormer: A Tiny Vision Transformer",
                  "abstract": "We propose ToyFormer, a small vision transformer based on self-attention. ToyFormer is evaluated on ImageNet and outperforms ResNet-50."}]""";
        HttpJson.Answer posted = HttpJson.post(port, "/api/papers", body, "Authorization", "Bearer seed-token");
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.body().path("loaded").asInt()).isEqualTo(1);
        HttpJson.Answer paper = HttpJson.get(port, "/api/papers/9901.00001");
        assertThat(paper.status()).isEqualTo(200);
        assertThat(paper.body().path("mentions").size()).isPositive();
        assertThat(HttpJson.get(port, "/api/concepts?q=toyformer").body().size()).isPositive();
    }

    private long count(String cypher) {
        return read(cypher, Map.of()).getFirst().get(0).asLong();
    }

    private List<Record> read(String cypher, Map<String, Object> params) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, params).list());
        }
    }
}
