package org.papergraph.service.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.ontology.PaperGraphOntology;

/** The ontology's named graph: its name is the ontology's IRI, its triples those of papergraph.ttl. */
final class OntologyGraph {

    /** The graph name, which is the IRI of the {@code owl:Ontology}. */
    static final String IRI = "https://papergraph.org/ontology";

    static final Node NAME = NodeFactory.createURI(IRI);

    private OntologyGraph() {}

    /** Returns the ontology's triples (read-only). */
    static Graph graph() {
        return PaperGraphOntology.ontology().getGraph();
    }

    /** Replaces the ontology graph in {@code dataset}; call it inside a write transaction. */
    static void replaceIn(DatasetGraph dataset) {
        dataset.deleteAny(NAME, Node.ANY, Node.ANY, Node.ANY);
        graph().find().forEachRemaining(t -> dataset.add(NAME, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
