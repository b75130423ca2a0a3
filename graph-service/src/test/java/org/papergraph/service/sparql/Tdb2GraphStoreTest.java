package org.papergraph.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.service.load.GraphStore;
import org.papergraph.service.load.PaperGraph;

class Tdb2GraphStoreTest {

    static final Node PAPER = NodeFactory.createURI("https://papergraph.org/id/paper/1");
    static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");

    @TempDir
    Path dir;

    Tdb2Store store;
    Tdb2GraphStore graphs;

    @BeforeEach
    void open() {
        store = new Tdb2Store(dir.resolve("tdb2"));
        graphs = new Tdb2GraphStore(store);
        graphs.prepare();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void prepare_writesTheOntologyGraph_onceHoweverOftenCalled() {
        long size = size(OntologyGraph.NAME);
        graphs.prepare();
        assertThat(size).isPositive().isEqualTo(size(OntologyGraph.NAME));
    }

    @Test
    void replacePapers_again_replacesThePaperGraph() {
        graphs.replacePapers(List.of(paper("First title")));
        graphs.replacePapers(List.of(paper("Second title")));
        assertThat(size(PAPER)).isOne();
        assertThat(Txn.calculateRead(store.dataset(), () -> store.dataset().contains(PAPER, PAPER, TITLE,
                NodeFactory.createLiteralString("Second title")))).isTrue();
    }

    @Test
    void stage_abort_leavesTheStoreAsItWas() {
        graphs.replacePapers(List.of(paper("Kept")));
        GraphStore.StagedWrite write = graphs.stage(List.of(paper("Dropped")));
        write.abort();
        assertThat(Txn.calculateRead(store.dataset(), () -> store.dataset().contains(PAPER, PAPER, TITLE,
                NodeFactory.createLiteralString("Kept")))).isTrue();
        assertThat(size(PAPER)).isOne();
    }

    @Test
    void stage_invisibleToReadersUntilCommit() throws Exception {
        GraphStore.StagedWrite write = graphs.stage(List.of(paper("Pending")));
        long[] seen = new long[1];
        Thread reader = new Thread(() -> seen[0] = size(PAPER));
        reader.start();
        reader.join();
        assertThat(seen[0]).isZero();
        write.commit();
        assertThat(size(PAPER)).isOne();
    }

    private long size(Node graph) {
        return Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getGraph(graph).size());
    }

    private static PaperGraph paper(String title) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(PAPER, TITLE, NodeFactory.createLiteralString(title));
        return new PaperGraph(PAPER, graph);
    }
}
