package org.papergraph.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeEach;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.read.CorpusReader;
import org.papergraph.service.load.GraphLoader;
import org.papergraph.service.load.PaperExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on the seed graph: examples/trending-papers.txt extracted by the real
 * extractor and loaded into Neo4j and TDB2, plus one hand-written paper
 * (fixtures/conflicting-claim.trig) that restates PoolFormer's ImageNet result with another
 * value. Every IT that extends this shares one Spring context, and the seed is extracted and
 * loaded once for it.
 *
 * <p>The seed is extracted by the rules alone ({@code papergraph.extract.decider=rules}): the
 * named queries are held to hand-checked answers on the graph the rules give, which stays put,
 * while the trained models' graph moves with each retraining and is measured against gold
 * annotations in the extractor's own tests instead.
 */
@SpringBootTest(classes = GraphServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"papergraph.neo4j.bolt-port=0", "papergraph.neo4j.page-cache=64m", "papergraph.extract.threads=1",
            "papergraph.sparql.timeout=20s", "papergraph.extract.decider=rules"})
public abstract class SeedGraphITSupport {

    protected static final Path SEED = Path.of("../examples/trending-papers.txt");
    protected static final Path CONFLICTING_CLAIM = Path.of("src/test/resources/fixtures/conflicting-claim.trig");
    private static final Path DATA_DIR = createDataDir();

    private static volatile ApplicationContext loadedInto;
    private static volatile DatasetGraph seed;

    @LocalServerPort
    protected int port;

    @Autowired
    protected GraphLoader loader;

    @Autowired
    private PaperExtractor extractor;

    @Autowired
    private ApplicationContext context;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("papergraph.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void loadSeedOnce() {
        synchronized (SeedGraphITSupport.class) {
            if (loadedInto != context) {
                loader.load(seed());
                loader.load(GraphLoader.read(CONFLICTING_CLAIM));
                loadedInto = context;
            }
        }
    }

    /** Returns the seed corpus as extracted (62 paper graphs), extracting it on first use. */
    protected DatasetGraph seed() {
        if (seed == null) {
            List<PaperRecord> records = new ArrayList<>();
            CorpusReader.open(SEED).forEach(records::add, e -> { });
            PaperExtractor.Extraction extraction = extractor.extract(records);
            assertThat(extraction.errors()).isEmpty();
            seed = extraction.dataset();
        }
        return seed;
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private static Path createDataDir() {
        return TempDataDirs.create("papergraph-seed-graph-it");
    }
}
