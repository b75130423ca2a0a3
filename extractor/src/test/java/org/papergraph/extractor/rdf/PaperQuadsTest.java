package org.papergraph.extractor.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.Claim;
import org.papergraph.extractor.ConceptType;
import org.papergraph.extractor.Entity;
import org.papergraph.extractor.Evidence;
import org.papergraph.extractor.Mention;
import org.papergraph.extractor.PaperAnnotation;
import org.papergraph.extractor.PaperRecord;
import org.papergraph.extractor.Relation;
import org.papergraph.extractor.RelationType;
import org.papergraph.extractor.Sentence;
import org.papergraph.extractor.canon.Canonicalizer;
import org.papergraph.ontology.PaperGraphOntology;

class PaperQuadsTest {

    private static final String ABSTRACT = "PoolFormer achieves 82.1% top-1 accuracy on ImageNet-1K.";

    static PaperAnnotation poolFormer() {
        PaperRecord record = new PaperRecord("test.jsonl", 1, "2111.11418", "MetaFormer Is Actually What You Need",
                ABSTRACT, List.of("A. Author"), List.of("cs.CV"), "2021-11-22");
        Evidence first = new Evidence(1, 0, 10, "named-token", 0.7);
        Entity poolFormer = new Entity("PoolFormer", ConceptType.ARCHITECTURE, true, List.of("PoolFormers"), "",
                List.of(new Mention("PoolFormer", first)));
        Entity imageNet = new Entity("ImageNet", ConceptType.DATASET, false, List.of("ImageNet-1K"), "",
                List.of(new Mention("ImageNet-1K", new Evidence(1, 44, 55, "dictionary", 0.9))));
        Entity accuracy = new Entity("top-1 accuracy", ConceptType.METRIC, false, List.of(), "",
                List.of(new Mention("top-1 accuracy", new Evidence(1, 26, 40, "dictionary", 0.9))));
        Relation evaluatedOn = new Relation("PoolFormer", RelationType.EVALUATED_ON, "ImageNet",
                new Evidence(1, 0, 55, "relation:evaluated-on", 0.7));
        Claim claim = new Claim(true, ABSTRACT, "PoolFormer", "top-1 accuracy", "82.1%", new BigDecimal("82.1"), "%",
                "ImageNet", List.of(), new Evidence(1, 0, ABSTRACT.length(), "claim:number", 0.8));
        List<Sentence> sentences = List.of(new Sentence(0, Sentence.TITLE, 0, 36, "MetaFormer Is Actually What You Need"),
                new Sentence(1, Sentence.ABSTRACT, 0, ABSTRACT.length(), ABSTRACT));
        return new PaperAnnotation(record, sentences, List.of(poolFormer, imageNet, accuracy), List.of(evaluatedOn),
                List.of(claim));
    }

    private static List<Quad> quads() {
        Canonicalizer.Result canonical = Canonicalizer.canonicalize(List.of(poolFormer()));
        return PaperQuads.of(canonical.papers().get(0), canonical.conceptsByIri());
    }

    @Test
    void of_paperGraph_conformsToTheShapes() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        quads().forEach(dataset::add);
        Graph graph = dataset.getGraph(org.apache.jena.graph.NodeFactory.createURI("https://papergraph.org/id/paper/2111.11418"));
        assertThat(graph.size()).isGreaterThan(40);
        assertThat(PaperGraphOntology.conforms(graph))
                .as(() -> PaperGraphOntology.validate(graph).getEntries().toString()).isTrue();
    }

    @Test
    void of_allQuadsInThePapersNamedGraph_sorted() {
        List<Quad> quads = quads();
        assertThat(quads).allSatisfy(q -> assertThat(q.getGraph().getURI()).isEqualTo("https://papergraph.org/id/paper/2111.11418"));
        assertThat(quads).isSortedAccordingTo(java.util.Comparator.comparing(Quad::toString));
        assertThat(quads).isEqualTo(quads());
    }

    @Test
    void of_relationAndItsEvidence() {
        List<String> lines = quads().stream().map(Quad::toString).toList();
        assertThat(lines).anyMatch(l -> l.contains("concept/poolformer") && l.contains("ontology#evaluatedOn")
                && l.contains("concept/imagenet"));
        assertThat(lines).anyMatch(l -> l.contains("assertion/0") && l.contains("wasDerivedFrom") && l.contains("sentence/1"));
        assertThat(lines).anyMatch(l -> l.contains("claim/0") && l.contains("numericValue") && l.contains("82.1"));
    }

    @Test
    void of_entityNotCanonicalised_isRefused() {
        assertThatThrownBy(() -> PaperQuads.of(poolFormer(), java.util.Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PoolFormer");
    }
}
