package org.papergraph.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.rdf.PaperQuads;
import org.papergraph.extractor.read.TextNormalizer;
import org.papergraph.ontology.PaperGraphOntology;

/** Extracts the seed corpus with the real pipeline and checks the output as a whole. */
class ExtractionIT {

    @Test
    void extract_seedCorpus_everyRecordSucceeds() {
        CorpusExtraction result = SeedCorpus.extraction();
        assertThat(result.errors()).isEmpty();
        assertThat(result.papers()).hasSize(62);
        assertThat(result.papers()).allSatisfy(p -> assertThat(p.entities()).isNotEmpty());
        assertThat(result.papers().stream().mapToInt(p -> p.claims().size()).sum()).isGreaterThan(62);
    }

    @Test
    void writeQuads_everyPaperGraphConformsToTheShapes() {
        DatasetGraph dataset = SeedCorpus.extraction().toDatasetGraph();
        for (PaperAnnotation paper : SeedCorpus.extraction().papers()) {
            Graph graph = dataset.getGraph(org.apache.jena.graph.NodeFactory.createURI(PaperQuads.paperIri(paper.record())));
            ValidationReport report = PaperGraphOntology.validate(graph);
            assertThat(report.conforms()).as(() -> paper.record().title() + ": " + report.getEntries()).isTrue();
        }
    }

    @Test
    void extract_twice_givesByteIdenticalRdf() {
        String first = nQuads(SeedCorpus.extraction());
        CorpusExtraction again;
        try (PaperGraphExtractor extractor = PaperGraphExtractor.create(2)) {
            again = extractor.extract(SeedCorpus.records());
        }
        assertThat(nQuads(again)).isEqualTo(first);
    }

    @Test
    void canonicalise_transformerIsOneConceptAcrossPapers() {
        Map<String, Set<String>> irisByKey = new HashMap<>();
        for (PaperAnnotation paper : SeedCorpus.extraction().papers()) {
            for (Entity e : paper.entities()) {
                irisByKey.computeIfAbsent(e.name().toLowerCase().replaceAll("s$", ""), k -> new java.util.TreeSet<>())
                        .add(e.conceptIri());
            }
        }
        assertThat(irisByKey.get("transformer")).containsExactly("https://papergraph.org/id/concept/transformer");
        long papersWithTransformer = SeedCorpus.extraction().papers().stream()
                .filter(p -> p.entities().stream().anyMatch(e -> e.conceptIri().endsWith("/concept/transformer")))
                .count();
        assertThat(papersWithTransformer).isGreaterThan(30);
        assertThat(SeedCorpus.extraction().concepts().values())
                .noneMatch(c -> List.of("our method", "the model", "model", "approach").contains(c.label().toLowerCase()));
    }

    @Test
    void mentions_offsetsPointAtTheirWordsInTheOriginalText() {
        for (PaperAnnotation paper : SeedCorpus.extraction().papers()) {
            for (Entity e : paper.entities()) {
                for (Mention m : e.mentions()) {
                    Sentence sentence = paper.sentences().get(m.evidence().sentenceIndex());
                    String field = sentence.field().equals(Sentence.TITLE) ? paper.record().title() : paper.record().abstractText();
                    String original = field.substring(m.evidence().begin(), m.evidence().end());
                    assertThat(TextNormalizer.normalize(original).text().replaceAll("\\s+", " "))
                            .as(paper.record().title()).isEqualTo(m.surface());
                }
            }
        }
    }

    @Test
    void claims_areAbstractSentencesNeverTheTitle() {
        Set<Integer> claimSentences = SeedCorpus.extraction().papers().stream()
                .flatMap(p -> p.claims().stream().map(c -> p.sentences().get(c.evidence().sentenceIndex())))
                .map(s -> s.field().equals(Sentence.TITLE) ? -1 : s.index())
                .collect(Collectors.toSet());
        assertThat(claimSentences).doesNotContain(-1);
    }

    @Test
    void claims_areAboutTheOwnConceptTheirSentenceNames_andNeverComparedToWhatTheyAreAbout() {
        int aboutOwn = 0;
        for (PaperAnnotation paper : SeedCorpus.extraction().papers()) {
            for (Claim claim : paper.claims()) {
                assertThat(claim.comparedTo()).as(claim.sentence()).doesNotContain(claim.subject());
                int sentence = claim.evidence().sentenceIndex();
                List<String> own = paper.entities().stream().filter(Entity::proposed)
                        .filter(e -> e.mentions().stream().anyMatch(m -> m.evidence().sentenceIndex() == sentence))
                        .map(Entity::name).toList();
                if (!own.isEmpty()) {
                    assertThat(own).as(claim.sentence()).contains(claim.subject());
                    aboutOwn++;
                }
            }
        }
        assertThat(aboutOwn).as("claims whose sentence names the paper's own concept").isGreaterThan(10);
    }

    private static String nQuads(CorpusExtraction extraction) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        stream.start();
        extraction.writeQuads(stream);
        stream.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
