package org.papergraph.service.load;

import org.papergraph.extractor.RelationType;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.service.load.MappedPaper.ConceptNode;
import org.papergraph.service.load.MappedPaper.Evidence;
import org.papergraph.service.load.MappedPaper.LinkType;
import org.papergraph.service.load.MappedPaper.PaperLink;
import org.papergraph.service.load.MappedPaper.Relation;

class PaperGraphMapperTest {

    static final String PAPER = "https://papergraph.org/id/paper/2503.11677";
    static final String CONCEPT = "https://papergraph.org/id/concept/";
    static MappedPaper mapped;

    @BeforeAll
    static void mapFixture() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(Path.of("src/test/resources/fixtures/three-papers.trig")).parse(dataset);
        var name = NodeFactory.createURI(PAPER);
        mapped = PaperGraphMapper.map(new PaperGraph(name, dataset.getGraph(name)));
    }

    @Test
    void map_paper_keepsBibliographicFields() {
        assertThat(mapped.paper().key()).isEqualTo("2503.11677");
        assertThat(mapped.paper().title()).isEqualTo("MetaFormer Is Actually What You Need for Vision");
        assertThat(mapped.paper().authors()).containsExactly("Ada Lovelace", "Alan Turing");
        assertThat(mapped.paper().subjects()).containsExactly("cs.CV");
        assertThat(mapped.paper().date()).isEqualTo("2025-03-18");
        assertThat(mapped.paper().toRow()).containsKeys("iri", "key", "abstract");
    }

    @Test
    void map_concepts_getKindNameAndAliases() {
        Map<String, ConceptNode> concepts = mapped.concepts().stream()
                .collect(Collectors.toMap(ConceptNode::key, c -> c));
        assertThat(concepts).hasSize(6);
        ConceptNode poolformer = concepts.get("poolformer");
        assertThat(poolformer.kind()).isEqualTo(ConceptKind.ARCHITECTURE);
        assertThat(poolformer.name()).isEqualTo("PoolFormer");
        assertThat(poolformer.aliases()).containsExactly("PoolFormers");
        assertThat(concepts.get("top-1-accuracy").kind()).isEqualTo(ConceptKind.METRIC);
    }

    @Test
    void map_links_countMentionsPerConcept() {
        assertThat(mapped.links()).filteredOn(l -> l.type() == LinkType.PROPOSES)
                .extracting(PaperLink::concept).containsExactly(CONCEPT + "poolformer");
        PaperLink poolformer = mapped.links().stream()
                .filter(l -> l.type() == LinkType.MENTIONS && l.concept().equals(CONCEPT + "poolformer"))
                .findFirst().orElseThrow();
        assertThat(poolformer.count()).isEqualTo(2);
        assertThat(poolformer.surfaceForms()).containsExactly("PoolFormer");
        assertThat(mapped.links()).filteredOn(l -> l.type() == LinkType.MENTIONS).hasSize(6);
    }

    @Test
    void map_relation_carriesAssertionEvidence() {
        Relation evaluated = relation(RelationType.EVALUATED_ON);
        assertThat(evaluated.subject()).isEqualTo(CONCEPT + "poolformer");
        assertThat(evaluated.object()).isEqualTo(CONCEPT + "imagenet-1k");
        Evidence e = evaluated.evidence().getFirst();
        assertThat(e.paper()).isEqualTo(PAPER);
        assertThat(e.assertion()).isEqualTo(PAPER + "/assertion/0");
        assertThat(e.sentence()).startsWith("PoolFormer achieves 82.1%");
        assertThat(e.sentenceIndex()).isEqualTo(2);
        assertThat(e.field()).isEqualTo("abstract");
        assertThat(e.begin()).isEqualTo(50);
        assertThat(e.end()).isEqualTo(105);
        assertThat(e.confidence()).isEqualTo(0.7);
        assertThat(e.extractedBy()).isEqualTo("relation:evaluated-on");
    }

    @Test
    void map_relationWithoutAssertion_keepsThePaperOnly() {
        Evidence e = relation(RelationType.ADDRESSES).evidence().getFirst();
        assertThat(e.paper()).isEqualTo(PAPER);
        assertThat(e.sentence()).isEmpty();
        assertThat(e.begin()).isEqualTo(-1);
        assertThat(relation(RelationType.ADDRESSES).toRow()).containsEntry("sentences", java.util.List.of(""));
    }

    @Test
    void map_claim_keepsValueLinksAndSentence() {
        assertThat(mapped.claims()).hasSize(1);
        var claim = mapped.claims().getFirst();
        assertThat(claim.kind()).isEqualTo("quantitative");
        assertThat(claim.value()).isEqualTo(82.1);
        assertThat(claim.unit()).isEqualTo("%");
        assertThat(claim.evidence().sentenceIndex()).isEqualTo(2);
        assertThat(claim.links()).extracting(MappedPaper.ClaimLink::type).containsExactlyInAnyOrder(
                ClaimLinkType.CLAIM_SUBJECT, ClaimLinkType.CLAIM_METRIC, ClaimLinkType.CLAIM_DATASET,
                ClaimLinkType.COMPARED_TO);
    }

    private static Relation relation(RelationType type) {
        return mapped.relations().stream().filter(r -> r.type() == type).findFirst().orElseThrow();
    }
}
