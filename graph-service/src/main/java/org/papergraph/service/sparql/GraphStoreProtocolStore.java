package org.papergraph.service.sparql;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.jspecify.annotations.Nullable;
import org.papergraph.service.load.GraphStore;
import org.papergraph.service.load.PaperGraph;

/**
 * Pushes paper graphs to an external store through the SPARQL 1.1 Graph Store Protocol: one
 * {@code PUT} per paper graph, which replaces the graph. The protocol has no transactions, so
 * {@link #stage} reads each graph before replacing it and its abort puts the old graph back (or
 * deletes a graph that was new): a compensating write, not an atomic one.
 */
final class GraphStoreProtocolStore implements GraphStore {

    private final String endpoint;
    private final HttpClient client;

    GraphStoreProtocolStore(String endpoint, HttpClient client) {
        this.endpoint = endpoint;
        this.client = client;
    }

    @Override
    public String name() {
        return "graph-store-protocol " + endpoint;
    }

    @Override
    public void prepare() {
        gsp(OntologyGraph.NAME).PUT(OntologyGraph.graph());
    }

    @Override
    public void replacePapers(List<PaperGraph> papers) {
        papers.forEach(p -> gsp(p.name()).PUT(p.graph()));
    }

    @Override
    public StagedWrite stage(List<PaperGraph> papers) {
        List<Previous> written = new ArrayList<>();
        try {
            for (PaperGraph paper : papers) {
                Previous previous = new Previous(paper.name(), current(paper.name()));
                gsp(paper.name()).PUT(paper.graph());
                written.add(previous);
            }
        } catch (RuntimeException e) {
            restore(written);
            throw e;
        }
        return new StagedWrite() {
            @Override
            public void commit() { }

            @Override
            public void abort() {
                restore(written);
            }
        };
    }

    private void restore(List<Previous> written) {
        for (Previous previous : written.reversed()) {
            if (previous.graph() == null) {
                gsp(previous.name()).DELETE();
            } else {
                gsp(previous.name()).PUT(previous.graph());
            }
        }
    }

    /** Returns the graph the store holds under this name, or null when it has none. */
    private @Nullable Graph current(Node name) {
        try {
            return gsp(name).GET();
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    private GSP gsp(Node name) {
        return GSP.service(endpoint).httpClient(client).graphName(name).contentType(RDFFormat.NTRIPLES);
    }

    private record Previous(Node name, @Nullable Graph graph) {}
}
