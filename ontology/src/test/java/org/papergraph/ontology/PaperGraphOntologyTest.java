package org.papergraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class PaperGraphOntologyTest {

    @Test
    void ontology_calledTwice_returnsSameModel() {
        assertThat(PaperGraphOntology.ontology()).isSameAs(PaperGraphOntology.ontology());
    }

    @Test
    void ontology_loaded_declaresOntologyWithVersion() {
        Model ontology = PaperGraphOntology.ontology();

        assertThat(ontology.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList())
                .singleElement()
                .satisfies(header -> assertThat(header.hasProperty(OWL.versionInfo)).isTrue());
    }

    @Test
    void ontology_addStatement_isDenied() {
        Model ontology = PaperGraphOntology.ontology();

        assertThatThrownBy(() -> ontology.add(PG.Paper, RDF.type, OWL.Class)).isInstanceOf(AddDeniedException.class);
    }

    @Test
    void shapes_calledTwice_returnsSameShapes() {
        assertThat(PaperGraphOntology.shapes()).isSameAs(PaperGraphOntology.shapes());
    }

    @Test
    void shapes_loaded_haveOneRootShapePerKindOfNode() {
        // Paper, Concept, Sentence, Mention, Assertion, Claim, QuantitativeClaim, QualitativeClaim.
        assertThat(PaperGraphOntology.shapes().numRootShapes()).isEqualTo(8);
    }

    @Test
    void validate_emptyGraph_conforms() {
        Graph empty = GraphFactory.createDefaultGraph();

        assertThat(PaperGraphOntology.validate(empty).conforms()).isTrue();
        assertThat(PaperGraphOntology.conforms(empty)).isTrue();
    }

    @Test
    void validate_concurrentCallers_allSeeSameResult() throws Exception {
        Graph valid = RDFDataMgr.loadGraph("src/test/resources/shapes/valid/full-paper.ttl");
        Graph invalid = RDFDataMgr.loadGraph("src/test/resources/shapes/invalid/claim-without-kind.ttl");
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> PaperGraphOntology.conforms(valid) && !PaperGraphOntology.conforms(invalid));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Boolean> result : pool.invokeAll(calls)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
