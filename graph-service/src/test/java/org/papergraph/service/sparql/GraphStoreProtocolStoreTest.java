package org.papergraph.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.papergraph.service.load.GraphStore;
import org.papergraph.service.load.PaperGraph;

/** The Graph Store Protocol push against a real Fuseki on loopback: PUT per paper, and the undo. */
class GraphStoreProtocolStoreTest {

    static final Node OLD = NodeFactory.createURI("https://papergraph.org/id/paper/old");
    static final Node NEW = NodeFactory.createURI("https://papergraph.org/id/paper/new");
    static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");

    DatasetGraph remote;
    FusekiServer fuseki;
    GraphStoreProtocolStore store;

    @BeforeEach
    void start() {
        remote = DatasetGraphFactory.createTxnMem();
        fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", remote).build().start();
        store = new GraphStoreProtocolStore("http://127.0.0.1:" + fuseki.getPort() + "/ds/data",
                HttpClient.newHttpClient());
        store.prepare();
    }

    @AfterEach
    void stop() {
        fuseki.stop();
    }

    @Test
    void prepare_putsTheOntologyInItsGraph() {
        assertThat(size(OntologyGraph.NAME)).isEqualTo(OntologyGraph.graph().size());
    }

    @Test
    void replacePapers_putsEachPaperAsItsNamedGraph_replacingTheOld() {
        store.replacePapers(List.of(paper(OLD, "v1"), paper(NEW, "v1")));
        store.replacePapers(List.of(paper(OLD, "v2")));
        assertThat(size(OLD)).isOne();
        assertThat(title(OLD)).isEqualTo("v2");
        assertThat(size(NEW)).isOne();
    }

    @Test
    void stage_abort_putsTheOldGraphBack_andDeletesTheNewOne() {
        store.replacePapers(List.of(paper(OLD, "kept")));
        GraphStore.StagedWrite write = store.stage(List.of(paper(OLD, "dropped"), paper(NEW, "dropped")));
        assertThat(title(OLD)).isEqualTo("dropped");
        write.abort();
        assertThat(title(OLD)).isEqualTo("kept");
        assertThat(size(NEW)).isZero();
    }

    private long size(Node graph) {
        return Txn.calculateRead(remote, () -> (long) remote.getGraph(graph).size());
    }

    private String title(Node paper) {
        return Txn.calculateRead(remote, () -> remote.getGraph(paper).find(paper, TITLE, Node.ANY).next().getObject()
                .getLiteralLexicalForm());
    }

    private static PaperGraph paper(Node name, String title) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(name, TITLE, NodeFactory.createLiteralString(title));
        return new PaperGraph(name, graph);
    }
}
