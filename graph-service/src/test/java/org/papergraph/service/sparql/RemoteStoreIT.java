package org.papergraph.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.papergraph.service.GraphServiceApplication;
import org.papergraph.service.TempDataDirs;
import org.papergraph.service.load.GraphLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code papergraph.sparql.store=remote}: the loader pushes the paper graphs to an external
 * store (here Fuseki on loopback, over a TDB2 dataset with a union default graph) through the
 * Graph Store Protocol, and {@code /sparql}, the named queries and the check ask that store.
 */
@SpringBootTest(classes = GraphServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"papergraph.neo4j.bolt-port=0", "papergraph.neo4j.page-cache=64m", "papergraph.sparql.store=remote"})
class RemoteStoreIT {

    static final DatasetGraph REMOTE = DatabaseMgr.createDatasetGraph();
    static final FusekiServer FUSEKI = startFuseki();

    @Autowired
    GraphLoader loader;

    @Autowired
    StoreComparison comparison;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("papergraph.data-dir", TempDataDirs.create("papergraph-remote-it")::toString);
        registry.add("papergraph.sparql.remote.graph-store", () -> "http://127.0.0.1:" + FUSEKI.getPort() + "/ds/data");
        registry.add("papergraph.sparql.remote.query", () -> "http://127.0.0.1:" + FUSEKI.getPort() + "/ds/query");
    }

    @AfterAll
    static void stop() {
        FUSEKI.stop();
    }

    @Test
    void load_pushesEveryPaperGraph_andTheStoresAgree() {
        loader.load(GraphLoader.read(java.nio.file.Path.of("src/test/resources/fixtures/three-papers.trig")));
        long graphs = Txn.calculateRead(REMOTE, () -> {
            long n = 0;
            for (var it = REMOTE.listGraphNodes(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
        assertThat(graphs).as("three papers and the ontology").isEqualTo(4);
        assertThat(comparison.compare().differences()).isEmpty();
        assertThat(comparison.compare().sparqlStore()).contains("/ds/query");
        SparqlHttp.Response answer = new SparqlHttp(port).get(
                "PREFIX pg: <https://papergraph.org/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a pg:Paper }",
                "Accept", "text/csv");
        assertThat(answer.body()).isEqualTo("n\r\n3\r\n");
    }

    private static FusekiServer startFuseki() {
        REMOTE.getContext().set(TDB2.symUnionDefaultGraph, true);
        return FusekiServer.create().loopback(true).port(0).add("/ds", REMOTE).build().start();
    }
}
