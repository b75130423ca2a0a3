package org.papergraph.service.sparql;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.papergraph.service.load.GraphStore;
import org.papergraph.service.load.PaperGraph;

/**
 * Writes paper graphs into the TDB2 dataset, each as its own named graph, replacing the
 * paper's earlier graph. A batch is one write transaction, which {@link #stage} leaves open for
 * the loader to commit once Neo4j has the batch too, or to abort when Neo4j fails.
 */
final class Tdb2GraphStore implements GraphStore {

    private final Tdb2Store store;

    Tdb2GraphStore(Tdb2Store store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "tdb2";
    }

    /** Writes the ontology into its own named graph, replacing what an earlier start wrote. */
    @Override
    public void prepare() {
        DatasetGraph dataset = store.dataset();
        Txn.executeWrite(dataset, () -> OntologyGraph.replaceIn(dataset));
    }

    @Override
    public void replacePapers(List<PaperGraph> papers) {
        stage(papers).commit();
    }

    @Override
    public StagedWrite stage(List<PaperGraph> papers) {
        DatasetGraph dataset = store.dataset();
        dataset.begin(TxnType.WRITE);
        try {
            papers.forEach(paper -> replace(dataset, paper));
        } catch (RuntimeException e) {
            dataset.abort();
            dataset.end();
            throw e;
        }
        return new StagedWrite() {
            @Override
            public void commit() {
                try {
                    dataset.commit();
                } finally {
                    dataset.end();
                }
            }

            @Override
            public void abort() {
                dataset.abort();
                dataset.end();
            }
        };
    }

    private static void replace(DatasetGraph dataset, PaperGraph paper) {
        Node name = paper.name();
        dataset.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        paper.graph().find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
