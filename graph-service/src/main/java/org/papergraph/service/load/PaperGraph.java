package org.papergraph.service.load;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One paper's named graph: the unit every store loads and replaces.
 *
 * @param name the graph name, which is the paper's IRI
 * @param graph the triples the extractor emitted for the paper
 */
public record PaperGraph(Node name, Graph graph) {

    /** Checks that the name is an IRI. */
    public PaperGraph {
        Objects.requireNonNull(graph, "graph");
        if (!name.isURI()) {
            throw new IllegalArgumentException("a paper graph is named by the paper's IRI, not " + name);
        }
    }

    /** Returns the paper's IRI. */
    public String iri() {
        return name.getURI();
    }
}
